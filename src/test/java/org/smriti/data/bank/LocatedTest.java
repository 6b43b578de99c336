package org.smriti.data.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionMeta;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Topic;
import org.smriti.core.source.SourceDocument;
import org.smriti.core.source.Span;

/** Where the quotes of packs' questions sit, as the checked forms keep them. */
class LocatedTest {

    private static final SourceDocument NOTE = new SourceDocument("notes/polity.md", "Polity",
            "Article 14 gives equality. Article 21 protects life and personal liberty.", "");

    private static Question card(String id, String quote) {
        return new Flashcard(new QuestionMeta(id, "?", "", List.of(Topic.GENERAL), 2,
                new SourceRef(NOTE.file(), quote), null), "A");
    }

    @Test
    void eachQuoteIsFoundAgainWhereItWasAndAMissingOneStaysMissing() {
        List<Question> questions = List.of(card("a", "Article 21 protects life"), card("b", "Article 99 is missing"));

        Map<SourceRef, Span> places = Located.find(questions, List.of(NOTE)).asMap(Map.of(), questions);

        assertThat(places).containsOnlyKeys(new SourceRef(NOTE.file(), "Article 21 protects life"));
        assertThat(places.get(new SourceRef(NOTE.file(), "Article 21 protects life")))
                .isEqualTo(NOTE.locate("Article 21 protects life").orElseThrow());
    }

    @Test
    void theLazyLookUpIsMadeOnceAndOnlyWhenFirstRead() {
        AtomicInteger made = new AtomicInteger();
        Span span = new Span(0, 5);
        SourceRef ref = new SourceRef(NOTE.file(), "Article");
        Map<SourceRef, Span> places = new Located.OnFirstUse(() -> {
            made.incrementAndGet();
            return Map.of(ref, span);
        });

        assertThat(made).hasValue(0);
        assertThat(places.get(ref)).isEqualTo(span);
        assertThat(places).containsEntry(ref, span).hasSize(1);
        assertThat(made).hasValue(1);
        assertThatThrownBy(() -> places.put(ref, span)).isInstanceOf(UnsupportedOperationException.class);
    }
}
