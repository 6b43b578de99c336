package org.smriti.core.fsrs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Decides which study day an instant belongs to. A study day starts at {@code rolloverHour} o'clock in
 * {@code zone} (Anki's default is 04:00, so a late-night session still counts for the evening before).
 * {@link #utc()} — UTC midnights — is the convention of ts-fsrs and of the conformance vectors; the app
 * uses {@link #of(ZoneId, int)}. The scheduler counts elapsed days with this one object, so both are the
 * same code.
 */
public final class DayClock {

    private static final long SECONDS_PER_DAY = 86_400;

    private final ZoneId zone;
    private final int rolloverHour;
    /** Offset in seconds when the zone never changes it (UTC, +05:30…): then a day is plain arithmetic. */
    private final Integer fixedOffsetSeconds;

    private DayClock(ZoneId zone, int rolloverHour) {
        this.zone = Objects.requireNonNull(zone, "zone");
        if (rolloverHour < 0 || rolloverHour > 23) {
            throw new IllegalArgumentException("rollover hour must be between 0 and 23, was " + rolloverHour);
        }
        this.rolloverHour = rolloverHour;
        this.fixedOffsetSeconds = zone.getRules().isFixedOffset()
                ? zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds()
                : null;
    }

    /** Days begin at midnight UTC, as in ts-fsrs. */
    public static DayClock utc() {
        return new DayClock(ZoneOffset.UTC, 0);
    }

    /** Days begin at {@code rolloverHour}:00 local time in {@code zone}. */
    public static DayClock of(ZoneId zone, int rolloverHour) {
        return new DayClock(zone, rolloverHour);
    }

    public ZoneId zone() {
        return zone;
    }

    public int rolloverHour() {
        return rolloverHour;
    }

    /** The study day {@code instant} falls in. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofEpochDay(epochDay(instant));
    }

    /** Whole study days from {@code from}'s day to {@code to}'s day; negative when {@code to} is earlier. */
    public long daysBetween(Instant from, Instant to) {
        return epochDay(to) - epochDay(from);
    }

    /** The instant at which study day {@code day} begins. */
    public Instant startOf(LocalDate day) {
        return day.atTime(rolloverHour, 0).atZone(zone).toInstant();
    }

    private long epochDay(Instant instant) {
        if (fixedOffsetSeconds != null) {
            long local = instant.getEpochSecond() + fixedOffsetSeconds - rolloverHour * 3600L;
            return Math.floorDiv(local, SECONDS_PER_DAY);
        }
        // Wall-clock arithmetic, so a DST change shifts the rollover with the clock, not by an hour.
        return instant.atZone(zone).toLocalDateTime().minusHours(rolloverHour).toLocalDate().toEpochDay();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DayClock && ((DayClock) o).zone.equals(zone) && ((DayClock) o).rolloverHour == rolloverHour;
    }

    @Override
    public int hashCode() {
        return zone.hashCode() * 31 + rolloverHour;
    }

    @Override
    public String toString() {
        return "DayClock[" + zone + ", rollover " + rolloverHour + ":00]";
    }
}
