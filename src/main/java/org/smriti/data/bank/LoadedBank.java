package org.smriti.data.bank;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.question.SourceStatus;
import org.smriti.core.source.SourceDocument;

/**
 * The outcome of loading packs: the questions of every valid pack, those packs, the source documents, the
 * packs refused whole with their problems (the app shows those; the rest of the bank is usable regardless), and
 * the own cards whose note or quote has gone since they were made.
 */
public record LoadedBank(QuestionBank bank, List<PackSummary> packs, List<SourceDocument> documents,
                         List<RefusedPack> refused, Map<String, SourceStatus> sourceFlags) {

    public LoadedBank {
        packs = List.copyOf(packs);
        documents = List.copyOf(documents);
        refused = List.copyOf(refused);
        sourceFlags = Map.copyOf(sourceFlags);
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
