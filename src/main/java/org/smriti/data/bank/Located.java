package org.smriti.data.bank;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.smriti.core.question.Question;
import org.smriti.core.question.SourceRef;
import org.smriti.core.source.SourceDocument;
import org.smriti.core.source.Span;

/**
 * Where the quotes of some questions sit in their notes, as the checked forms of packs keep them: for each question
 * with a source, in order, its span's start and end, or -1 if its quote was not found. Numbers rather than records,
 * so that reading thousands back at start costs next to nothing.
 */
record Located(List<Integer> spans) {

    private static final int NOT_FOUND = -1;

    Located {
        spans = List.copyOf(spans);
    }

    /** Where each quote of {@code questions} is in its document. */
    static Located find(List<Question> questions, List<SourceDocument> documents) {
        Map<String, SourceDocument> byFile = new HashMap<>();
        documents.forEach(d -> byFile.put(d.file(), d));
        Map<SourceRef, Optional<Span>> found = new HashMap<>();
        List<Integer> spans = new ArrayList<>();
        for (Question q : questions) {
            if (q.source().isEmpty()) {
                continue;
            }
            SourceRef source = q.source().get();
            Optional<Span> span = found.computeIfAbsent(source, s -> Optional.ofNullable(byFile.get(s.doc()))
                    .flatMap(d -> d.locate(s.quote())));
            if (span.isPresent()) {
                spans.add(span.get().start());
                spans.add(span.get().end());
            } else {
                spans.add(NOT_FOUND);
            }
        }
        return new Located(spans);
    }

    /**
     * {@code known} and the places of {@code questions}' quotes (the questions this was found for), as a look-up made
     * when first used: a start that takes its facts from the checked packs looks up no quote.
     */
    Map<SourceRef, Span> asLazyMap(Map<SourceRef, Span> known, List<Question> questions) {
        return new OnFirstUse(() -> asMap(known, questions));
    }

    /** {@code known} and the places of {@code questions}' quotes (the questions this was found for), as a look-up. */
    Map<SourceRef, Span> asMap(Map<SourceRef, Span> known, List<Question> questions) {
        Map<SourceRef, Span> map = new HashMap<>(known);
        int at = 0;
        for (Question q : questions) {
            if (q.source().isEmpty()) {
                continue;
            }
            int start = spans.get(at++);
            if (start != NOT_FOUND) {
                map.put(q.source().get(), new Span(start, spans.get(at++)));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** An unmodifiable map made when first read. */
    static final class OnFirstUse extends AbstractMap<SourceRef, Span> {

        private Supplier<Map<SourceRef, Span>> make;
        private volatile Map<SourceRef, Span> made;

        OnFirstUse(Supplier<Map<SourceRef, Span>> make) {
            this.make = make;
        }

        private Map<SourceRef, Span> map() {
            Map<SourceRef, Span> map = made;
            if (map == null) {
                synchronized (this) {
                    if (made == null) {
                        made = make.get();
                        make = null;
                    }
                    map = made;
                }
            }
            return map;
        }

        @Override
        public Span get(Object key) {
            return map().get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return map().containsKey(key);
        }

        @Override
        public int size() {
            return map().size();
        }

        @Override
        public Set<Entry<SourceRef, Span>> entrySet() {
            return map().entrySet();
        }
    }
}
