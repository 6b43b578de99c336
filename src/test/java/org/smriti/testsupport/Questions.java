package org.smriti.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smriti.core.question.Facts;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.Mcq;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.question.QuestionMeta;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Topic;
import org.smriti.core.source.Span;

/** Small hand-built questions for tests that do not need the real bank. */
public final class Questions {

    private Questions() {
    }

    public static Mcq mcq(String id, Topic topic, int correct) {
        return new Mcq(meta(id, topic), List.of("first", "second", "third", "fourth"), correct);
    }

    public static Flashcard flashcard(String id, Topic topic) {
        return new Flashcard(meta(id, topic), "the answer of " + id);
    }

    /** A flashcard on the same fact (same source quote) as {@code siblingOf}. */
    public static Flashcard sibling(String id, String siblingOf, Topic topic) {
        return new Flashcard(new QuestionMeta(id, "Question " + id + "?", "Because " + id + ".", List.of(topic), 1,
                new SourceRef("000_2b59ad7f4d9ca176.txt", "quote of " + siblingOf), null), "the answer of " + id);
    }

    /** Facts of a hand-built bank: questions whose quotes are equal are on one fact. */
    public static Facts factsOf(QuestionBank bank) {
        Map<String, Integer> quotes = new HashMap<>();
        return Facts.of(bank.questions(), (doc, quote) -> {
            int k = quotes.computeIfAbsent(quote, q -> quotes.size());
            return Optional.of(new Span(k * 1000, k * 1000 + 10));
        });
    }

    private static QuestionMeta meta(String id, Topic topic) {
        return new QuestionMeta(id, "Question " + id + "?", "Because " + id + ".", List.of(topic), 1,
                new SourceRef("000_2b59ad7f4d9ca176.txt", "quote of " + id), null);
    }
}
