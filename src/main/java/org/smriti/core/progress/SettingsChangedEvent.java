package org.smriti.core.progress;

import java.time.Instant;
import java.util.Objects;
import org.smriti.core.settings.Settings;

/**
 * The aspirant changed their preferences. Journalled so the history of settings (e.g. desired retention) is
 * known; it does not change any card, so {@link ProgressState#apply} leaves the state as it is.
 */
public record SettingsChangedEvent(Instant at, Settings settings) implements ProgressEvent {

    public SettingsChangedEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(settings, "settings");
    }
}
