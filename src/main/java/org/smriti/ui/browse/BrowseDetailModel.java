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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.progress.CardProgress;
import org.smriti.core.progress.ReviewRecord;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionType;
import org.smriti.data.journal.SaveFailedException;
import org.smriti.study.StudyService;
import org.smriti.ui.common.CardActions;
import org.smriti.ui.common.ErrorDialog;
import org.smriti.ui.common.Names;

/**
 * The state of Browse's detail pane: the selected row's question, source, memory state and history, and what can
 * be done to a card — bookmark, suspend, reset; edit, delete (and undo that) an own card; copy a bundled one to my
 * cards — with the outcome of the last action. The rows themselves are {@link BrowseViewModel}'s.
 */
public final class BrowseDetailModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final StudyService study;
    private final CardActions cards;
    private final BrowseViewModel table;
    private final Function<String, Optional<String>> documentTitle;
    private final Deque<CardActions.Undo> deletions = new ArrayDeque<>();
    private final Deque<String> deletedIds = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<BrowseDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyBooleanWrapper canUndoDelete = new ReadOnlyBooleanWrapper(this, "canUndoDelete");

    /**
     * @param cards         editing, copying and deleting own cards
     * @param table         the rows the detail is of; they are rebuilt or replaced after reviews and actions
     * @param documentTitle the title of a source document by file name, for the detail's source line
     */
    public BrowseDetailModel(StudyService study, CardActions cards, BrowseViewModel table,
                             Function<String, Optional<String>> documentTitle) {
        this.study = study;
        this.cards = cards;
        this.table = table;
        this.documentTitle = documentTitle;
        // The detail follows its row, whatever rebuilt or replaced it.
        table.allRows().addListener((ListChangeListener<BrowseRow>) change -> {
            BrowseDetail shown = detail.get();
            select(shown == null ? null : shown.row().id());
        });
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

    /** A card was deleted in this window and can still be put back (Ctrl+Z). */
    public ReadOnlyBooleanProperty canUndoDeleteProperty() {
        return canUndoDelete.getReadOnlyProperty();
    }

    /** Shows the detail of {@code id}, or none when {@code id} is {@code null} or unknown. */
    public void select(String id) {
        detail.set(id == null ? null : table.row(id).map(this::detailOf).orElse(null));
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
            fail(e);
            return false;
        }
        canUndoDelete.set(true);
        done("Deleted. Its history stays; Ctrl+Z brings the card back.");
        table.refresh();
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
            fail(e);
            return;
        }
        deletions.pop();
        String back = deletedIds.pop();
        canUndoDelete.set(!deletions.isEmpty());
        table.refresh();
        select(back);
        done("The card is back, with its progress.");
    }

    private interface Save {
        void run() throws SaveFailedException;
    }

    private boolean save(String id, String done, Save action) {
        try {
            action.run();
        } catch (SaveFailedException e) {
            // Nothing was written, so the rows still match the journal; only the message changes.
            fail(e);
            return false;
        }
        table.replaceRow(id);
        done(done);
        return true;
    }

    private void fail(IOException e) {
        failed.set(true);
        message.set(ErrorDialog.readableMessage(e));
    }

    private void done(String what) {
        failed.set(false);
        message.set(what);
    }

    private BrowseDetail detailOf(BrowseRow row) {
        Optional<Question> question = study.bank().byId(row.id());
        Optional<String> title = question.flatMap(Question::source).flatMap(ref -> documentTitle.apply(ref.doc()));
        ZoneId zone = table.zone();
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
