package org.smriti.core.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Three or four events to put in order of year; the options are orderings such as "2-1-3", derived
 * deterministically by {@link OptionDerivation} unless the author chose them. Events are listed (numbered 1..n)
 * in the order stored.
 *
 * @param chosenOptions the four orderings the author chose, each a list of event numbers earliest first
 *                      ({@code [2, 3, 1]} is "2-3-1"); empty when the options are derived
 */
public record Chronology(QuestionMeta meta, List<Event> events, List<List<Integer>> chosenOptions)
        implements ObjectiveQuestion {

    /** The line after the numbered events, before the options. */
    public static final String CLOSING_QUESTION = "Select the correct chronological order (earliest first):";

    public Chronology {
        events = List.copyOf(events);
        chosenOptions = chosenOptions.stream().map(List::copyOf).toList();
    }

    /** A question whose options are derived. */
    public Chronology(QuestionMeta meta, List<Event> events) {
        this(meta, events, List.of());
    }

    /** The event numbers in the correct order, earliest first ({@code [2, 3, 1]} for "2-3-1"). */
    public List<Integer> correctOrder() {
        return correctOrder(events);
    }

    /** The numbers of {@code events} (1..n as listed) sorted by year. */
    public static List<Integer> correctOrder(List<Event> events) {
        List<Integer> order = new ArrayList<>();
        for (int i = 1; i <= events.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(number -> events.get(number - 1).year()));
        return List.copyOf(order);
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

    /** Whether {@code numbers} lists each of the events 1..{@code count} exactly once. */
    public static boolean isOrdering(List<Integer> numbers, int count) {
        return numbers.size() == count && numbers.stream().distinct().count() == count
                && numbers.stream().allMatch(n -> n >= 1 && n <= count);
    }

    public record Event(String text, int year) {
        public Event {
            Objects.requireNonNull(text, "text");
        }
    }
}
