package org.smriti.core.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smriti.core.mock.MockFixtures.mcq;
import static org.smriti.core.mock.MockFixtures.mcqs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smriti.core.question.Assertion;
import org.smriti.core.question.Mcq;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionMeta;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Topic;

class MockSelectorTest {

    private static List<Question> bank(int perTopic, Topic... topics) {
        List<Question> bank = new ArrayList<>();
        for (Topic t : topics) {
            bank.addAll(mcqs(t.id(), t, perTopic));
        }
        return bank;
    }

    private static Map<Topic, Long> topicCounts(MockSelection selection, List<Question> bank) {
        Map<String, Question> byId = MockFixtures.byId(bank);
        return selection.questionIds().stream()
                .collect(Collectors.groupingBy(id -> byId.get(id).primaryTopic(), Collectors.counting()));
    }

    @Test
    void selectionIsSpreadEvenlyAcrossTopics() {
        List<Question> bank = bank(10, Topic.DEFENCE, Topic.ECONOMY, Topic.ENERGY);
        MockSelection s = MockSelector.select(MockSpec.custom(9, Duration.ofMinutes(10), 7), bank, Set.of());
        assertThat(topicCounts(s, bank)).containsOnly(
                Map.entry(Topic.DEFENCE, 3L), Map.entry(Topic.ECONOMY, 3L), Map.entry(Topic.ENERGY, 3L));
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "2", "3", "42"})
    void unevenCountsDifferByAtMostOneBetweenTopics(long seed) {
        List<Question> bank = bank(10, Topic.DEFENCE, Topic.ECONOMY, Topic.ENERGY);
        MockSelection s = MockSelector.select(MockSpec.custom(10, Duration.ofMinutes(10), seed), bank, Set.of());
        assertThat(topicCounts(s, bank).values()).containsExactlyInAnyOrder(4L, 3L, 3L);
    }

    @Test
    void aSmallTopicGivesAllItHasAndTheOthersShareTheRest() {
        List<Question> bank = new ArrayList<>(mcqs("h", Topic.HISTORY, 2));
        bank.addAll(bank(10, Topic.DEFENCE, Topic.ECONOMY));
        MockSelection s = MockSelector.select(MockSpec.custom(12, Duration.ofMinutes(15), 3), bank, Set.of());
        assertThat(topicCounts(s, bank)).containsOnly(
                Map.entry(Topic.HISTORY, 2L), Map.entry(Topic.DEFENCE, 5L), Map.entry(Topic.ECONOMY, 5L));
    }

    @Test
    void sameSeedAndSameBankGiveTheSameTestWhateverTheBankOrder() {
        List<Question> bank = bank(20, Topic.DEFENCE, Topic.ECONOMY, Topic.ENERGY, Topic.PEOPLE);
        MockSpec spec = MockSpec.of(MockPreset.SECTIONAL, 99);
        List<Question> reordered = new ArrayList<>(bank);
        Collections.reverse(reordered);

        assertThat(MockSelector.select(spec, reordered, Set.of()))
                .isEqualTo(MockSelector.select(spec, bank, Set.of()));
    }

    @Test
    void aNewSeedGivesAFreshTest() {
        List<Question> bank = bank(20, Topic.DEFENCE, Topic.ECONOMY, Topic.ENERGY, Topic.PEOPLE);
        MockSpec spec = MockSpec.of(MockPreset.SECTIONAL, 99);
        assertThat(MockSelector.select(spec.withSeed(100), bank, Set.of()).questionIds())
                .isNotEqualTo(MockSelector.select(spec, bank, Set.of()).questionIds());
    }

    @Test
    void onlyObjectiveQuestionsAreChosen() {
        List<Question> bank = List.of(
                mcq("m", Topic.ECONOMY, 1),
                MockFixtures.assertion("a", Topic.ECONOMY, Assertion.AssertionKey.ONLY_FIRST_TRUE),
                MockFixtures.flashcard("f", Topic.ECONOMY),
                MockFixtures.descriptive("d", Topic.ECONOMY));
        MockSelection s = MockSelector.select(MockSpec.of(MockPreset.QUICK, 1), bank, Set.of());
        assertThat(s.questionIds()).containsExactlyInAnyOrder("m", "a");
    }

    @Test
    void topicFilterMatchesAnyOfAQuestionsTopics() {
        Mcq both = new Mcq(new QuestionMeta("both", "p", "e", List.of(Topic.ECONOMY, Topic.ENERGY), 2,
                new SourceRef("d", "q"), null), List.of("w", "x", "y", "z"), 0);
        List<Question> bank = List.of(both, mcq("eco", Topic.ECONOMY, 0), mcq("def", Topic.DEFENCE, 0));
        MockSpec spec = MockSpec.custom(10, Duration.ofMinutes(12), 1).withTopics(List.of(Topic.ENERGY));
        assertThat(MockSelector.select(spec, bank, Set.of()).questionIds()).containsExactly("both");
    }

    @Test
    void difficultyFilterKeepsOnlyTheChosenLevels() {
        List<Question> bank = List.of(mcq("easy", Topic.ECONOMY, 1, 0), mcq("mid", Topic.ECONOMY, 2, 0),
                mcq("hard", Topic.ECONOMY, 3, 0));
        MockSpec spec = MockSpec.custom(10, Duration.ofMinutes(12), 1).withDifficulties(List.of(1, 3));
        assertThat(MockSelector.select(spec, bank, Set.of()).questionIds()).containsExactlyInAnyOrder("easy", "hard");
    }

    @Test
    void pyqFilterKeepsOnlyPreviousYearQuestions() {
        List<Question> bank = List.of(MockFixtures.pyq("p", Topic.ECONOMY), mcq("n", Topic.ECONOMY, 0));
        MockSpec spec = MockSpec.custom(10, Duration.ofMinutes(12), 1).withPyqOnly(true);
        assertThat(MockSelector.select(spec, bank, Set.of()).questionIds()).containsExactly("p");
    }

    @Test
    void weakSpotFilterKeepsOnlyTheGivenIds() {
        List<Question> bank = bank(5, Topic.ECONOMY);
        MockSpec spec = MockSpec.custom(10, Duration.ofMinutes(12), 1).withWeakSpotsOnly(true);
        assertThat(MockSelector.select(spec, bank, Set.of("economy-1", "economy-3")).questionIds())
                .containsExactlyInAnyOrder("economy-1", "economy-3");
    }

    @Test
    void weakSpotIdsAreIgnoredUnlessAsked() {
        List<Question> bank = bank(5, Topic.ECONOMY);
        MockSpec spec = MockSpec.custom(10, Duration.ofMinutes(12), 1);
        assertThat(MockSelector.select(spec, bank, Set.of("economy-1")).size()).isEqualTo(5);
    }

    @Test
    void presetTimeIsKeptWhenTheBankIsLargeEnough() {
        MockSelection s = MockSelector.select(MockSpec.of(MockPreset.QUICK, 1), bank(20, Topic.ECONOMY), Set.of());
        assertThat(s.size()).isEqualTo(10);
        assertThat(s.duration()).isEqualTo(Duration.ofMinutes(12));
    }

    @Test
    void fullPresetOnASmallBankTakesAllAndScalesTimeAt72SecondsAQuestion() {
        MockSelection s = MockSelector.select(MockSpec.of(MockPreset.FULL, 1), bank(30, Topic.ECONOMY), Set.of());
        assertThat(s.size()).isEqualTo(30);
        assertThat(s.duration()).isEqualTo(Duration.ofMinutes(36));
    }

    @Test
    void customTestKeepsItsTimeWhenTheBankIsSmaller() {
        MockSpec spec = MockSpec.custom(50, Duration.ofMinutes(45), 1);
        MockSelection s = MockSelector.select(spec, bank(20, Topic.ECONOMY), Set.of());
        assertThat(s.size()).isEqualTo(20);
        assertThat(s.duration()).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void nothingMatchingGivesAnEmptySelection() {
        MockSpec spec = MockSpec.of(MockPreset.QUICK, 1).withPyqOnly(true);
        assertThat(MockSelector.select(spec, bank(5, Topic.ECONOMY), Set.of()).isEmpty()).isTrue();
    }

    @Test
    void duplicateIdsInTheBankAreRejectedNamingTheId() {
        List<Question> bank = List.of(mcq("same", Topic.ECONOMY, 0), mcq("same", Topic.DEFENCE, 1));
        assertThatThrownBy(() -> MockSelector.select(MockSpec.of(MockPreset.QUICK, 1), bank, Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'same'");
    }

    @Test
    void presetSpecMustKeepThePresetSizeAndTime() {
        assertThatThrownBy(() -> new MockSpec(MockPreset.QUICK, 11, Duration.ofMinutes(12), Set.of(), Set.of(),
                false, false, Set.of(), 1, MarkingScheme.UPSC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("QUICK");
    }

    @Test
    void presetsAllowSeventyTwoSecondsAQuestion() {
        for (MockPreset p : MockPreset.values()) {
            if (!p.isCustom()) {
                assertThat(p.duration()).as(p.label()).isEqualTo(MockPreset.timeFor(p.count()));
            }
        }
    }

    @Test
    void fullTestOnALargeBankHasAHundredDistinctQuestionsSpreadEvenly() {
        List<Question> bank = bank(30, Topic.DEFENCE, Topic.ECONOMY, Topic.ENERGY, Topic.PEOPLE);
        List<String> ids = MockSelector.select(MockSpec.of(MockPreset.FULL, 5), bank, Set.of()).questionIds();
        assertThat(ids).hasSize(100).doesNotHaveDuplicates();
        assertThat(topicCounts(new MockSelection(ids, Duration.ofMinutes(1)), bank).values())
                .containsOnly(25L);
        assertThat(bank.stream().map(Question::id).collect(Collectors.toSet())).containsAll(ids);
    }
}
