package org.smriti.ui.sources;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smriti.core.source.Span;

/** Search within the open note (Ctrl+F): the query, its matches as raw spans, the current one and the count. */
final class FindModel {

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ReadOnlyObjectWrapper<List<Span>> matches = new ReadOnlyObjectWrapper<>(this, "matches", List.of());
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private ReaderText text;

    FindModel() {
        query.addListener((obs, old, now) -> search(0));
    }

    /** What is searched for; the find bar's field edits it. */
    StringProperty queryProperty() {
        return query;
    }

    ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<Span>> matchesProperty() {
        return matches.getReadOnlyProperty();
    }

    /** The index of the current match in {@link #matchesProperty()}, or -1. */
    ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** "3 of 12", "No matches", or empty before anything is typed. */
    ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    void open() {
        showing.set(true);
        search(Math.max(0, current.get()));
    }

    /** Hides the bar and its highlights; the query stays for the next Ctrl+F. */
    void close() {
        showing.set(false);
        matches.set(List.of());
        current.set(-1);
        count.set("");
    }

    void next() {
        step(1);
    }

    void previous() {
        step(-1);
    }

    /** Searches another note, or the same one changed, for the same query. */
    void setText(ReaderText now) {
        boolean same = text != null && now != null && text.raw().equals(now.raw());
        text = now;
        if (showing.get()) {
            search(same ? Math.max(0, current.get()) : 0);
        }
    }

    private void step(int by) {
        int n = matches.get().size();
        if (n > 0) {
            current.set(Math.floorMod(current.get() + by, n));
            count.set(countText());
        }
    }

    private void search(int keep) {
        if (!showing.get()) {
            return;
        }
        List<Span> found = text == null ? List.of() : text.find(query.get());
        current.set(-1);
        matches.set(List.copyOf(found));
        current.set(found.isEmpty() ? -1 : Math.min(keep, found.size() - 1));
        count.set(countText());
    }

    private String countText() {
        int n = matches.get().size();
        if (query.get().isBlank()) {
            return "";
        }
        if (n == 0) {
            return "No matches";
        }
        return (current.get() + 1) + " of " + n + (n >= ReaderText.MAX_MATCHES ? "+" : "");
    }
}
