package org.smriti.ui.browse;

import static org.smriti.core.text.Words.plural;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
import org.smriti.core.progress.ReviewRecord;
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
import org.smriti.data.journal.SaveFailedException;
import org.smriti.study.StudyService;
import org.smriti.ui.common.CardActions;
import org.smriti.ui.common.ErrorDialog;
import org.smriti.ui.common.Names;

/**
 * The state of the Browse screen: every question of the bank plus every orphaned id (progress kept for a
 * question no longer in the bank), narrowed by a text search and filters, with the selected row's detail and
 * the bookmark / suspend / reset actions. No JavaFX scene graph: tested without a stage.
 */
public final class BrowseViewModel {

    static final int SNIPPET_LENGTH = 140;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final StudyService study;
    private final CardActions cards;
    private final Function<String, Optional<String>> documentTitle;
    private final Deque<CardActions.Undo> deletions = new ArrayDeque<>();
    private final Deque<String> deletedIds = new ArrayDeque<>();
    private final Map<String, String> searchText = new HashMap<>();

    private final ObservableList<BrowseRow> source = FXCollections.observableArrayList();
    private final FilteredList<BrowseRow> filtered = new FilteredList<>(source);
    private final SortedList<BrowseRow> rows = new SortedList<>(filtered);

    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<Topic> topic = new SimpleObjectProperty<>(this, "topic");
    private final ObjectProperty<QuestionType> type = new SimpleObjectProperty<>(this, "type");
    private final ObjectProperty<BrowseState> state = new SimpleObjectProperty<>(this, "state");
    private final BooleanProperty bookmarkedOnly = new SimpleBooleanProperty(this, "bookmarkedOnly");
    private final BooleanProperty pyqOnly = new SimpleBooleanProperty(this, "pyqOnly");
    private final BooleanProperty ownOnly = new SimpleBooleanProperty(this, "ownOnly");
    private final ReadOnlyBooleanWrapper canUndoDelete = new ReadOnlyBooleanWrapper(this, "canUndoDelete");

    private final ReadOnlyObjectWrapper<BrowseDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");

