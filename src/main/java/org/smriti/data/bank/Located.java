package org.smriti.data.bank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smriti.core.question.Question;
import org.smriti.core.question.SourceRef;
import org.smriti.core.source.SourceDocument;
import org.smriti.core.source.Span;

/** Where one quote was found in its note, as the checked forms of packs keep it. */
record Located(SourceRef source, Span span) {

    /** Every distinct quote of {@code questions} found in its document, in question order. */
    static List<Located> find(List<Question> questions, List<SourceDocument> documents) {
        Map<String, SourceDocument> byFile = new HashMap<>();
        documents.forEach(d -> byFile.put(d.file(), d));
        Map<SourceRef, Span> found = new HashMap<>();
        List<Located> located = new ArrayList<>();
        for (Question q : questions) {
            Optional<SourceRef> source = q.source().filter(s -> !found.containsKey(s));
            Optional<Span> span = source.map(s -> byFile.get(s.doc())).flatMap(d -> d.locate(source.get().quote()));
            if (span.isPresent()) {
                found.put(source.get(), span.get());
                located.add(new Located(source.get(), span.get()));
            }
        }
        return located;
    }

    /** {@code known} and these places, as a look-up. */
    static Map<SourceRef, Span> asMap(Map<SourceRef, Span> known, List<Located> located) {
        Map<SourceRef, Span> map = new HashMap<>(known);
        for (Located l : located) {
            map.put(l.source(), l.span());
        }
        return map;
    }
}
