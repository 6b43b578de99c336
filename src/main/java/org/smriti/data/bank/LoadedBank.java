package org.smriti.data.bank;

import java.util.List;
import java.util.Optional;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.source.SourceDocument;

/**
 * The outcome of loading packs: the questions of every valid pack, those packs, the source documents, and
 * the packs refused whole with their problems (the app shows those; the rest of the bank is usable regardless).
 */
public record LoadedBank(QuestionBank bank, List<PackSummary> packs, List<SourceDocument> documents,
                         List<RefusedPack> refused) {

    public LoadedBank {
        packs = List.copyOf(packs);
        documents = List.copyOf(documents);
        refused = List.copyOf(refused);
    }

    public Optional<SourceDocument> document(String file) {
        return documents.stream().filter(d -> d.file().equals(file)).findFirst();
    }

    /** Every problem of every refused pack, in load order. */
    public List<PackProblem> problems() {
        return refused.stream().flatMap(r -> r.problems().stream()).toList();
    }

    public boolean allValid() {
        return refused.isEmpty();
    }
}
