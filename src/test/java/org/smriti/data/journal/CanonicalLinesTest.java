package org.smriti.data.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smriti.data.journal.Fixtures.CLOCK;
import static org.smriti.data.journal.Fixtures.T0;
import static org.smriti.data.journal.Fixtures.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.progress.BookmarkEvent;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.progress.ResetEvent;
import org.smriti.core.progress.ReviewEvent;
import org.smriti.core.progress.SettingsChangedEvent;
import org.smriti.core.progress.SuspendEvent;
import org.smriti.core.progress.UndoEvent;
import org.smriti.core.settings.Settings;

class CanonicalLinesTest {

    private static final EventCodec CODEC = EventCodec.standard();

    @TempDir
    Path dir;

    /** What the general path (Gson's tree) makes of a line. */
    private static ProgressEvent viaTree(byte[] line) throws JournalLines.Damaged {
        JournalLines.Parsed p = JournalLines.parse(line, 0, line.length - 1);
        return CODEC.decode(p.type(), p.data());
    }

    private static ProgressEvent viaCanonical(byte[] line) throws JournalLines.Damaged {
        JournalLines.verify(line, 0, line.length - 1);
        return CanonicalLines.decode(line, 0, line.length - 1);
    }

    private static byte[] written(ProgressEvent e) {
        return JournalLines.encode(CODEC.typeOf(e), CODEC.encode(e));
    }

    /** A journal line with a correct checksum around hand-written JSON, e.g. in a form an older version wrote. */
    private static byte[] handWritten(String json) {
        byte[] content = json.getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(content);
        String line = json.substring(0, json.length() - 1) + String.format(",\"crc32c\":\"%08x\"}\n", crc.getValue());
        return line.getBytes(StandardCharsets.UTF_8);
    }

    static Stream<ProgressEvent> cardEvents() {
        Card learning = new Card(CardState.LEARNING, T0, 0.212, 6.4133, 0, 1, 1, 0, T0.minusMillis(1));
        return Stream.of(review("q1", 0), review("q1", 1), review("q1", 2), review("q1", 3),
                new ReviewEvent("ij-ü/7", Rating.EASY, T0, 0, Card.newCard(T0), learning),
                new ReviewEvent("q2", Rating.AGAIN, T0, Long.MAX_VALUE / 10,
                        new Card(CardState.RELEARNING, T0, 1e-7, 10.0, 0, 0, Integer.MAX_VALUE, -1, T0),
                        new Card(CardState.REVIEW, T0, 1.0E22, -0.0, 36500, 0, 1, 2, null)),
                new UndoEvent("q1", T0.plusSeconds(200), learning), new UndoEvent("q1", T0, Card.newCard(T0)),
                new BookmarkEvent("q2", true, T0), new BookmarkEvent("q2", false, T0),
                new SuspendEvent("q3", true, T0), new SuspendEvent("q3", false, T0.plusNanos(1)),
                new ResetEvent("q4", T0.plusSeconds(300)));
    }

    @ParameterizedTest
    @MethodSource("cardEvents")
    void everyCardEventTheAppWritesIsReadOnTheFastPathAsTheTreeReadsIt(ProgressEvent e) throws Exception {
        byte[] line = written(e);

        assertThat(viaCanonical(line)).isNotNull().isEqualTo(viaTree(line)).isEqualTo(e);
    }

    @Test
    void aSettingsEventIsLeftToTheTree() throws Exception {
        byte[] line = written(new SettingsChangedEvent(T0, Settings.defaults().withFontScalePercent(150)));

        assertThat(viaCanonical(line)).isNull();
        assertThat(viaTree(line)).isEqualTo(new SettingsChangedEvent(T0, Settings.defaults().withFontScalePercent(150)));
    }

    @Test
    void everyNumberIsReadToTheSameDoubleAsGsonReadsIt() throws Exception {
        Random random = new Random(42);
        List<Double> values = new ArrayList<>(List.of(0.1, 0.1 + 0.2, 1e-7, 0.001, 1234567.0, 9999999.0, 1.0E7,
                123456.789012345, 0.30000000000000004, 9.999999999999999E22, -0.0, Double.MIN_VALUE, Double.MAX_VALUE,
                Math.nextUp(1.0), Math.nextDown(100.0)));
        for (int i = 0; i < 20_000; i++) {
            values.add(random.nextDouble() * Math.pow(10, random.nextInt(24) - 8));
            values.add(Math.round(random.nextDouble() * 1e6) / 1e4); // short decimals, like FSRS values
        }
        for (double value : values) {
            Card card = new Card(CardState.REVIEW, T0, value, -value, 1, 0, 1, 0, T0);
            byte[] line = written(new UndoEvent("q1", T0, card));

            assertThat(viaCanonical(line)).as("%s", value).isEqualTo(viaTree(line));
        }
    }

    private static final String CARD = "{\"state\":\"review\",\"due\":\"2026-11-25T23:30:00Z\",\"stability\":2.5,"
            + "\"difficulty\":5.25,\"scheduledDays\":1,\"learningStep\":0,\"reps\":2,\"lapses\":0,"
            + "\"lastReview\":\"2026-11-24T23:30:00Z\"}";
    private static final String NEW_CARD = "{\"state\":\"new\",\"due\":\"2026-11-24T23:30:00Z\",\"stability\":0.0,"
            + "\"difficulty\":0.0,\"scheduledDays\":0,\"learningStep\":0,\"reps\":0,\"lapses\":0}";

