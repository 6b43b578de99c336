package org.smriti.ui.mock;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.smriti.core.question.Assertion;
import org.smriti.core.question.Mcq;
import org.smriti.core.question.Pyq;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionMeta;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Topic;
import org.smriti.testsupport.MutableClock;

/** A small bank of India–Japan questions (MCQs and Statement-I/II) for the mock screen's tests. */
final class MockUiFixtures {

    static final Instant START = Instant.parse("2026-11-24T03:30:00Z");
    static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private static final Topic[] TOPICS = {Topic.HISTORY, Topic.DIPLOMACY, Topic.DEFENCE, Topic.ECONOMY,
        Topic.INFRASTRUCTURE, Topic.TECHNOLOGY};

    private MockUiFixtures() {
    }

    /** 30 questions over six topics: 24 MCQs keyed (a)..(d) in turn, 6 assertion questions; every fifth a PYQ. */
    static List<Question> bank() {
        List<Question> bank = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Topic topic = TOPICS[i % TOPICS.length];
            Pyq pyq = i % 5 == 0 ? new Pyq("UPSC CSE Prelims", "GS Paper I", 2015 + i % 9) : null;
            QuestionMeta meta = new QuestionMeta("ij-" + (i + 1),
                    "With reference to India–Japan relations, which of the following is correct about item "
                            + (i + 1) + " (" + topic.label() + ")?",
                    "Item " + (i + 1) + " is explained in the source note on " + topic.label() + ".",
                    List.of(topic), 1 + i % 3,
                    new SourceRef("india-japan-relations.md",
                            "The Special Strategic and Global Partnership was announced in 2014 (item " + (i + 1) + ")."),
                    pyq);
            if (i % 5 == 4) {
                bank.add(new Assertion(meta,
                        "India and Japan hold an annual summit (item " + (i + 1) + ").",
                        "The 2+2 ministerial dialogue began in 2019.",
                        Assertion.AssertionKey.values()[i % 4]));
            } else {
                bank.add(new Mcq(meta, List.of(
                        "The partnership was upgraded in 2014",
                        "Japan funds the Mumbai–Ahmedabad high-speed rail",
                        "Both countries are members of the Quad",
                        "All of the above"), i % 4));
            }
        }
        return bank;
    }

    static MutableClock clock() {
        return new MutableClock(START, INDIA);
    }
}
