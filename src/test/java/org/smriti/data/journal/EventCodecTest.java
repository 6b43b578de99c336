package org.smriti.data.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smriti.data.journal.Fixtures.T0;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.smriti.core.progress.BookmarkEvent;
import org.smriti.core.progress.SettingsChangedEvent;
import org.smriti.core.settings.Settings;
import org.smriti.data.json.JsonFormatException;

class EventCodecTest {

    private final EventCodec codec = EventCodec.standard();

    @Test
    void aSettingsEventWithAnOutOfRangeValueStillReadsWithThatValueDefaulted() {
        JsonObject data = codec.encode(new SettingsChangedEvent(T0, Settings.defaults().withFontScalePercent(150)));
        data.getAsJsonObject("settings").addProperty("desiredRetention", 0.5);

        SettingsChangedEvent e = (SettingsChangedEvent) codec.decode("settings", data);

        assertThat(e.settings()).isEqualTo(Settings.defaults().withFontScalePercent(150));
    }

    @Test
    void aMissingFieldIsNamedInTheError() {
        JsonObject data = codec.encode(new BookmarkEvent("q1", true, T0));
        data.remove("on");

        assertThatThrownBy(() -> codec.decode("bookmark", data))
                .isInstanceOf(JsonFormatException.class).hasMessage("field 'on' is missing");
    }

    @Test
    void aTypeNameCannotBeRegisteredTwice() {
        assertThatThrownBy(() -> codec.register("review", ProgressStoreTest.MockStarted.class, e -> null,
                o -> null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'review'");
    }
}
