package org.smriti.core.settings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads and writes (re)learning steps as Anki writes them: {@code "1m 10m"}, {@code "1h"}, {@code "1d"}. */
public final class StepFormat {

    private StepFormat() {
    }

    /**
     * Parses steps separated by spaces or commas; each a positive whole number with a unit m, h or d
     * (whole minutes, as FSRS schedules steps).
     *
     * @throws IllegalArgumentException naming the step that could not be read
     */
    public static List<Duration> parse(String text) {
        List<Duration> steps = new ArrayList<>();
        for (String token : text.trim().split("[\\s,]+")) {
            if (token.isEmpty()) {
                continue;
            }
            steps.add(parseOne(token));
        }
        return List.copyOf(steps);
    }

    public static Duration parseOne(String token) {
        String t = token.trim().toLowerCase(Locale.ROOT);
        if (t.length() < 2) {
            throw new IllegalArgumentException(invalid(token));
        }
        char unit = t.charAt(t.length() - 1);
        long amount;
        try {
            amount = Long.parseLong(t.substring(0, t.length() - 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(invalid(token), e);
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("Step '" + token + "' must be longer than zero.");
        }
        switch (unit) {
            case 'm':
                return Duration.ofMinutes(amount);
            case 'h':
                return Duration.ofHours(amount);
            case 'd':
                return Duration.ofDays(amount);
            default:
                throw new IllegalArgumentException(invalid(token));
        }
    }

    public static String format(List<Duration> steps) {
        List<String> parts = new ArrayList<>();
        for (Duration d : steps) {
            parts.add(formatOne(d));
        }
        return String.join(" ", parts);
    }

    public static String formatOne(Duration d) {
        long s = d.getSeconds();
        if (s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s % 3_600 == 0) {
            return s / 3_600 + "h";
        }
        return s / 60 + "m";
    }

    private static String invalid(String token) {
        return "Step '" + token + "' is not a duration like 1m, 10m, 1h or 1d.";
    }
}
