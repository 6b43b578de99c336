package org.smriti.data.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.SourceRef;
import org.smriti.core.source.SourceDocument;
import org.smriti.core.source.Span;
import org.smriti.core.source.TextNormalizer;

/**
 * The project's own bank: whatever packs are in {@code question-bank/}, checked against {@code seeds/}, and
 * the examples of question-bank/README.md, which pack authors copy.
 */
class BundledBankTest {

    private static final Path BANK = Path.of("question-bank");
    private static final Path SEEDS = Path.of("seeds");

    private static LoadedBank projectBank() throws IOException {
        return BankLoader.loadDirectory(BANK, SEEDS);
    }

    /** Every ```json block of the README that is a question, gathered into one pack. */
    private static LoadedBank readmeExamples() throws IOException {
        String readme = Files.readString(BANK.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        List<String> questions = new ArrayList<>();
        while (block.find()) {
            if (block.group(1).contains("\"type\"")) {
                questions.add(block.group(1));
            }
        }
        String pack = "{\"format\": 1, \"pack\": \"readme\", \"title\": \"README\", \"questions\": ["
                + String.join(",", questions) + "]}";
        return BankLoader.load(List.of(TestPacks.pack("README.md", pack)), projectBank().documents());
    }

    private static String problems(LoadedBank loaded) {
        return loaded.problems().stream().map(PackProblem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void theProjectBankIsValid() throws IOException {
        LoadedBank loaded = projectBank();

        assertThat(loaded.refused()).as(problems(loaded)).isEmpty();
        assertThat(loaded.documents()).hasSize(5);
    }

    @Test
    void theBankOnTheClasspathIsTheProjectBank() throws IOException {
        LoadedBank bundled = BankLoader.loadBundled();

        assertThat(bundled.refused()).as(problems(bundled)).isEmpty();
        assertThat(bundled.bank().questions()).isEqualTo(projectBank().bank().questions());
        assertThat(bundled.documents()).isEqualTo(projectBank().documents());
    }

    @Test
    void everySeedHasACataloguedTitle() throws IOException {
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            List<String> files = seeds.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(projectBank().documents()).allSatisfy(d -> assertThat(d.title()).isNotEqualTo(d.file()))
                    .extracting(d -> d.file()).containsExactlyElementsOf(files);
        }
    }

    @Test
    void theReadmeExamplesAreValidAndCoverEveryType() throws IOException {
        LoadedBank examples = readmeExamples();

        assertThat(examples.refused()).as(problems(examples)).isEmpty();
        assertThat(examples.bank().countsByType().values()).allMatch(n -> n >= 1);
    }

    @Test
    void everyQuoteIsFoundInItsDocumentAtASpanThatNormalizesBackToIt() throws IOException {
        List<Question> questions = new ArrayList<>(projectBank().bank().questions());
        questions.addAll(readmeExamples().bank().questions());
        LoadedBank docs = projectBank();

        assertThat(questions).isNotEmpty().allSatisfy(q -> {
            SourceRef ref = q.source().orElseThrow();
            SourceDocument doc = docs.document(ref.doc()).orElseThrow();
            String raw = doc.text();
            Span span = doc.locate(ref.quote()).orElseThrow(
                    () -> new AssertionError(q.id() + ": quote not found"));
            // A quote may begin or end inside a link's text, so the span can hold half a link "[text](url)".
            String covered = raw.substring(span.start(), span.end())
                    .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                    .replaceAll("\\]\\([^)]*\\)", "")
                    .replaceAll("\\[(?=[^\\]]*$)", "");
            assertThat(TextNormalizer.normalize(covered).strip())
                    .as(q.id()).isEqualTo(TextNormalizer.normalizeQuote(ref.quote()));
        });
    }

    @Test
    void everyObjectiveQuestionHasFourDistinctDeterministicOptions() throws IOException {
        List<Question> questions = new ArrayList<>(projectBank().bank().questions());
        questions.addAll(readmeExamples().bank().questions());
        List<Question> reloaded = new ArrayList<>(projectBank().bank().questions());
        reloaded.addAll(readmeExamples().bank().questions());

        assertThat(questions).filteredOn(q -> q.type().isObjective()).isNotEmpty();
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i) instanceof ObjectiveQuestion) {
                ObjectiveQuestion q = (ObjectiveQuestion) questions.get(i);
                ObjectiveQuestion again = (ObjectiveQuestion) reloaded.get(i);
                assertThat(q.options()).as(q.id()).hasSize(4).doesNotHaveDuplicates().isEqualTo(again.options());
                assertThat(q.correctOption()).as(q.id()).isBetween(0, 3).isEqualTo(again.correctOption());
            }
        }
        assertThat(questions).extracting(Question::type).contains(QuestionType.STATEMENTS, QuestionType.PAIRS,
                QuestionType.CHRONOLOGY);
    }
}
