package org.smriti.ui.browse;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.progress.CardProgress;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.question.Assertion;
import org.smriti.core.question.Chronology;
import org.smriti.core.question.Cloze;
import org.smriti.core.question.Descriptive;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Pairs;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.Statements;
import org.smriti.core.question.Topic;
import org.smriti.study.StudyService;
import org.smriti.ui.common.CardActions;

/**
 * The state of the Browse screen's table: every question of the bank plus every orphaned id (progress kept for a
 * question no longer in the bank), narrowed by a text search and filters. The selected row's detail and what can
 * be done to its card are {@link BrowseDetailModel}'s. No JavaFX scene graph: tested without a stage.
 */
public final class BrowseViewModel {

    static final int SNIPPET_LENGTH = 140;

    private final StudyService study;
    private final CardActions cards;
    private final Map<String, String> searchText = new HashMap<>();

    private final ObservableList<BrowseRow> source = FXCollections.observableArrayList();
    private final FilteredList<BrowseRow> filtered = new FilteredList<>(source);
    private final SortedList<BrowseRow> rows = new SortedList<>(filtered);
    // Kept, not made per call: it forwards the source's changes only while something holds it.
    private final ObservableList<BrowseRow> allRows = FXCollections.unmodifiableObservableList(source);

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<Topic> topic = new SimpleObjectProperty<>(this, "topic");
    private final ObjectProperty<QuestionType> type = new SimpleObjectProperty<>(this, "type");
    private final ObjectProperty<BrowseState> state = new SimpleObjectProperty<>(this, "state");
    private final BooleanProperty bookmarkedOnly = new SimpleBooleanProperty(this, "bookmarkedOnly");
    private final BooleanProperty pyqOnly = new SimpleBooleanProperty(this, "pyqOnly");
    private final BooleanProperty ownOnly = new SimpleBooleanProperty(this, "ownOnly");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");

    /** @param cards which cards are the aspirant's own, and when cards change */
    public BrowseViewModel(StudyService study, CardActions cards) {
        this.study = study;
        this.cards = cards;
        filtered.predicateProperty().bind(Bindings.createObjectBinding(this::predicate,
                search, topic, type, state, bookmarkedOnly, pyqOnly, ownOnly));
        cards.onChange(this::refresh);
        count.bind(Bindings.createStringBinding(
                () -> filtered.size() == source.size()
                        ? source.size() + " questions"
                        : filtered.size() + " of " + source.size() + " questions",
                filtered, source));
        refresh();
    }

    /** The zone dates are shown in: the day clock's. */
    public ZoneId zone() {
        return study.dayClock().zone();
    }

    /** The visible rows; the view binds its table's comparator to {@link SortedList#comparatorProperty()}. */
    public SortedList<BrowseRow> rows() {
        return rows;
    }

