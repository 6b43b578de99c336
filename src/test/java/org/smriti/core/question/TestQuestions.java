package org.smriti.core.question;

import java.util.ArrayList;
import java.util.List;

/** Builders for questions in tests: only what a test cares about is spelled out. */
final class TestQuestions {

    private TestQuestions() {
    }

    static QuestionMeta meta(String id, Topic... topics) {
        List<Topic> list = topics.length == 0 ? List.of(Topic.HISTORY) : List.of(topics);
        return new QuestionMeta(id, "Prompt of " + id, "Because.", list, 2, new SourceRef("doc.txt", "quote"), null);
    }

    /** Statements whose truth values are given in order, e.g. {@code statements("q", WHICH, true, false, true)}. */
    static Statements statements(String id, Statements.Style style, boolean... truths) {
        List<Statements.Statement> list = new ArrayList<>();
        for (int i = 0; i < truths.length; i++) {
            list.add(new Statements.Statement("Statement " + (i + 1), truths[i]));
        }
        return new Statements(meta(id), list, style);
    }

    static Pairs pairs(String id, boolean... truths) {
        List<Pairs.Pair> list = new ArrayList<>();
        for (int i = 0; i < truths.length; i++) {
            list.add(new Pairs.Pair("L" + i, "R" + i, truths[i], truths[i] ? null : "Actual" + i));
        }
        return new Pairs(meta(id), "Left", "Right", list);
    }

    static Chronology chronology(String id, int... years) {
        List<Chronology.Event> events = new ArrayList<>();
        for (int year : years) {
            events.add(new Chronology.Event("Event of " + year, year));
        }
        return new Chronology(meta(id), events);
    }
}
