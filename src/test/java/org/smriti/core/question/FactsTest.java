package org.smriti.core.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.smriti.core.source.Span;

class FactsTest {

    private static Question card(String id, String quote) {
        return new Flashcard(new QuestionMeta(id, "p", "e", List.of(Topic.HISTORY), 1, new SourceRef("d", quote), null),
                "a");
    }

    private static final Map<String, Span> SPANS = Map.of(
            "elephant", new Span(10, 40),
            "elephant 1949", new Span(20, 60),
            "treaty", new Span(100, 130),
            "summit", new Span(130, 150));

    private static Facts facts(Question... questions) {
        return Facts.of(List.of(questions), (doc, quote) -> Optional.ofNullable(SPANS.get(quote)));
    }

    @Test
    void idsWithTheSameStemAreOneFact() {
        Facts f = facts(card("rel-treaty-card", "treaty"), card("rel-treaty-mcq", "summit"));
        assertThat(f.factOf("rel-treaty-card")).isEqualTo(f.factOf("rel-treaty-mcq"));
    }

    @Test
    void overlappingQuotesAreOneFact() {
        Facts f = facts(card("a-card", "elephant"), card("b-mcq", "elephant 1949"));
        assertThat(f.factOf("a-card")).isEqualTo(f.factOf("b-mcq"));
    }

    @Test
    void touchingButNotOverlappingQuotesAreDifferentFacts() {
        Facts f = facts(card("a-card", "treaty"), card("b-card", "summit"));
        assertThat(f.factOf("a-card")).isNotEqualTo(f.factOf("b-card"));
    }

    @Test
    void stemIgnoresOnlyAFormWord() {
        assertThat(Facts.stem("rel-nehru-elephant-card")).isEqualTo("rel-nehru-elephant");
        assertThat(Facts.stem("pyq-prelims-2020-g20")).isEqualTo("pyq-prelims-2020-g20");
    }

    @Test
    void aFactIsNamedByItsLeastIdWhateverTheOrderOfTheBank() {
        Question card = card("z-card", "elephant");
        Question mcq = card("b-mcq", "elephant 1949");
        Question other = card("a-card", "treaty");

        Facts forward = facts(card, mcq, other);
        Facts backward = facts(other, mcq, card);

        assertThat(forward.factOf("z-card")).isEqualTo("b-mcq");
        assertThat(backward.shared()).isEqualTo(forward.shared());
    }

    @Test
    void factsKeptAsSharedAreTheFactsFound() {
        Question xCard = card("x-card", "treaty");
        Question xMcq = card("x-mcq", "treaty");
        Question yCard = card("y-card", "summit");
        Facts found = facts(xCard, xMcq, yCard);
        List<String> sharing = List.copyOf(found.shared().keySet());

        Facts known = Facts.known(List.of(xCard, xMcq, yCard), sharing, sharing.stream().map(found::factOf).toList());

        assertThat(known.groups()).isEqualTo(found.groups());
        assertThat(known.inOrder(List.of(yCard, xMcq, xCard)).groups())
                .containsExactly(Map.entry("y-card", List.of("y-card")), Map.entry("x-card", List.of("x-mcq", "x-card")));
    }

    @Test
    void groupsListEachFactsQuestions() {
        Facts f = facts(card("x-card", "treaty"), card("x-mcq", "treaty"), card("y-card", "summit"));
        assertThat(f.groups().values()).containsExactlyInAnyOrder(List.of("x-card", "x-mcq"), List.of("y-card"));
    }
}
