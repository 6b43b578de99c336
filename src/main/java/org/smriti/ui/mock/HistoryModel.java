package org.smriti.ui.mock;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.smriti.core.mock.MockHistory;

/** Past tests as the setup screen lists them, read from the journal by the coordinator. */
public final class HistoryModel {

    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<MockHistory> history =
            new ReadOnlyObjectWrapper<>(this, "history", new MockHistory(List.of()));
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    HistoryModel(ZoneId zone) {
        this.zone = zone;
    }

    public ReadOnlyObjectProperty<MockHistory> historyProperty() {
        return history.getReadOnlyProperty();
    }

    /** Why the history could not be read from the journal; empty when it was. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Where the aspirant is, for dates in the history. */
    ZoneId zone() {
        return zone;
    }

    void show(MockHistory read) {
        history.set(read);
        error.set("");
    }

    /** Keeps the history last read and says why it could not be read again. */
    void failed(String problem) {
        error.set(problem);
    }
}
