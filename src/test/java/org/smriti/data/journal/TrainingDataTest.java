package org.smriti.data.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.DayClock;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.fsrs.optimizer.TrainingSet;
import org.smriti.core.progress.ResetEvent;
import org.smriti.core.progress.ReviewEvent;
import org.smriti.core.progress.UndoEvent;

/** Training items from a data folder's journal, read through the open store or without the folder's lock. */
class TrainingDataTest {

    private static final DayClock CLOCK = DayClock.of(ZoneOffset.UTC, 4);
    private static final Instant DAY0 = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path dir;

    private static ReviewEvent review(String id, int day, Rating rating) {
        Card card = Card.newCard(DAY0);
        return new ReviewEvent(id, rating, DAY0.plusSeconds(86_400L * day), 4000, card, card);
    }

    private void writeJournal() throws IOException {
        try (ProgressStore store = ProgressStore.open(dir, Fixtures.CLOCK)) {
            store.append(review("a", 0, Rating.GOOD));
            store.append(review("a", 2, Rating.GOOD));
            store.append(review("a", 9, Rating.AGAIN));
            store.append(new UndoEvent("a", DAY0.plusSeconds(86_400L * 9 + 3), Card.newCard(DAY0)));
            store.append(review("b", 1, Rating.HARD));
            store.append(review("b", 4, Rating.GOOD));
            store.append(new ResetEvent("b", DAY0.plusSeconds(86_400L * 5)));
            store.append(review("b", 6, Rating.GOOD));
            store.append(review("b", 8, Rating.GOOD));
        }
    }

    @Test
    void theJournalsReviewsMakeTheItemsWithUndosAndResetsApplied() throws IOException {
        writeJournal();
        TrainingSet set = TrainingData.readUnlocked(dir, CLOCK);
        // a: Good, Good 2 days later (the Again was undone); b: Hard, Good 3 days later; after the reset b starts
        // again: Good, Good 2 days later
        assertThat(set.items()).hasSize(3);
        assertThat(set.histories()).isEqualTo(3);
        assertThat(set.reviews()).isEqualTo(6);
    }

    @Test
    void theOpenStoreGivesTheSameItemsAsReadingTheFileWithoutTheLock() throws IOException {
        writeJournal();
        try (ProgressStore store = ProgressStore.open(dir, Fixtures.CLOCK)) {
            assertThat(TrainingData.of(store, CLOCK)).isEqualTo(TrainingData.readUnlocked(dir, CLOCK));
        }
    }

    @Test
    void aLineStillBeingWrittenIsLeftOutAndNothingIsChanged() throws IOException {
        writeJournal();
        Path journal = dir.resolve(ProgressStore.JOURNAL_FILE);
        Files.writeString(journal, "{\"v\":1,\"type\":\"review\",\"data\":{\"questionId\":\"c\"",
                StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(journal);

        assertThat(TrainingData.readUnlocked(dir, CLOCK).items()).hasSize(3);
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
    }

    @Test
    void aFolderWithoutAJournalHasNoItems() throws IOException {
        assertThat(TrainingData.readUnlocked(dir, CLOCK).items()).isEmpty();
    }
}
