package org.smriti.data.interop;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionType;

/**
 * What importing a file would add, shown before anything is saved. Either it has no problems, and then its
 * questions and the pack JSON to write, or it has problems and nothing may be imported (all or nothing).
 *
 * @param source    the chosen file's name, e.g. {@code mine.csv}
 * @param target    the file it would become in the data folder, e.g. {@code packs/mine.json}
 * @param packJson  the pack in the bank's JSON format; {@code null} when there are problems
 * @param questions the questions it would add, in file order; empty when there are problems
 * @param problems  every problem found, one line each, naming the file, row or question and column or field
 */
public record ImportPreview(String source, String target, byte[] packJson, List<Question> questions,
                            List<String> problems) {

    public ImportPreview {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
        if (problems.isEmpty() == (packJson == null)) {
            throw new IllegalArgumentException(source + ": a preview has either pack JSON or problems");
        }
    }

    static ImportPreview refused(String source, String target, List<String> problems) {
        return new ImportPreview(source, target, null, List.of(), problems);
    }

    public boolean canImport() {
        return problems.isEmpty();
    }

    /** How many questions of each type, in the order of {@link QuestionType}; types with none are left out. */
    public Map<QuestionType, Integer> countsByType() {
        Map<QuestionType, Integer> counts = new EnumMap<>(QuestionType.class);
        questions.forEach(q -> counts.merge(q.type(), 1, Integer::sum));
        return counts;
    }

    /** E.g. {@code 3 questions (1 mcq, 2 flashcard)}. */
    public String summary() {
        int n = questions.size();
        return n + (n == 1 ? " question (" : " questions (") + countsByType().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().id()).collect(Collectors.joining(", ")) + ")";
    }

    /** The prompts of the first {@code n} questions, for the preview. */
    public List<String> firstPrompts(int n) {
        return questions.stream().limit(n).map(Question::prompt).toList();
    }
}
