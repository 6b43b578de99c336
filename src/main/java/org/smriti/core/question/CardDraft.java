package org.smriti.core.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A card as its editor holds it: what was typed, possibly incomplete or wrong. The pack validator turns it into
 * questions, or says what is wrong field by field ({@link DraftProblem}), so an own card obeys the same rules as
 * the bank. Lists are never {@code null}; unused fields of other types stay empty.
 *
 * @param id          the card's entry id (a cloze note's id), {@code null} until it is first saved
 * @param answerIndex the keyed option of an MCQ, 0–3, or -1 when none is chosen
 * @param source      where the fact comes from, or {@code null} for a card made without a passage
 */
public record CardDraft(
        String id,
        QuestionType type,
        String prompt,
        String text,
        String answer,
        List<String> options,
        int answerIndex,
        List<Statements.Statement> statements,
        Statements.Style style,
        String statement1,
        String statement2,
        Assertion.AssertionKey assertionKey,
        String leftHeader,
        String rightHeader,
        List<Pair> pairs,
        List<Event> events,
        String explanation,
        List<Topic> topics,
        List<String> tags,
        int difficulty,
        SourceRef source) {

    /** A pair as typed: a wrong pair names the right-hand side that would be correct in {@code actual}. */
    public record Pair(String left, String right, boolean correct, String actual) {
    }

    /** An event as typed: the year is text until it is checked. */
    public record Event(String text, String year) {
    }

    public CardDraft {
        Objects.requireNonNull(type, "type");
        options = List.copyOf(options);
        statements = List.copyOf(statements);
        pairs = List.copyOf(pairs);
        events = List.copyOf(events);
        topics = List.copyOf(topics);
        tags = List.copyOf(tags);
    }

    /** An empty card of {@code type}, with the given passage as its source. */
    public static CardDraft blank(QuestionType type, SourceRef source) {
        return new Builder(type).source(source).build();
    }

    /** The draft of an existing card, to edit it (a cloze card stands for its whole note). */
    public static CardDraft of(Question q) {
        QuestionMeta m = q.meta();
        Builder b = new Builder(q.type()).id(q instanceof Cloze c ? c.noteId() : q.id())
                .prompt(q instanceof Cloze ? "" : m.prompt()).explanation(m.explanation()).topics(m.topics())
                .tags(m.tags()).difficulty(m.difficulty()).source(m.source());
        if (q instanceof Cloze c) {
            b.text(c.text());
        } else if (q instanceof Flashcard f) {
            b.answer(f.answer());
        } else if (q instanceof Mcq mcq) {
            b.options(mcq.options(), mcq.correctOption());
        } else if (q instanceof Statements s) {
            b.statements(s.statements(), s.style());
        } else if (q instanceof Assertion a) {
            b.assertion(a.statement1(), a.statement2(), a.key());
        } else if (q instanceof Pairs p) {
            List<Pair> pairs = new ArrayList<>();
            p.pairs().forEach(x -> pairs.add(new Pair(x.left(), x.right(), x.correct(), x.actual())));
            b.pairs(p.leftHeader(), p.rightHeader(), pairs);
        } else if (q instanceof Chronology c) {
            List<Event> events = new ArrayList<>();
            c.events().forEach(e -> events.add(new Event(e.text(), Integer.toString(e.year()))));
            b.events(events);
        }
        return b.build();
    }

    public Builder toBuilder() {
        Builder b = new Builder(type);
        b.id = id;
        b.prompt = prompt;
        b.text = text;
        b.answer = answer;
        b.options = options;
        b.answerIndex = answerIndex;
        b.statements = statements;
        b.style = style;
        b.statement1 = statement1;
        b.statement2 = statement2;
        b.assertionKey = assertionKey;
        b.leftHeader = leftHeader;
        b.rightHeader = rightHeader;
        b.pairs = pairs;
        b.events = events;
        b.explanation = explanation;
        b.topics = topics;
        b.tags = tags;
        b.difficulty = difficulty;
        b.source = source;
        return b;
    }

    /** Builds a draft field by field; every field starts empty (a general topic, medium difficulty). */
    public static final class Builder {
        private String id;
        private QuestionType type;
        private String prompt = "";
        private String text = "";
        private String answer = "";
        private List<String> options = List.of("", "", "", "");
        private int answerIndex = -1;
        private List<Statements.Statement> statements = List.of();
        private Statements.Style style = Statements.Style.WHICH;
        private String statement1 = "";
        private String statement2 = "";
        private Assertion.AssertionKey assertionKey;
        private String leftHeader = "";
        private String rightHeader = "";
        private List<Pair> pairs = List.of();
        private List<Event> events = List.of();
        private String explanation = "";
        private List<Topic> topics = List.of(Topic.GENERAL);
        private List<String> tags = List.of();
        private int difficulty = 2;
        private SourceRef source;

        public Builder(QuestionType type) {
            this.type = type;
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder type(QuestionType value) {
            type = value;
            return this;
        }

        public Builder prompt(String value) {
            prompt = value;
            return this;
        }

        public Builder text(String value) {
            text = value;
            return this;
        }

        public Builder answer(String value) {
            answer = value;
            return this;
        }

        public Builder options(List<String> values, int keyed) {
            options = values;
            answerIndex = keyed;
            return this;
        }

        public Builder statements(List<Statements.Statement> values, Statements.Style valueStyle) {
            statements = values;
            style = valueStyle;
            return this;
        }

        public Builder assertion(String first, String second, Assertion.AssertionKey key) {
            statement1 = first;
            statement2 = second;
            assertionKey = key;
            return this;
        }

        public Builder pairs(String left, String right, List<Pair> values) {
            leftHeader = left;
            rightHeader = right;
            pairs = values;
            return this;
        }

        public Builder events(List<Event> values) {
            events = values;
            return this;
        }

        public Builder explanation(String value) {
            explanation = value;
            return this;
        }

        public Builder topics(List<Topic> values) {
            topics = values;
            return this;
        }

        public Builder tags(List<String> values) {
            tags = values;
            return this;
        }

        public Builder difficulty(int value) {
            difficulty = value;
            return this;
        }

        public Builder source(SourceRef value) {
            source = value;
            return this;
        }

        public CardDraft build() {
            return new CardDraft(id, type, prompt, text, answer, options, answerIndex, statements, style, statement1,
                    statement2, assertionKey, leftHeader, rightHeader, pairs, events, explanation, topics, tags,
                    difficulty, source);
        }
    }
}
