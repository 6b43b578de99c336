package org.smriti.ui.sources;

import static org.smriti.core.text.Words.plural;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.smriti.core.question.CardDraft;
import org.smriti.core.source.SourceDocument;
import org.smriti.core.source.Span;
import org.smriti.core.suggest.Suggestion;

/**
 * Suggested cards for the open note, one at a time: accept (saved at once), edit (handed to the card editor) or
 * skip each; or accept all that remain. A suggestion whose sentence a card already quotes is marked, not hidden.
 */
final class SuggestionModel {

    private final NotesPorts ports;
    private final Predicate<Span> carded;
    private final Runnable saved;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ReadOnlyObjectWrapper<Suggestion> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper(this, "counter", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(this, "problem");
    private SourceDocument note;
    private List<Suggestion> suggestions = List.of();
    private int index;
    private int accepted;
    private int edited;
    private int skipped;

    /**
     * @param carded whether a card quotes a raw span of the open note, as it stands now (cards saved since the
     *               suggestions were made count)
     * @param saved  called after cards were saved, so the note's highlights follow
     */
    SuggestionModel(NotesPorts ports, Predicate<Span> carded, Runnable saved) {
        this.ports = ports;
        this.carded = carded;
        this.saved = saved;
    }

    ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** The suggestion shown, or null once all were seen (or when there were none). */
    ReadOnlyObjectProperty<Suggestion> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** "3 of 17". */
    ReadOnlyStringProperty counterProperty() {
        return counter.getReadOnlyProperty();
    }

    /** What happened last, or the summary once all were seen. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the status reports a failure. */
    ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void start(SourceDocument doc) {
        note = doc;
        suggestions = List.copyOf(ports.suggest(doc));
        index = 0;
        accepted = 0;
        edited = 0;
        skipped = 0;
        showing.set(true);
        report(suggestions.isEmpty()
                ? "No suggestions: the note has no dates, figures, ranks, exercises, schemes or bold terms in full"
                        + " sentences. Headings and labels are never suggested."
                : "Enter accepts, E edits, Delete skips.", false);
        show();
    }

    void close() {
        showing.set(false);
        current.set(null);
        note = null;
        suggestions = List.of();
    }

    /** The note the suggestions are for, while they are shown. */
    SourceDocument note() {
        return note;
    }

    boolean isCarded(Suggestion s) {
        return s.alreadyCarded() || carded.test(s.span());
    }

    /** Saves the shown suggestion as a card and shows the next; on failure it stays, with the reason. */
    void accept() {
        Suggestion s = current.get();
        if (s == null) {
            return;
        }
        if (save(List.of(s.draft(note.file())))) {
            accepted++;
            advance("Saved the card.");
        }
    }

    /** The shown suggestion as a draft for the card editor; the next one is shown. */
    Optional<CardDraft> edit() {
        Suggestion s = current.get();
        if (s == null) {
            return Optional.empty();
        }
        edited++;
        CardDraft draft = s.draft(note.file());
        advance("Opened in the card editor.");
        return Optional.of(draft);
    }

    void skip() {
        if (current.get() != null) {
            skipped++;
            advance("");
        }
    }

    /**
     * How many of the shown and later suggestions "accept all" would save: all but those whose sentence had a card
     * before the suggestions were made (a sentence with several facts gives several cards).
     */
    int acceptableRemaining() {
        return remaining().size();
    }

    /** How many of the shown and later suggestions "accept all" leaves out because their sentence had a card. */
    int cardedRemaining() {
        return suggestions.size() - index - remaining().size();
    }

    /** Saves every remaining suggestion but those already carded, all or nothing. */
    void acceptAllRemaining() {
        List<Suggestion> remaining = remaining();
        if (remaining.isEmpty()) {
            return;
        }
        List<CardDraft> drafts = remaining.stream().map(s -> s.draft(note.file())).toList();
        if (save(drafts)) {
            accepted += drafts.size();
            skipped += suggestions.size() - index - drafts.size();
            index = suggestions.size();
            report("", false);
            show();
        }
    }

    private List<Suggestion> remaining() {
        List<Suggestion> remaining = new ArrayList<>();
        for (Suggestion s : suggestions.subList(Math.min(index, suggestions.size()), suggestions.size())) {
            if (!s.alreadyCarded()) {
                remaining.add(s);
            }
        }
        return remaining;
    }

    private boolean save(List<CardDraft> drafts) {
        try {
            ports.saveCards(drafts);
        } catch (IOException e) {
            report(e.getMessage(), true);
            return false;
        }
        saved.run();
        return true;
    }

    private void advance(String done) {
        index++;
        report(done, false);
        show();
    }

    private void show() {
        int n = suggestions.size();
        if (index < n) {
            current.set(suggestions.get(index));
            counter.set((index + 1) + " of " + n);
            return;
        }
        current.set(null);
        counter.set(n == 0 ? "" : "All " + n + " seen");
        if (n > 0) {
            report(plural(accepted, "card") + " saved, " + edited + " opened in the editor, " + skipped + " skipped.",
                    false);
        }
    }

    private void report(String text, boolean isProblem) {
        status.set(text);
        problem.set(isProblem);
    }
}
