package org.smriti.data.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonFieldsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24T23:30:00Z", "2026-11-24T23:30:00.123Z", "1970-01-01T00:00:00.000001Z",
        "2024-02-29T12:00:59.999999999Z", "0001-01-01T00:00:00Z"})
    void theFastInstantParserAgreesWithInstantParse(String text) {
        assertThat(JsonFields.parseCanonicalInstant(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T00:00:00Z", "2026-11-24 23:30:00Z", "2026-11-24T23:30:00.12Z",
        "2026-11-24T24:00:00Z", "+12026-11-24T23:30:00Z"})
    void theFastInstantParserLeavesOtherFormsToInstantParse(String text) {
        assertThat(JsonFields.parseCanonicalInstant(text)).isNull();
    }

    @Test
    void anInvalidInstantIsReportedWithItsField() {
        JsonObject o = new JsonObject();
        o.addProperty("at", "2026-02-30T00:00:00Z");

        assertThatThrownBy(() -> JsonFields.instant(o, "at")).isInstanceOf(JsonFormatException.class)
                .hasMessageContaining("'at'");
    }

    @Test
    void wholeNumbersMayBeWrittenInAnyJsonForm() {
        JsonObject o = new JsonObject();
        o.addProperty("a", 42);
        o.add("b", com.google.gson.JsonParser.parseString("1e3"));
        o.addProperty("c", 1.5);

        assertThat(JsonFields.integer(o, "a")).isEqualTo(42);
        assertThat(JsonFields.integer(o, "b")).isEqualTo(1000);
        assertThatThrownBy(() -> JsonFields.integer(o, "c")).hasMessageContaining("'c' must be a whole number");
    }
}
