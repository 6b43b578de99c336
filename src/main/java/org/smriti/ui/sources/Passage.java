package org.smriti.ui.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.smriti.core.question.Question;
import org.smriti.core.source.SourceDocument;
import org.smriti.core.source.Span;

/**
 * A stretch of a note quoted by one or more questions (overlapping quotes are merged), as raw offsets of the
 * note's text, {@code start} inclusive and {@code end} exclusive.
 */
public record Passage(String doc, int start, int end, List<Question> questions) {

    public Passage {
        questions = List.copyOf(questions);
    }

    boolean contains(int rawOffset) {
        return rawOffset >= start && rawOffset < end;
    }

    boolean overlaps(Span span) {
        return start < span.end() && span.start() < end;
    }

    Span span() {
        return new Span(start, end);
    }

    /** The passages of {@code doc} quoted by {@code questions} (those citing other notes are ignored), in order. */
    static List<Passage> of(SourceDocument doc, List<Question> questions) {
        record Located(Span span, Question question) {
        }
        List<Located> located = new ArrayList<>();
        for (Question q : questions) {
            q.source().filter(ref -> ref.doc().equals(doc.file()))
                    .flatMap(ref -> doc.locate(ref.quote()))
                    .ifPresent(s -> located.add(new Located(s, q)));
        }
        located.sort(Comparator.comparingInt((Located l) -> l.span().start()).thenComparingInt(l -> l.span().end()));
        List<Passage> merged = new ArrayList<>();
        int start = -1;
        int end = -1;
        List<Question> group = new ArrayList<>();
        for (Located l : located) {
            if (l.span().start() < end) {
                end = Math.max(end, l.span().end());
            } else {
                if (!group.isEmpty()) {
                    merged.add(new Passage(doc.file(), start, end, group));
                }
                group = new ArrayList<>();
                start = l.span().start();
                end = l.span().end();
            }
            group.add(l.question());
        }
        if (!group.isEmpty()) {
            merged.add(new Passage(doc.file(), start, end, group));
        }
        return List.copyOf(merged);
    }
}