    /** Every row, filtered or not, in bank order: what the detail is looked up in and follows. */
    ObservableList<BrowseRow> allRows() {
        return allRows;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The topic filter; {@code null} means every topic. */
    public ObjectProperty<Topic> topicProperty() {
        return topic;
    }

    /** The type filter; {@code null} means every type. */
    public ObjectProperty<QuestionType> typeProperty() {
        return type;
    }

    /** The state filter; {@code null} means every state. */
    public ObjectProperty<BrowseState> stateProperty() {
        return state;
    }

    public BooleanProperty bookmarkedOnlyProperty() {
        return bookmarkedOnly;
    }

    public BooleanProperty pyqOnlyProperty() {
        return pyqOnly;
    }

    /** Only the aspirant's own cards. */
    public BooleanProperty ownOnlyProperty() {
        return ownOnly;
    }

    /** "12 of 240 questions". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public Optional<BrowseRow> row(String id) {
        return source.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Rebuilds every row from the saved progress: reviews elsewhere change states and due dates. */
    public void refresh() {
        ProgressState progress = study.state();
        List<BrowseRow> all = new ArrayList<>();
        searchText.clear();
        for (Question q : study.bank().questions()) {
            searchText.put(q.id(), haystack(q));
            all.add(rowOf(q.id(), Optional.of(q)));
        }
        Set<String> orphans = progress.orphanedIds(searchText.keySet());
        for (String id : orphans) {
            all.add(rowOf(id, Optional.empty()));
        }
        source.setAll(all);
    }

    /** Builds the row of {@code id} again, after an action changed its card. */
    void replaceRow(String id) {
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).id().equals(id)) {
                source.set(i, rowOf(id, study.bank().byId(id)));
                return;
            }
        }
    }

    private BrowseRow rowOf(String id, Optional<Question> question) {
        CardProgress p = study.progress(id);
        Card card = study.card(id);
        boolean fresh = card.state() == CardState.NEW;
        BrowseState s = BrowseState.of(card, question.isPresent(), cards.sourceStatus(id).orElse(null));
        return new BrowseRow(id,
                question.map(Question::type).orElse(null),
                question.map(Question::primaryTopic).orElse(null),
                question.map(q -> snippet(scanText(q))).orElse("(not in the bank)"),
                s,
                fresh ? null : card.due(),
                fresh ? null : card.stability(),
                fresh ? null : card.difficulty(),
                fresh ? null : study.retrievability(id) * 100,
                card.lapses(),
                p.bookmarked(),
                p.suspended(),
                question.flatMap(Question::pyq).isPresent(),
                cards.isOwn(id));
    }

    private Predicate<BrowseRow> predicate() {
        String[] words = search.get() == null ? new String[0]
                : search.get().toLowerCase(Locale.ROOT).trim().split("\\s+");
        Topic t = topic.get();
        QuestionType ty = type.get();
        BrowseState st = state.get();
        boolean marked = bookmarkedOnly.get();
        boolean pyq = pyqOnly.get();
        boolean own = ownOnly.get();
        return row -> (t == null || row.topic() == t)
                && (!own || row.own())
                && (ty == null || row.type() == ty)
                && (st == null || row.state() == st)
                && (!marked || row.bookmarked())
                && (!pyq || row.pyq())
                && matches(row, words);
    }

    private boolean matches(BrowseRow row, String[] words) {
        String text = searchText.getOrDefault(row.id(), row.id().toLowerCase(Locale.ROOT));
        for (String w : words) {
            if (!w.isEmpty() && !text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** What a search looks in: the id, the stem, the options or answer, the explanation and the quoted source. */
    private static String haystack(Question q) {
        StringBuilder b = new StringBuilder(q.id()).append('\n').append(q.prompt()).append('\n');
        if (q instanceof ObjectiveQuestion oq) {
            oq.options().forEach(o -> b.append(o).append('\n'));
        } else if (q instanceof Flashcard f) {
            b.append(f.answer()).append('\n');
        } else if (q instanceof Cloze c) {
            b.append(c.cloze().plainText()).append('\n');
        } else if (q instanceof Descriptive descriptive) {
            descriptive.points().forEach(o -> b.append(o).append('\n'));
        }
        b.append(q.explanation()).append('\n');
        q.source().ifPresent(ref -> b.append(ref.quote()));
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * What the table's Question column shows: the prompt, led by the first item when the prompt is a lead-in
     * shared by many questions ("Consider the following statements:"), so that a cut-off cell still tells
     * questions apart.
     */
    static String scanText(Question q) {
        String first = null;
        if (q instanceof Statements st) {
            first = st.statements().get(0).text();
        } else if (q instanceof Pairs pq) {
            Pairs.Pair p = pq.pairs().get(0);
            first = p.left() + " – " + p.right();
        } else if (q instanceof Chronology c) {
            first = c.events().get(0).text();
        } else if (q instanceof Assertion assertion) {
            first = assertion.statement1();
        }
        return first == null ? q.prompt() : "1. " + first + "  ·  " + q.prompt();
    }

    static String snippet(String prompt) {
        String flat = prompt.replaceAll("\\s+", " ").trim();
        return flat.length() <= SNIPPET_LENGTH ? flat : flat.substring(0, SNIPPET_LENGTH - 1).trim() + "…";
    }
}
