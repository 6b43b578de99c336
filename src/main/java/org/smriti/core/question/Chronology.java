package org.smriti.core.question;

import java.util.List;
import java.util.Objects;

/**
 * Three or four events to put in order of year; the options are orderings such as "2-1-3", derived
 * deterministically by {@link OptionDerivation}. Events are listed (numbered 1..n) in the order stored.
 */
public record Chronology(QuestionMeta meta, List<Event> events) implements ObjectiveQuestion {

    /** The line after the numbered events, before the options. */
    public static final String CLOSING_QUESTION = "Select the correct chronological order (earliest first):";

    public Chronology {
        events = List.copyOf(events);
    }

    @Override
    public QuestionType type() {
        return QuestionType.CHRONOLOGY;
    }

    @Override
    public List<String> options() {
        return OptionDerivation.forChronology(this).options();
    }

    @Override
    public int correctOption() {
        return OptionDerivation.forChronology(this).correct();
    }

    public record Event(String text, int year) {
        public Event {
            Objects.requireNonNull(text, "text");
        }
    }
}
