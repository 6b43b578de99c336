package org.smriti.ui.mock;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.smriti.core.mock.MockSession;
import org.smriti.core.mock.PaletteState;

/**
 * The question palette beside a running test, as in the CBT: a button per question coloured by its state (a
 * click jumps to it), scrolled to keep the current one in sight, and the legend with a count per state.
 */
final class PaletteView {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final IntConsumer jumpTo;
    private final TilePane palette = new TilePane();
    private final ScrollPane scroll = new ScrollPane();
    private final List<Button> buttons = new ArrayList<>();
    private final Map<PaletteState, Label> legendCounts = new EnumMap<>(PaletteState.class);
    private final VBox root;
    private Button current;

    /** @param jumpTo shows the question at this index */
    PaletteView(IntConsumer jumpTo) {
        this.jumpTo = jumpTo;
        Label heading = new Label("Question palette");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        palette.setId("mock-palette");
        palette.setHgap(6);
        palette.setVgap(6);
        palette.setPrefColumns(5);
        palette.getStyleClass().add("mock-palette");
        scroll.setContent(palette);
        // A test shown for the first time is laid out after it is rendered: reveal again once sizes are known.
        palette.heightProperty().addListener(x -> revealCurrent());
        scroll.viewportBoundsProperty().addListener(x -> revealCurrent());
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        GridPane legend = new GridPane();
        legend.setHgap(8);
        legend.setVgap(6);
        legend.setId("mock-legend");
        int row = 0;
        for (PaletteState state : PaletteState.values()) {
            Label name = new Label(state.label());
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            Label count = new Label("0");
            count.setId("mock-legend-" + slug(state));
            count.getStyleClass().add(Styles.TEXT_BOLD);
            count.setMinWidth(Region.USE_PREF_SIZE);
            legendCounts.put(state, count);
            legend.addRow(row++, swatch(state), name, count);
        }
        root = new VBox(10, heading, scroll, legend);
        root.getStyleClass().add("mock-palette-panel");
    }

    Node view() {
        return root;
    }

    static String styleClass(PaletteState state) {
        return "palette-" + slug(state);
    }

    /** {@code answered-and-marked}: a palette state in ids and style classes. */
    static String slug(PaletteState state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A small square in the state's colour, for legends. */
    static Label swatch(PaletteState state) {
        Label swatch = new Label();
        swatch.getStyleClass().addAll("palette-button", "palette-swatch", styleClass(state));
        return swatch;
    }

    /** One button per question of a test newly shown. */
    void rebuild(MockSession s) {
        buttons.clear();
        for (int i = 0; i < s.size(); i++) {
            int index = i;
            Button b = new Button(Integer.toString(i + 1));
            b.setId("mock-palette-" + (i + 1));
            b.getStyleClass().add("palette-button");
            b.setTooltip(new Tooltip());
            b.setFocusTraversable(false);
            b.setOnAction(e -> jumpTo.accept(index));
            buttons.add(b);
        }
        palette.getChildren().setAll(buttons);
    }

    void render(MockSession s) {
        for (int i = 0; i < buttons.size(); i++) {
            Button b = buttons.get(i);
            PaletteState state = s.paletteState(i);
            String cls = styleClass(state);
            if (!b.getStyleClass().contains(cls)) {
                b.getStyleClass().removeIf(c -> c.startsWith("palette-") && !c.equals("palette-button"));
                b.getStyleClass().add(cls);
                b.getTooltip().setText("Question " + (i + 1) + ": " + state.label());
            }
            b.pseudoClassStateChanged(CURRENT, i == s.currentIndex());
        }
        s.paletteCounts().forEach((state, n) -> legendCounts.get(state).setText(Integer.toString(n)));
        current = buttons.get(s.currentIndex());
        revealCurrent();
    }

    /** Scrolls just enough to show the current question's button (a long test does not fit). */
    private void revealCurrent() {
        Button button = current;
        if (button == null) {
            return;
        }
        double content = palette.getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (content <= view || view <= 0) {
            return;
        }
        double top = scroll.getVvalue() * (content - view);
        double y = button.getBoundsInParent().getMinY();
        double bottom = button.getBoundsInParent().getMaxY();
        if (y < top) {
            scroll.setVvalue(y / (content - view));
        } else if (bottom > top + view) {
            scroll.setVvalue(Math.min(1, (bottom - view) / (content - view)));
        }
    }
}
