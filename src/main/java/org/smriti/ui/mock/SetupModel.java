package org.smriti.ui.mock;

import static org.smriti.core.text.Words.plural;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.smriti.core.mock.Fraction;
import org.smriti.core.mock.MarkingScheme;
import org.smriti.core.mock.MockPreset;
import org.smriti.core.mock.MockSelection;
import org.smriti.core.mock.MockSelector;
import org.smriti.core.mock.MockSpec;
import org.smriti.core.mock.TimeText;
import org.smriti.core.question.Topic;
import org.smriti.ui.common.WholeNumbers;

/**
 * The setup screen's state: the preset, the custom form and the marking scheme as typed, with what Start will give
 * ({@link #planProperty()}) or why it cannot start ({@link #errorProperty()}), both kept up to date as the form
 * changes.
 */
public final class SetupModel {

    static final int MAX_CUSTOM_COUNT = 200;
    static final int MAX_CUSTOM_MINUTES = 600;
    private static final String NOTHING_MATCHES =
            "No question in the bank matches these choices. Allow more topics or difficulties, or untick a filter.";

    /** A test ready to start: how it is set up and the questions chosen for it. */
    record Choice(MockSpec spec, MockSelection selection) {
    }

    private final MockBank bank;
    private final MockPorts ports;
    private final ObjectProperty<MockPreset> preset = new SimpleObjectProperty<>(this, "preset", MockPreset.QUICK);
    private final StringProperty customCount = new SimpleStringProperty(this, "customCount", "20");
    private final StringProperty customMinutes = new SimpleStringProperty(this, "customMinutes", "24");
    private final ObservableSet<Topic> topics = FXCollections.observableSet();
    private final ObservableSet<Integer> difficulties = FXCollections.observableSet();
    private final BooleanProperty pyqOnly = new SimpleBooleanProperty(this, "pyqOnly");
    private final BooleanProperty weakSpotsOnly = new SimpleBooleanProperty(this, "weakSpotsOnly");
    private final StringProperty marksRight = new SimpleStringProperty(this, "marksRight", "2");
    private final StringProperty marksWrong = new SimpleStringProperty(this, "marksWrong", "-2/3");
    private final StringProperty marksBlank = new SimpleStringProperty(this, "marksBlank", "0");
    private final ReadOnlyStringWrapper plan = new ReadOnlyStringWrapper(this, "plan", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    SetupModel(MockBank bank, MockPorts ports) {
        this.bank = bank;
        this.ports = ports;
        for (Observable o : List.of(preset, customCount, customMinutes, pyqOnly, weakSpotsOnly,
                marksRight, marksWrong, marksBlank)) {
            o.addListener(x -> refreshPlan());
        }
        topics.addListener((SetChangeListener<Topic>) c -> refreshPlan());
        difficulties.addListener((SetChangeListener<Integer>) c -> refreshPlan());
        refreshPlan();
    }

    public ObjectProperty<MockPreset> presetProperty() {
        return preset;
    }

    /** Questions in a custom test, as typed. */
    public StringProperty customCountProperty() {
        return customCount;
    }

    /** Minutes for a custom test, as typed. */
    public StringProperty customMinutesProperty() {
        return customMinutes;
    }

    /** Topics of a custom test; empty means all. */
    public ObservableSet<Topic> topics() {
        return topics;
    }

    /** Difficulties 1..3 of a custom test; empty means all. */
    public ObservableSet<Integer> difficulties() {
        return difficulties;
    }

    public BooleanProperty pyqOnlyProperty() {
        return pyqOnly;
    }

    public BooleanProperty weakSpotsOnlyProperty() {
        return weakSpotsOnly;
    }

    /** Marks for a right answer, as typed: {@code 2}, {@code 1.5} or {@code 2/3}. */
    public StringProperty marksRightProperty() {
        return marksRight;
    }

    public StringProperty marksWrongProperty() {
        return marksWrong;
    }

    public StringProperty marksBlankProperty() {
        return marksBlank;
    }

    /** What Start will give, e.g. "10 questions in 12:00 · marking +2 / -2/3 / 0". */
    public ReadOnlyStringProperty planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** Why the test cannot start as set up (or why starting or resuming failed); empty when it can. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The test as set up, its questions chosen with this seed; empty, with {@link #errorProperty()} saying why. */
    Optional<Choice> choose(long seed) {
        Optional<MockSpec> spec = spec(seed);
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        MockSelection selection = select(spec.get());
        if (selection.isEmpty()) {
            error.set(NOTHING_MATCHES);
            return Optional.empty();
        }
        return Optional.of(new Choice(spec.get(), selection));
    }

    /** Shows why starting, resuming or saving failed; an empty text clears it. */
    void explain(String problem) {
        error.set(problem);
    }

    /** Brings the plan up to date with the bank and the weak spots, which change outside the form. */
    void refreshPlan() {
        Optional<MockSpec> spec = spec(0);
        if (spec.isEmpty()) {
            plan.set("");
            return;
        }
        MockSelection selection = select(spec.get());
        if (selection.isEmpty()) {
            plan.set("");
            error.set(bank.hasObjectiveQuestions() ? NOTHING_MATCHES
                    : "The question bank has no objective questions, so there is nothing to test yet.");
            return;
        }
        String shortOf = selection.size() < spec.get().count()
                ? " (only " + selection.size() + " of the " + spec.get().count() + " asked for are in the bank)"
                : "";
        plan.set(plural(selection.size(), "question") + " in " + TimeText.minutesSeconds(selection.duration()) + shortOf
                + " · marking " + spec.get().scheme().describe());
    }

    private MockSelection select(MockSpec spec) {
        Set<String> weakIds = spec.weakSpotsOnly() ? ports.weakSpotIds() : Set.of();
        return MockSelector.select(spec, bank.questions(), weakIds);
    }

    /** The spec as set up, or empty with {@link #errorProperty()} saying why. */
    private Optional<MockSpec> spec(long seed) {
        try {
            MockPreset p = preset.get();
            MockSpec spec = p.isCustom()
                    ? MockSpec.custom(WholeNumbers.parse(customCount.get(), "Questions", 1, MAX_CUSTOM_COUNT),
                            Duration.ofMinutes(WholeNumbers.parse(customMinutes.get(), "Minutes", 1, MAX_CUSTOM_MINUTES)), seed)
                            .withTopics(topics)
                            .withDifficulties(difficulties)
                            .withPyqOnly(pyqOnly.get())
                            .withWeakSpotsOnly(weakSpotsOnly.get())
                    : MockSpec.of(p, seed);
            MockSpec withScheme = spec.withScheme(new MarkingScheme(
                    marks(marksRight.get(), "right answer"),
                    marks(marksWrong.get(), "wrong answer"),
                    marks(marksBlank.get(), "blank")));
            error.set("");
            return Optional.of(withScheme);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    private static Fraction marks(String text, String what) {
        try {
            // Accepts the typographic minus too, as printed in "−2/3".
            return Fraction.parse(text == null ? "" : text.replace('\u2212', '-'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Marks for a " + what + ": " + e.getMessage(), e);
        }
    }
}