    private static String reviewLine(String data) {
        return "{\"v\":1,\"type\":\"review\",\"data\":" + data + "}";
    }

    private static String reviewData(String questionId, String rating, String duration, String before) {
        return "{\"questionId\":" + questionId + ",\"at\":\"2026-11-24T23:30:00Z\",\"rating\":" + rating
                + ",\"durationMillis\":" + duration + ",\"before\":" + before + ",\"after\":" + CARD + "}";
    }

    static Stream<Arguments> oddButValidLines() {
        String canonical = reviewLine(reviewData("\"q1\"", "\"good\"", "1000", NEW_CARD));
        return Stream.of(
                Arguments.of("canonical (the reference)", canonical),
                Arguments.of("fields in another order", reviewLine("{\"after\":" + CARD + ",\"rating\":\"good\","
                        + "\"before\":" + NEW_CARD + ",\"durationMillis\":1000,\"questionId\":\"q1\","
                        + "\"at\":\"2026-11-24T23:30:00Z\"}")),
                Arguments.of("envelope in another order", "{\"type\":\"review\",\"data\":"
                        + reviewData("\"q1\"", "\"good\"", "1000", NEW_CARD) + ",\"v\":1}"),
                Arguments.of("extra whitespace", canonical.replace(",\"", " ,\t \"").replace("\":", "\" : ")),
                Arguments.of("unknown extra fields", reviewLine(reviewData("\"q1\"", "\"good\"", "1000",
                        NEW_CARD.replace("}", ",\"future\":{\"x\":[1,2]}}")).replace("{\"questionId\"",
                        "{\"source\":\"phone\",\"questionId\""))),
                Arguments.of("escaped string", reviewLine(reviewData("\"\\u0071\\u0031\"", "\"good\"", "1000",
                        NEW_CARD))),
                Arguments.of("null lastReview", reviewLine(reviewData("\"q1\"", "\"good\"", "1000",
                        NEW_CARD.replace("}", ",\"lastReview\":null}")))),
                Arguments.of("upper-case rating", reviewLine(reviewData("\"q1\"", "\"GOOD\"", "1000", NEW_CARD))),
                Arguments.of("whole number with a fraction", reviewLine(reviewData("\"q1\"", "\"good\"", "1000.0",
                        NEW_CARD))),
                Arguments.of("whole number with an exponent", reviewLine(reviewData("\"q1\"", "\"good\"", "1e3",
                        NEW_CARD))),
                Arguments.of("instant with a tenth of a second", reviewLine(reviewData("\"q1\"", "\"good\"", "1000",
                        NEW_CARD)).replace("23:30:00Z\",\"rating", "23:30:00.0Z\",\"rating")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddButValidLines")
    void anOddButValidLineGivesTheSameEventAsTheCanonicalOne(String what, String json) throws Exception {
        byte[] line = handWritten(json);
        ReviewEvent expected = new ReviewEvent("q1", Rating.GOOD, T0, 1000, Card.newCard(T0),
                new Card(CardState.REVIEW, T0.plusSeconds(86400), 2.5, 5.25, 1, 0, 2, 0, T0));

        assertThat(viaTree(line)).isEqualTo(expected);
        // Only the exact form the app writes takes the fast path; everything else falls back, never fails.
        assertThat(viaCanonical(line)).isEqualTo(what.startsWith("canonical") ? expected : null);
    }

    @Test
    void aJournalOfOddButValidLinesReplaysLikeTheEventsItHolds() throws IOException {
        List<byte[]> lines = oddButValidLines().map(a -> handWritten((String) a.get()[1])).toList();
        try (var out = Files.newOutputStream(dir.resolve(ProgressStore.JOURNAL_FILE))) {
            for (byte[] line : lines) {
                out.write(line);
            }
        }
        ReviewEvent expected = new ReviewEvent("q1", Rating.GOOD, T0, 1000, Card.newCard(T0),
                new Card(CardState.REVIEW, T0.plusSeconds(86400), 2.5, 5.25, 1, 0, 2, 0, T0));

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.openReport().eventsReplayed()).isEqualTo(lines.size());
            assertThat(store.openReport().notices()).isEmpty();
            assertThat(store.state()).isEqualTo(ProgressState.replay(Collections.nCopies(lines.size(),
                    expected)));
        }
    }

    @Test
    void aLineWithAGoodChecksumButBrokenJsonIsStillMovedAsDamaged() throws IOException {
        String broken = new String(written(review("q1", 1)), StandardCharsets.UTF_8).replace("\"after\":{", "\"after\":[");
        Files.write(dir.resolve(ProgressStore.JOURNAL_FILE), handWritten(broken.substring(0, broken.indexOf(",\"crc32c"))
                + "}"));

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.openReport().damagedLines()).isEqualTo(1);
            assertThat(Files.readString(store.openReport().corruptFile().orElseThrow())).startsWith("line 1 (invalid JSON");
        }
    }

    @Test
    void aCanonicalLineTheEventRejectsIsKeptAndReportedAsUninterpretable() throws IOException {
        byte[] line = handWritten(reviewLine(reviewData("\"q7\"", "\"good\"", "-5", NEW_CARD)));
        Files.write(dir.resolve(ProgressStore.JOURNAL_FILE), line);

        try (ProgressStore store = ProgressStore.open(dir, CLOCK)) {
            assertThat(store.openReport().unreadableEvents()).isEqualTo(1);
            assertThat(store.openReport().notices()).singleElement().asString().contains("could not be interpreted");
            assertThat(store.state().cards()).isEmpty();
        }
    }
}
