package org.smriti.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.smriti.core.stats.StatsFixtures.NOW;
import static org.smriti.core.stats.StatsFixtures.SCHEDULER;
import static org.smriti.core.stats.StatsFixtures.card;
import static org.smriti.core.stats.StatsFixtures.flashcard;
import static org.smriti.core.stats.StatsFixtures.journal;
import static org.smriti.core.stats.StatsFixtures.mcq;
import static org.smriti.core.stats.StatsFixtures.mock;
import static org.smriti.core.stats.StatsFixtures.mocks;
import static org.smriti.core.stats.StatsFixtures.review;
import static org.smriti.core.stats.StatsFixtures.reviewed;
import static org.smriti.core.stats.StatsFixtures.topicRow;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.mock.MockHistory;
import org.smriti.core.progress.ProgressState;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.question.Topic;

class TopicMasteryTest {

    private static final QuestionBank BANK = new QuestionBank(List.of(
            mcq("h-new", Topic.HISTORY), mcq("h-learning", Topic.HISTORY), mcq("h-young", Topic.HISTORY),
            mcq("h-mature", Topic.HISTORY), flashcard("e-new", Topic.ENERGY)));

    private static final ProgressState STATE = journal(
            review("h-learning", Rating.AGAIN, NOW, CardState.NEW, card(CardState.LEARNING, NOW, NOW, 0, 0.5)),
            reviewed("h-young", Rating.GOOD, NOW.minus(Duration.ofDays(3)), CardState.NEW, 20),
            reviewed("h-mature", Rating.GOOD, NOW.minus(Duration.ofDays(3)), CardState.NEW, 21));

    @Test
    void countsEachTopicsCardsByStateWithMaturityFromTheInterval() {
        TopicMastery.Row history = TopicMastery.of(BANK, STATE, SCHEDULER, NOW, mocks()).rows().get(0);

        assertThat(history.topic()).isEqualTo(Topic.HISTORY);
        assertThat(List.of(history.fresh(), history.learning(), history.young(), history.mature()))
                .containsExactly(1, 1, 1, 1);
    }

    @Test
    void meanRecallIsOverStudiedCardsAndEmptyWhenNoneIsStudied() {
        TopicMastery mastery = TopicMastery.of(BANK, STATE, SCHEDULER, NOW, mocks());

        double expected = (SCHEDULER.retrievability(STATE.get("h-learning").orElseThrow().card().orElseThrow(), NOW)
                + SCHEDULER.retrievability(STATE.get("h-young").orElseThrow().card().orElseThrow(), NOW)
                + SCHEDULER.retrievability(STATE.get("h-mature").orElseThrow().card().orElseThrow(), NOW)) / 3;
        assertThat(mastery.rows().get(0).meanRecall().getAsDouble()).isCloseTo(expected, within(1e-12));
        assertThat(mastery.rows().get(1).topic()).isEqualTo(Topic.ENERGY);
        assertThat(mastery.rows().get(1).meanRecall()).isEmpty();
    }

    @Test
    void topicsWithoutQuestionsHaveNoRow() {
        assertThat(TopicMastery.of(BANK, STATE, SCHEDULER, NOW, mocks()).rows())
                .extracting(TopicMastery.Row::topic).containsExactly(Topic.HISTORY, Topic.ENERGY);
    }

    @Test
    void mockAccuracyAddsUpEveryTestsTopicTable() {
        MockHistory history = mocks(
                mock(NOW.minus(Duration.ofDays(2)), Duration.ofMinutes(10), topicRow(Topic.HISTORY, 4, 3),
                        topicRow(Topic.ENERGY, 2, 0)),
                mock(NOW.minus(Duration.ofDays(1)), Duration.ofMinutes(10), topicRow(Topic.HISTORY, 6, 2)));

        TopicMastery mastery = TopicMastery.of(BANK, STATE, SCHEDULER, NOW, history);

        assertThat(mastery.rows().get(0).mock()).isEqualTo(new Rate(5, 10));
        assertThat(mastery.rows().get(1).mock()).isEqualTo(new Rate(0, 2));
    }
}
