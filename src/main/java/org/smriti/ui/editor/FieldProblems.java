package org.smriti.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.smriti.core.question.DraftProblem;

/**
 * The validator's problems sorted by the field that shows them: each field's text is bound beside it, and what no
 * field of the current type shows (an id problem, say) is shown above the fields.
 */
final class FieldProblems {

    private final Map<String, ReadOnlyStringWrapper> about = new HashMap<>();
    private final Map<String, ReadOnlyStringWrapper> exactly = new HashMap<>();
    private final ReadOnlyStringWrapper elsewhere = new ReadOnlyStringWrapper(this, "elsewhere", "");
    private List<DraftProblem> problems = List.of();
    private List<String> shown = List.of();
    private Function<DraftProblem, String> besideWords = DraftProblem::message;
    private Function<DraftProblem, String> aloneWords = DraftProblem::message;

    /** The problems of {@code path} and of everything inside it ({@code pairs[1]} covers {@code pairs[1].actual}). */
    ReadOnlyStringProperty about(String path) {
        return about.computeIfAbsent(path, p -> new ReadOnlyStringWrapper(this, p, text(about(p, problems))))
                .getReadOnlyProperty();
    }

    /** The problems of the list {@code path} as a whole ({@code options}: "needs exactly 4 options"). */
    ReadOnlyStringProperty exactly(String path) {
        return exactly.computeIfAbsent(path, p -> new ReadOnlyStringWrapper(this, p, text(exactly(p, problems))))
                .getReadOnlyProperty();
    }

    /** Problems of fields the current type does not show, or of the card as a whole. */
    ReadOnlyStringProperty elsewhere() {
        return elsewhere.getReadOnlyProperty();
    }

    /**
     * @param shownFields the fields the editor shows for the current type: their problems go beside them
     * @param beside      words for a problem shown beside its field
     * @param alone       words for a problem shown away from any field (they name the field)
     */
    void publish(List<DraftProblem> all, List<String> shownFields, Function<DraftProblem, String> beside,
            Function<DraftProblem, String> alone) {
        problems = List.copyOf(all);
        shown = List.copyOf(shownFields);
        besideWords = beside;
        aloneWords = alone;
        about.forEach((path, text) -> text.set(text(about(path, problems))));
        exactly.forEach((path, text) -> text.set(text(exactly(path, problems))));
        elsewhere.set(problems.stream().filter(p -> !isShown(p)).map(aloneWords).collect(Collectors.joining("\n")));
    }

    /** The field of the first problem a field shows, in the validator's order, to take the caret there. */
    Optional<String> firstShown() {
        return problems.stream().filter(this::isShown).map(DraftProblem::field).findFirst();
    }

    private boolean isShown(DraftProblem p) {
        return shown.stream().anyMatch(p::concerns);
    }

    private List<DraftProblem> about(String path, List<DraftProblem> from) {
        return from.stream().filter(p -> p.concerns(path)).toList();
    }

    private List<DraftProblem> exactly(String path, List<DraftProblem> from) {
        return from.stream().filter(p -> path.equals(p.field())).toList();
    }

    private String text(List<DraftProblem> of) {
        return of.stream().filter(this::isShown).map(besideWords).collect(Collectors.joining("\n"));
    }
}
