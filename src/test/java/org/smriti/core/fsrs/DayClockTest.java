package org.smriti.core.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayClockTest {

    @ParameterizedTest
    @CsvSource({
        // zone, rollover hour, instant, study day
        "UTC, 0, 2026-03-02T00:00:00Z, 2026-03-02",
        "UTC, 0, 2026-03-01T23:59:59.999Z, 2026-03-01",
        "Asia/Kolkata, 4, 2026-03-01T22:29:59Z, 2026-03-01",
        "Asia/Kolkata, 4, 2026-03-01T22:30:00Z, 2026-03-02",
        "Asia/Kolkata, 0, 2026-03-01T18:30:00Z, 2026-03-02",
        "America/New_York, 4, 2026-03-08T07:59:00Z, 2026-03-07",
        "America/New_York, 4, 2026-03-08T08:00:00Z, 2026-03-08",
        "America/New_York, 4, 2026-11-01T08:59:00Z, 2026-10-31",
        "America/New_York, 4, 2026-11-01T09:00:00Z, 2026-11-01",
        "Asia/Tokyo, 23, 2026-03-02T13:59:00Z, 2026-03-01",
    })
    void aStudyDayBeginsAtTheRolloverHourInTheUsersZone(String zone, int hour, String instant, String day) {
        DayClock clock = DayClock.of(ZoneId.of(zone), hour);
        assertThat(clock.dayOf(Instant.parse(instant))).isEqualTo(LocalDate.parse(day));
        assertThat(clock.startOf(LocalDate.parse(day))).isBeforeOrEqualTo(Instant.parse(instant));
        assertThat(clock.startOf(LocalDate.parse(day).plusDays(1))).isAfter(Instant.parse(instant));
    }

    @ParameterizedTest
    @CsvSource({
        "UTC, 0, 2026-03-01T23:59:00Z, 2026-03-02T00:01:00Z, 1",
        "UTC, 0, 2026-03-01T00:01:00Z, 2026-03-01T23:59:00Z, 0",
        "UTC, 0, 2026-03-05T10:00:00Z, 2026-03-01T10:00:00Z, -4",
        "Asia/Kolkata, 4, 2026-03-01T19:00:00Z, 2026-03-01T22:00:00Z, 0",
        "Asia/Kolkata, 4, 2026-03-01T19:00:00Z, 2026-03-01T23:00:00Z, 1",
    })
    void daysBetweenCountsStudyDayBoundariesCrossed(String zone, int hour, String from, String to, long days) {
        DayClock clock = DayClock.of(ZoneId.of(zone), hour);
        assertThat(clock.daysBetween(Instant.parse(from), Instant.parse(to))).isEqualTo(days);
    }

    @Test
    void utcIsMidnightUtc() {
        assertThat(DayClock.utc()).isEqualTo(DayClock.of(ZoneId.of("Z"), 0));
    }

    @Test
    void aRolloverHourOutsideTheDayIsRejected() {
        assertThatThrownBy(() -> DayClock.of(ZoneId.of("UTC"), 24))
                .hasMessage("rollover hour must be between 0 and 23, was 24");
    }
}
