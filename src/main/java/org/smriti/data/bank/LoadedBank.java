package org.smriti.data.bank;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.smriti.core.question.Facts;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.question.SourceRef;
import org.smriti.core.source.SourceDocument;
import org.smriti.core.source.Span;

/**
 * The outcome of loading packs: the questions of every valid pack, those packs, the source documents, and the
 * packs refused whole with their problems (the app shows those; the rest of the bank is usable regardless).
 *
 * @param located where quotes sit in their notes, as found when their packs were checked (the build's, or the data
 *                folder's {@code checked-packs.bin}) and only for notes unchanged since: a cache, so a quote not in it
 *                is looked up in its note
 * @param facts   which questions are on one fact, as found when the packs were checked ({@code checked-packs.bin}),
 *                if they were: {@link Facts#of} on this bank gives the same
 */
public record LoadedBank(QuestionBank bank, List<PackSummary> packs, List<SourceDocument> documents,
                         List<RefusedPack> refused, Map<SourceRef, Span> located, Optional<Facts> facts) {

    public LoadedBank {
        packs = List.copyOf(packs);
        documents = List.copyOf(documents);
        refused = List.copyOf(refused);
        located = located instanceof Located.OnFirstUse ? located : Map.copyOf(located); // that one is unmodifiable
        Objects.requireNonNull(facts, "facts");
    }

    /** A bank whose facts are worked out when needed. */
    public LoadedBank(QuestionBank bank, List<PackSummary> packs, List<SourceDocument> documents,
                      List<RefusedPack> refused, Map<SourceRef, Span> located) {
        this(bank, packs, documents, refused, located, Optional.empty());
    }

    /** A bank with no quote located yet. */
    public LoadedBank(QuestionBank bank, List<PackSummary> packs, List<SourceDocument> documents,
                      List<RefusedPack> refused) {
        this(bank, packs, documents, refused, Map.of());
    }

    public Optional<SourceDocument> document(String file) {
        return documents.stream().filter(d -> d.file().equals(file)).findFirst();
    }

    /**
     * The short name ({@code "pack"} field) of the pack each question came from, by question id. The bank holds
     * the questions of the loaded packs in load order, each pack's {@link PackSummary#questions()} in a row.
     */
    public Map<String, String> packNames() {
        Map<String, String> names = new HashMap<>();
        List<Question> questions = bank.questions();
        int next = 0;
        for (PackSummary pack : packs) {
            for (int i = 0; i < pack.questions(); i++) {
                names.put(questions.get(next++).id(), pack.pack());
            }
        }
        return names;
    }

    /** Every problem of every refused pack, in load order. */
    public List<PackProblem> problems() {
        return refused.stream().flatMap(r -> r.problems().stream()).toList();
    }

    public boolean allValid() {
        return refused.isEmpty();
    }
}
