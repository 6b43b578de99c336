package org.smriti.ui.mock;

import atlantafx.base.theme.Styles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.smriti.core.mock.MockPreset;
import org.smriti.core.mock.ResumeOffer;
import org.smriti.core.question.Topic;

/**
 * Choosing a test: the resume banner, presets, the custom form, the marking scheme, Start, and the history. The
 * layout is {@code setup.fxml}; this controller binds it to {@link SetupModel} and forwards the buttons to
 * {@link MockViewModel}.
 */
final class SetupView {

    private final MockViewModel model;
    private final SetupModel setup;
    @FXML private ScrollPane root;
    @FXML private VBox content;
    @FXML private HBox resumeBanner;
    @FXML private Label resumeText;
    @FXML private TilePane presets;
    @FXML private GridPane customForm;
    @FXML private TextField customCount;
    @FXML private Label customCountHint;
    @FXML private TextField customMinutes;
    @FXML private FlowPane topics;
    @FXML private CheckBox easy;
    @FXML private CheckBox medium;
    @FXML private CheckBox hard;
    @FXML private CheckBox pyqOnly;
    @FXML private CheckBox weakSpotsOnly;
    @FXML private TextField marksRight;
    @FXML private TextField marksWrong;
    @FXML private TextField marksBlank;
    @FXML private Label setupError;
    @FXML private Button start;
    @FXML private Label plan;

    SetupView(MockViewModel model) {
        this.model = model;
        this.setup = model.setup();
        FXMLLoader loader = new FXMLLoader(SetupView.class.getResource("setup.fxml"));
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The mock test setup screen cannot be built from setup.fxml", e);
        }
        bindResumeOffer();
        fillPresets();
        bindCustomForm();
        marksRight.textProperty().bindBidirectional(setup.marksRightProperty());
        marksWrong.textProperty().bindBidirectional(setup.marksWrongProperty());
        marksBlank.textProperty().bindBidirectional(setup.marksBlankProperty());
        bindStart();
        content.getChildren().add(new HistoryView(model.history(), model::openPast).view());
    }

    Node view() {
        return root;
    }

    @FXML
    private void resume() {
        model.resume();
    }

    @FXML
    private void discard() {
        model.discard();
    }

    @FXML
    private void start() {
        model.start();
    }

    private void bindResumeOffer() {
        Runnable update = () -> {
            ResumeOffer offer = model.resumeOfferProperty().get();
            resumeBanner.setVisible(offer != null);
            resumeBanner.setManaged(offer != null);
            resumeText.setText(offer == null ? "" : offer.text());
        };
        update.run();
        model.resumeOfferProperty().addListener((obs, old, now) -> update.run());
    }

    private void fillPresets() {
        ToggleGroup group = new ToggleGroup();
        presets.setPrefColumns(MockPreset.values().length);
        for (MockPreset p : MockPreset.values()) {
            Label name = new Label(p.label());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label size = new Label(describe(p));
            size.getStyleClass().add(Styles.TEXT_SMALL);
            ToggleButton card = new ToggleButton();
            card.setGraphic(new VBox(2, name, size));
            card.setId("mock-preset-" + p.name().toLowerCase(Locale.ROOT));
            card.getStyleClass().add("mock-preset");
            card.setToggleGroup(group);
            card.setUserData(p);
            card.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            card.setSelected(setup.presetProperty().get() == p);
            card.setOnAction(e -> {
                setup.presetProperty().set(p);
                card.setSelected(true);
            });
            presets.getChildren().add(card);
        }
        setup.presetProperty().addListener((obs, old, now) -> group.getToggles().forEach(
                t -> t.setSelected(t.getUserData() == now)));
    }

    private static String describe(MockPreset p) {
        if (p.isCustom()) {
            return "Your count, time\nand filters";
        }
        String size = p.count() + " questions\n" + p.duration().toMinutes() + " min";
        return p == MockPreset.FULL ? size + "\n(or all the bank has,\n72 s each)" : size;
    }

    private void bindCustomForm() {
        customCount.textProperty().bindBidirectional(setup.customCountProperty());
        customCountHint.setText("at most " + SetupModel.MAX_CUSTOM_COUNT);
        customMinutes.textProperty().bindBidirectional(setup.customMinutesProperty());
        for (Topic t : Topic.values()) {
            CheckBox box = new CheckBox(t.label());
            box.setId("mock-topic-" + t.id());
            topics.getChildren().add(box);
            bindToSet(box, setup.topics(), t);
        }
        bindToSet(easy, setup.difficulties(), 1);
        bindToSet(medium, setup.difficulties(), 2);
        bindToSet(hard, setup.difficulties(), 3);
        pyqOnly.selectedProperty().bindBidirectional(setup.pyqOnlyProperty());
        weakSpotsOnly.selectedProperty().bindBidirectional(setup.weakSpotsOnlyProperty());
        customForm.visibleProperty().bind(setup.presetProperty().map(MockPreset::isCustom));
        customForm.managedProperty().bind(customForm.visibleProperty());
    }

    private void bindStart() {
        plan.textProperty().bind(setup.planProperty());
        setupError.textProperty().bind(setup.errorProperty());
        setupError.managedProperty().bind(setupError.textProperty().isNotEmpty());
        setupError.visibleProperty().bind(setupError.managedProperty());
        // Enter starts the test, but only while this screen is the one shown.
        start.defaultButtonProperty().bind(model.screenProperty().isEqualTo(MockViewModel.Screen.SETUP));
        start.disableProperty().bind(setup.errorProperty().isNotEmpty());
    }

    /** Ticked exactly while the value is in the set, both ways. */
    private static <T> void bindToSet(CheckBox box, ObservableSet<T> set, T value) {
        box.setSelected(set.contains(value));
        box.selectedProperty().addListener((obs, was, is) -> {
            if (is) {
                set.add(value);
            } else {
                set.remove(value);
            }
        });
        set.addListener((SetChangeListener<T>) c -> box.setSelected(set.contains(value)));
    }
}