    /**
     * @param cards         editing, copying and deleting own cards
     * @param documentTitle the title of a source document by file name, for the detail's source line
     */
    public BrowseViewModel(StudyService study, CardActions cards, Function<String, Optional<String>> documentTitle) {
        this.study = study;
        this.cards = cards;
        this.documentTitle = documentTitle;
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

    /** A card was deleted in this window and can still be put back (Ctrl+Z). */
    public ReadOnlyBooleanProperty canUndoDeleteProperty() {
        return canUndoDelete.getReadOnlyProperty();
    }

    /** The selected row's detail; {@code null} when nothing is selected. */
    public ReadOnlyObjectProperty<BrowseDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** The outcome of the last action, or why it failed; empty when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether {@link #messageProperty()} reports a failure (shown as an error) rather than a done action. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** "12 of 240 questions". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Shows the detail of {@code id}, or none when {@code id} is {@code null} or unknown. */
    public void select(String id) {
        detail.set(id == null ? null : row(id).map(this::detailOf).orElse(null));
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
        BrowseDetail shown = detail.get();
        select(shown == null ? null : shown.row().id());
    }

    /** Turns the bookmark of {@code id} on or off; false (and a message saying why) if it could not be saved. */
    public boolean toggleBookmark(String id) {
        boolean on = !study.progress(id).bookmarked();
        return save(id, on ? "Bookmarked." : "Bookmark removed.", () -> study.setBookmarked(id, on));
    }

    /** Suspends {@code id} (it leaves the daily queue) or brings it back. */
    public boolean toggleSuspended(String id) {
        boolean on = !study.progress(id).suspended();
        return save(id, on ? "Suspended: it stays out of daily review until you unsuspend it."
                : "Unsuspended: it is back in daily review.", () -> study.setSuspended(id, on));
    }

    /** Forgets the schedule of {@code id}: it becomes a new card. The view asks for confirmation first. */
    public boolean reset(String id) {
        return save(id, "Progress reset: the card is new again.", () -> study.reset(id));
    }

    /** Opens the editor on an own card, or on a copy of a bundled question. */
    public void edit(String id) {
        study.bank().byId(id).filter(q -> q.type() != QuestionType.DESCRIPTIVE).ifPresent(q -> {
            if (cards.isOwn(id)) {
                cards.edit(q);
            } else {
                cards.copyToMine(q);
            }
        });
    }

    /** Deletes an own card (asked first by the view); Ctrl+Z puts it back while the window is open. */
    public boolean delete(String id) {
        try {
            deletions.push(cards.delete(id));
            deletedIds.push(id);
        } catch (IOException e) {
            failed.set(true);
            message.set(ErrorDialog.readableMessage(e));
            return false;
        }
        canUndoDelete.set(true);
        failed.set(false);
        message.set("Deleted. Its history stays; Ctrl+Z brings the card back.");
        refresh();
        return true;
    }

    /** Takes back the last deletion of this window. */
    public void undoDelete() {
        if (deletions.isEmpty()) {
            return;
        }
        try {
            deletions.peek().undo();
        } catch (IOException e) {
            failed.set(true);
            message.set(ErrorDialog.readableMessage(e));
            return;
        }
        deletions.pop();
        String back = deletedIds.pop();
        canUndoDelete.set(!deletions.isEmpty());
        refresh();
        select(back);
        failed.set(false);
        message.set("The card is back, with its progress.");
    }

    private interface Save {
        void run() throws SaveFailedException;
    }

    private boolean save(String id, String done, Save action) {
        try {
            action.run();
        } catch (SaveFailedException e) {
            // Nothing was written, so the rows still match the journal; only the message changes.
            failed.set(true);
            message.set(ErrorDialog.readableMessage(e));
            return false;
        }
        replaceRow(id);
        failed.set(false);
        message.set(done);
        return true;
    }

    private void replaceRow(String id) {
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).id().equals(id)) {
                BrowseRow fresh = rowOf(id, study.bank().byId(id));
                source.set(i, fresh);
                BrowseDetail shown = detail.get();
                if (shown != null && shown.row().id().equals(id)) {
                    detail.set(detailOf(fresh));
                }
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

    private BrowseDetail detailOf(BrowseRow row) {
        Optional<Question> question = study.bank().byId(row.id());
        Optional<String> title = question.flatMap(Question::source).flatMap(ref -> documentTitle.apply(ref.doc()));
        ZoneId zone = zone();
        List<BrowseDetail.Fact> memory = new ArrayList<>();
        CardProgress p = study.progress(row.id());
        memory.add(new BrowseDetail.Fact("State", row.stateText()));
        if (row.due() == null) {
            memory.add(new BrowseDetail.Fact("Due", "not studied yet"));
        } else {
            memory.add(new BrowseDetail.Fact("Due", WHEN.format(row.due().atZone(zone))
                    + " (" + relative(study.now(), row.due()) + ")"));
            memory.add(new BrowseDetail.Fact("Stability", String.format(Locale.ROOT, "%.1f days", row.stability())));
            memory.add(new BrowseDetail.Fact("Difficulty", String.format(Locale.ROOT, "%.1f / 10", row.difficulty())));
            memory.add(new BrowseDetail.Fact("Recall chance now",
                    String.format(Locale.ROOT, "%.0f %%", row.retrievability())));
        }
        memory.add(new BrowseDetail.Fact("Reviews", p.reviewCount() + ", forgotten " + plural(row.lapses(), "time")));
        List<BrowseDetail.HistoryLine> history = new ArrayList<>();
        for (ReviewRecord r : p.history()) {
            history.add(new BrowseDetail.HistoryLine(WHEN.format(r.at().atZone(zone)), Names.of(r.rating()),
                    seconds(r.durationMillis()), label(r.stateBefore()) + " → " + label(r.stateAfter())));
        }
        return new BrowseDetail(row, question, title, List.copyOf(memory), List.copyOf(history));
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

    private static String relative(Instant now, Instant due) {
        Duration d = Duration.between(now, due);
        long days = Math.abs(d.toDays());
        long hours = Math.abs(d.toHours());
        String amount = days >= 1 ? plural(days, "day")
                : hours >= 1 ? plural(hours, "hour")
                : Math.abs(d.toMinutes()) + " min";
        return d.isNegative() ? "overdue by " + amount : "in " + amount;
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.0f s", millis / 1000.0);
    }

    private static String label(CardState s) {
        return s.name().toLowerCase(Locale.ROOT);
    }
}
