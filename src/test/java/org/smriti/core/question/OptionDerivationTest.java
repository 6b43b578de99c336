package org.smriti.core.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smriti.core.question.Statements.Style.HOW_MANY;
import static org.smriti.core.question.Statements.Style.WHICH;
import static org.smriti.core.question.TestQuestions.chronology;
import static org.smriti.core.question.TestQuestions.pairs;
import static org.smriti.core.question.TestQuestions.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionDerivationTest {

    private static boolean[] truths(String pattern) {
        boolean[] truths = new boolean[pattern.length()];
        for (int i = 0; i < truths.length; i++) {
            truths[i] = pattern.charAt(i) == 'T';
        }
        return truths;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "TF, 1 only",
        "FT, 2 only",
        "TT, Both 1 and 2",
        "FF, Neither 1 nor 2",
    })
    void whichWithTwoStatementsUsesTheFixedFourOptions(String pattern, String expected) {
        OptionDerivation.Derived d = OptionDerivation.forStatements(statements("q", WHICH, truths(pattern)));

        assertThat(d.options()).containsExactly("1 only", "2 only", "Both 1 and 2", "Neither 1 nor 2");
        assertThat(d.correctText()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "TFF, Only one", "TTF, Only two", "TTT, All three", "FFF, None",
        "FTFF, Only one", "TTFF, Only two", "TTFT, Only three", "TTTT, All four",
    })
    void howManyCountsTheTrueStatements(String pattern, String expected) {
        OptionDerivation.Derived d = OptionDerivation.forStatements(statements("q", HOW_MANY, truths(pattern)));

        assertThat(d.correctText()).isEqualTo(expected);
        assertThat(d.options()).hasSize(4).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"TFT, Only two", "FFF, None", "TTTT, All four", "FFFT, Only one"})
    void pairsCountTheCorrectlyMatchedPairs(String pattern, String expected) {
        assertThat(OptionDerivation.forPairs(pairs("p", truths(pattern))).correctText()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"TFT, 1 and 3 only", "TTT, '1, 2 and 3'", "FTF, 2 only", "TTFT, '1, 2 and 4 only'",
        "TTTT, '1, 2, 3 and 4'", "FFFT, 4 only"})
    void whichWithThreeOrFourStatementsOffersTheCorrectCombination(String pattern, String expected) {
        OptionDerivation.Derived d = OptionDerivation.forStatements(statements("q-" + pattern, WHICH, truths(pattern)));

        assertThat(d.correctText()).isEqualTo(expected);
        assertThat(d.options()).hasSize(4).doesNotHaveDuplicates().noneMatch(o -> o.contains("None"));
    }

    @Test
    void whichCombinationsAreShownSmallestFirstThenInNumberOrder() {
        for (int i = 0; i < 40; i++) {
            List<String> options = OptionDerivation.forStatements(
                    statements("order-" + i, WHICH, true, false, true, true)).options();
            List<String> numbers = options.stream().map(o -> o.replaceAll("[^0-9]", "")).toList();
            List<String> canonical = new ArrayList<>(numbers);
            // Digits of a label, e.g. "134": fewer statements first, then in number order.
            canonical.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
            assertThat(numbers).as("order-" + i).isEqualTo(canonical);
        }
    }

    @Test
    void whichDistractorsArePinnedForAGivenId() {
        // A change here would silently change every learner's options: the derivation must stay stable.
        assertThat(OptionDerivation.forStatements(statements("his-partnership-statements", WHICH, true, false, true))
                .options()).containsExactly(PINNED_WHICH);
    }

    private static final String[] PINNED_WHICH = {"1 and 2 only", "1 and 3 only", "2 and 3 only", "1, 2 and 3"};

    @Test
    void chronologyCorrectOptionListsEventNumbersEarliestFirst() {
        OptionDerivation.Derived d = OptionDerivation.forChronology(chronology("c", 2014, 2000, 2006));

        assertThat(d.correctText()).isEqualTo("2-3-1");
    }

    @Test
    void chronologyOptionsAreDistinctPermutationsInLexicographicOrder() {
        for (int i = 0; i < 40; i++) {
            List<String> options = OptionDerivation.forChronology(chronology("chrono-" + i, 2015, 2008, 2020, 2000))
                    .options();
            assertThat(options).hasSize(4).doesNotHaveDuplicates().isSorted()
                    .allMatch(o -> o.matches("[1-4]-[1-4]-[1-4]-[1-4]"))
                    .contains("4-2-1-3");
        }
    }

    @Test
    void chronologyOptionsArePinnedForAGivenId() {
        assertThat(OptionDerivation.forChronology(chronology("his-partnership-chronology", 2014, 2000, 2006))
                .options()).containsExactly(PINNED_CHRONOLOGY);
    }

    private static final String[] PINNED_CHRONOLOGY = {"1-3-2", "2-3-1", "3-1-2", "3-2-1"};

    @Test
    void theSameQuestionAlwaysGetsTheSameOptions() {
        Statements a = statements("same-id", WHICH, true, true, false, false);
        Statements b = statements("same-id", WHICH, true, true, false, false);

        assertThat(OptionDerivation.forStatements(a)).isEqualTo(OptionDerivation.forStatements(b));
        assertThat(a.options()).isEqualTo(a.options());
        assertThat(a.correctOption()).isEqualTo(b.correctOption());
    }

    @Test
    void distractorsDependOnTheQuestionId() {
        Set<List<String>> optionSets = new HashSet<>();
        IntStream.range(0, 30).forEach(i -> optionSets.add(
                OptionDerivation.forStatements(statements("id-" + i, WHICH, true, false, false)).options()));

        assertThat(optionSets).hasSizeGreaterThan(5);
    }

    @Test
    void theCorrectAnswerStandsAtEveryPositionAcrossQuestions() {
        Set<Integer> positions = new HashSet<>();
        IntStream.range(0, 40).forEach(i -> {
            positions.add(OptionDerivation.forStatements(statements("w-" + i, WHICH, true, true, false)).correct());
            positions.add(OptionDerivation.forChronology(chronology("c-" + i, 2000, 2014, 2006)).correct());
        });

        assertThat(positions).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void correctOptionIndexPointsAtTheCorrectText() {
        Chronology c = chronology("idx", 1952, 1903, 2000);

        assertThat(c.options().get(c.correctOption())).isEqualTo("2-1-3");
    }

    @Test
    void chosenCombinationsAreShownInCanonicalOrderWithTheKeyAmongThem() {
        Statements s = new Statements(statements("chosen", WHICH, true, false, true).meta(),
                statements("chosen", WHICH, true, false, true).statements(), WHICH,
                List.of(List.of(1, 2, 3), List.of(2, 3), List.of(1, 3), List.of(1)));

        assertThat(s.options()).containsExactly("1 only", "1 and 3 only", "2 and 3 only", "1, 2 and 3");
        assertThat(s.correctOption()).isEqualTo(1);
    }

    @Test
    void chosenOrderingsAreShownInDictionaryOrderWithTheKeyAmongThem() {
        Chronology c = chronology("chosen", 2014, 2000, 2006);
        Chronology chosen = new Chronology(c.meta(), c.events(),
                List.of(List.of(3, 2, 1), List.of(2, 3, 1), List.of(2, 1, 3), List.of(3, 1, 2)));

        assertThat(chosen.options()).containsExactly("2-1-3", "2-3-1", "3-1-2", "3-2-1");
        assertThat(chosen.correctOption()).isEqualTo(1);
    }

    @Test
    void chosenOptionsWithoutTheKeyOrWhereOptionsAreFixedAreRejected() {
        Statements howMany = statements("h", HOW_MANY, true, false, true);
        Chronology c = chronology("k", 2014, 2000, 2006);

        assertThatThrownBy(() -> new Statements(howMany.meta(), howMany.statements(), HOW_MANY,
                List.of(List.of(1), List.of(2), List.of(3), List.of(1, 3))).options())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only \"which\"");
        assertThatThrownBy(() -> new Chronology(c.meta(), c.events(),
                List.of(List.of(1, 2, 3), List.of(1, 3, 2), List.of(3, 2, 1), List.of(3, 1, 2))).options())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not among");
        assertThatThrownBy(() -> new Chronology(c.meta(), c.events(),
                List.of(List.of(2, 3, 1), List.of(2, 3, 1), List.of(3, 2, 1), List.of(3, 1, 2))).options())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 distinct");
    }

    @Test
    void shapesTheValidatorRefusesAreRejected() {
        assertThatThrownBy(() -> OptionDerivation.forStatements(statements("a", WHICH, false, false, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one true");
        assertThatThrownBy(() -> OptionDerivation.forStatements(statements("b", HOW_MANY, false, false, false, false)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OptionDerivation.forStatements(statements("c", HOW_MANY, true, false)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OptionDerivation.forChronology(chronology("d", 2000, 2006, 2000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct");
        assertThatThrownBy(() -> OptionDerivation.forPairs(pairs("e", true, false)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} of {1} -> {2}")
    @CsvSource({"1, 3, 1 only", "6, 3, 2 and 3 only", "7, 3, '1, 2 and 3'", "11, 4, '1, 2 and 4 only'",
        "15, 4, '1, 2, 3 and 4'", "10, 4, 2 and 4 only"})
    void subsetLabelsFollowUpscWording(int mask, int n, String label) {
        assertThat(OptionDerivation.subsetLabel(mask, n)).isEqualTo(label);
    }

    @Test
    void fnvHashIsTheStandardOne() {
        // Published FNV-1a 64 test vectors.
        assertThat(OptionDerivation.fnv1a64("")).isEqualTo(0xcbf29ce484222325L);
        assertThat(OptionDerivation.fnv1a64("a")).isEqualTo(0xaf63dc4c8601ec8cL);
    }
}
