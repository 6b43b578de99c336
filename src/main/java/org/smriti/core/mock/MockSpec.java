package org.smriti.core.mock;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.smriti.core.question.Topic;

/**
 * What to put in a mock test. The same spec and the same bank always give the same test (see
 * {@link MockSelector}); a fresh test of the same kind is {@link #withSeed} with a new seed.
 *
 * @param preset        the preset, or {@link MockPreset#CUSTOM}
 * @param count         questions wanted (a preset's own count)
 * @param duration      time allowed (a preset's own time)
 * @param topics        only questions with one of these topics; empty means all
 * @param difficulties  only these difficulties (1..3); empty means all
 * @param pyqOnly       only previous-year questions
 * @param weakSpotsOnly only the aspirant's weak spots (ids passed to the selector)
 * @param onlyIds       only these question ids, e.g. to retry wrong answers; empty means all
 * @param seed          seeds the selection and its order
 * @param scheme        the marking scheme shown before the start and used for the score
 */
public record MockSpec(
        MockPreset preset,
        int count,
        Duration duration,
        Set<Topic> topics,
        Set<Integer> difficulties,
        boolean pyqOnly,
        boolean weakSpotsOnly,
        Set<String> onlyIds,
        long seed,
        MarkingScheme scheme) {

    public MockSpec {
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(scheme, "scheme");
        if (count < 1) {
            throw new IllegalArgumentException("mock spec: count must be at least 1, got " + count);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("mock spec: duration must be positive, got " + duration);
        }
        if (!preset.isCustom() && (count != preset.count() || !duration.equals(preset.duration()))) {
            throw new IllegalArgumentException("mock spec: preset " + preset + " is " + preset.count()
                    + " questions in " + preset.duration() + ", not " + count + " in " + duration);
        }
        for (Integer d : difficulties) {
            if (d < 1 || d > 3) {
                throw new IllegalArgumentException("mock spec: difficulty must be 1..3, got " + d);
            }
        }
        // Sorted copies: the order the journal writes them in does not change from run to run.
        topics = sorted(topics);
        difficulties = sorted(difficulties);
        onlyIds = sorted(onlyIds);
    }

    /** A preset test with no filters and the UPSC scheme. */
    public static MockSpec of(MockPreset preset, long seed) {
        if (preset.isCustom()) {
            throw new IllegalArgumentException("mock spec: a custom test needs a count and a duration; use custom()");
        }
        return new MockSpec(preset, preset.count(), preset.duration(), Set.of(), Set.of(), false, false, Set.of(),
                seed, MarkingScheme.UPSC);
    }

    /** A custom test of {@code count} questions in {@code duration}, no filters yet, UPSC scheme. */
    public static MockSpec custom(int count, Duration duration, long seed) {
        return new MockSpec(MockPreset.CUSTOM, count, duration, Set.of(), Set.of(), false, false, Set.of(), seed,
                MarkingScheme.UPSC);
    }

    public MockSpec withTopics(Collection<Topic> value) {
        return new MockSpec(preset, count, duration, Set.copyOf(value), difficulties, pyqOnly, weakSpotsOnly, onlyIds,
                seed, scheme);
    }

    public MockSpec withDifficulties(Collection<Integer> value) {
        return new MockSpec(preset, count, duration, topics, Set.copyOf(value), pyqOnly, weakSpotsOnly, onlyIds,
                seed, scheme);
    }

    public MockSpec withPyqOnly(boolean value) {
        return new MockSpec(preset, count, duration, topics, difficulties, value, weakSpotsOnly, onlyIds, seed,
                scheme);
    }

    public MockSpec withWeakSpotsOnly(boolean value) {
        return new MockSpec(preset, count, duration, topics, difficulties, pyqOnly, value, onlyIds, seed, scheme);
    }

    public MockSpec withOnlyIds(Collection<String> value) {
        return new MockSpec(preset, count, duration, topics, difficulties, pyqOnly, weakSpotsOnly, Set.copyOf(value),
                seed, scheme);
    }

    public MockSpec withSeed(long value) {
        return new MockSpec(preset, count, duration, topics, difficulties, pyqOnly, weakSpotsOnly, onlyIds, value,
                scheme);
    }

    public MockSpec withScheme(MarkingScheme value) {
        return new MockSpec(preset, count, duration, topics, difficulties, pyqOnly, weakSpotsOnly, onlyIds, seed,
                value);
    }

    private static <T extends Comparable<? super T>> Set<T> sorted(Collection<T> values) {
        return Collections.unmodifiableSet(new TreeSet<>(values));
    }
}
