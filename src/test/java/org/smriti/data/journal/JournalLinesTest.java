package org.smriti.data.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JournalLinesTest {

    private static byte[] sample() {
        JsonObject data = new JsonObject();
        data.addProperty("questionId", "ij-001");
        data.addProperty("note", "<ünïcode & quotes \">");
        return JournalLines.encode("bookmark", data);
    }

    @Test
    void anEncodedLineParsesBackWithItsTypeAndData() throws Exception {
        byte[] line = sample();

        JournalLines.Parsed p = JournalLines.parse(line, 0, line.length - 1);

        assertThat(p.version()).isEqualTo(1);
        assertThat(p.type()).isEqualTo("bookmark");
        assertThat(p.data().get("note").getAsString()).isEqualTo("<ünïcode & quotes \">");
    }

    @Test
    void aLineIsOneJsonObjectWithVersionTypeDataAndChecksum() {
        String line = new String(sample(), StandardCharsets.UTF_8);

        assertThat(line).startsWith("{\"v\":1,\"type\":\"bookmark\",\"data\":{").endsWith("\n")
                .containsPattern(",\"crc32c\":\"[0-9a-f]{8}\"}\n$");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 20, 40, 60})
    void changingAnyByteIsDetected(int index) {
        byte[] line = sample();
        line[index] ^= 0x01;

        assertThatThrownBy(() -> JournalLines.parse(line, 0, line.length - 1))
                .isInstanceOf(JournalLines.Damaged.class);
    }

    @Test
    void aTruncatedLineIsDetected() {
        byte[] line = sample();

        assertThatThrownBy(() -> JournalLines.parse(line, 0, line.length - 5))
                .isInstanceOf(JournalLines.Damaged.class);
    }
}
