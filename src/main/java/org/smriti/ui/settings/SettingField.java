package org.smriti.ui.settings;

import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smriti.core.settings.Settings;

/**
 * One text-edited setting: the text the aspirant types, and the error shown when it cannot be used.
 * A value that parses is applied to the settings at once; one that does not leaves the settings unchanged.
 */
final class SettingField<T> {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ObjectProperty<Settings> settings;
    private final Function<String, T> parser;
    private final BiConsumer<Settings.Builder, T> applier;
    private final Function<Settings, String> formatter;

    SettingField(ObjectProperty<Settings> settings, Function<Settings, String> formatter,
            Function<String, T> parser, BiConsumer<Settings.Builder, T> applier) {
        this.settings = settings;
        this.formatter = formatter;
        this.parser = parser;
        this.applier = applier;
        refresh();
    }

    StringProperty textProperty() {
        return text;
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Applies the typed text; returns whether it was accepted. */
    boolean commit() {
        T value;
        try {
            value = parser.apply(text.get().trim());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
        Settings.Builder b = settings.get().toBuilder();
        applier.accept(b, value);
        error.set("");
        settings.set(b.build());
        refresh();
        return true;
    }

    /** Shows the current setting again (after a change elsewhere, or to discard a refused edit). */
    void refresh() {
        text.set(formatter.apply(settings.get()));
    }
}
