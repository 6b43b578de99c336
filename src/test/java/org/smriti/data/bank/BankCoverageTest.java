package org.smriti.data.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smriti.core.question.Facts;
import org.smriti.core.question.Mcq;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Pairs;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.Statements;

/** What the product promises about the bundled bank's content. */
class BankCoverageTest {

    private static LoadedBank bank;

    @BeforeAll
    static void load() throws IOException {
        bank = BankLoader.loadDirectory(Path.of("question-bank"), Path.of("seeds"));
    }

    @Test
    void holdsAtLeastThreeHundredQuestions() {
        assertThat(bank.refused()).isEmpty();
        assertThat(bank.bank().size()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void usesEveryFormat() {
        assertThat(bank.bank().countsByType().keySet()).containsExactlyInAnyOrder(QuestionType.values());
    }

    @Test
    void everyFactIsAskedAsAFlashcardAndObjectively() {
        List<Question> questions = bank.bank().questions();
        Facts facts = Facts.of(questions, (doc, quote) -> bank.document(doc).flatMap(d -> d.locate(quote)));
        List<String> missing = new ArrayList<>();
        for (List<String> ids : facts.groups().values()) {
            List<Question> group = ids.stream().map(id -> bank.bank().byId(id).orElseThrow()).toList();
            if (group.stream().allMatch(q -> q.pyq().isPresent() || q.type() == QuestionType.DESCRIPTIVE)) {
                continue; // previous-year and Mains questions stand as they were set
            }
            boolean recall = group.stream().anyMatch(q -> q.type() == QuestionType.FLASHCARD);
            boolean objective = group.stream().anyMatch(q -> q.type().isObjective());
            if (!recall || !objective) {
                missing.add(ids.toString());
            }
        }
        assertThat(missing).as("facts not asked both ways").isEmpty();
    }

    @Test
    void thePrelims2020G20QuestionIsExactlyAsSet() {
        Mcq g20 = (Mcq) bank.bank().byId("pyq-prelims-2020-g20").orElseThrow();
        assertThat(g20.prompt()).isEqualTo("In which one of the following groups are all the four countries members of G20?");
        assertThat(g20.options()).containsExactly("Argentina, Mexico, South Africa and Turkey",
                "Australia, Canada, Malaysia and New Zealand", "Brazil, Iran, Saudi Arabia and Vietnam",
                "Indonesia, Japan, Singapore and South Korea");
        assertThat(g20.correctOption()).isZero();
        assertThat(g20.pyq().orElseThrow().year()).isEqualTo(2020);
    }

    @Test
    void mainsQuestionsAreDescriptive() {
        assertThat(bank.bank().byId("pyq-mains-2020-quad").orElseThrow().type()).isEqualTo(QuestionType.DESCRIPTIVE);
        assertThat(bank.bank().byId("rel-mains-practice-dimensions").orElseThrow().type())
                .isEqualTo(QuestionType.DESCRIPTIVE);
    }

    /** Counting questions must not teach a pattern ("it is usually Only two"). */
    @Test
    void howManyAnswersAreSpreadOverTheirOptions() {
        Map<String, Map<Integer, Long>> byGroup = bank.bank().questions().stream()
                .filter(q -> q instanceof Pairs
                        || (q instanceof Statements && ((Statements) q).style() == Statements.Style.HOW_MANY))
                .collect(Collectors.groupingBy(q -> q.type().id() + "-" + ((ObjectiveQuestion) q).options().size()
                                + "-" + (q instanceof Pairs ? ((Pairs) q).pairs().size()
                                : ((Statements) q).statements().size()),
                        Collectors.groupingBy(q -> ((ObjectiveQuestion) q).correctOption(), Collectors.counting())));
        byGroup.forEach((group, counts) -> {
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            if (total >= 8) {
                assertThat(counts.values()).as(group + " " + counts).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(
                        (long) Math.ceil(total * 0.4)));
            }
        });
    }

    @Test
    void correctOptionsAreSpreadOverABCD() {
        Map<Integer, Long> positions = bank.bank().questions().stream()
                .filter(q -> q instanceof Mcq)
                .collect(Collectors.groupingBy(q -> ((Mcq) q).correctOption(), Collectors.counting()));
        long total = positions.values().stream().mapToLong(Long::longValue).sum();
        assertThat(positions.values()).allSatisfy(n -> assertThat(n).isBetween(total / 6, total / 3));
    }
}
