package org.smriti.core.question;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Derives the four options of statement, pair and chronology questions from their data, deterministically
 * (same question, same options, in the same order, on every run, JVM and platform).
 *
 * <p>Where distractors have to be chosen (style {@code which} with 3-4 statements, chronology), they are
 * drawn from a SplitMix64 sequence seeded with the 64-bit FNV-1a hash of the question id's UTF-8 bytes,
 * which also decides the position (a)..(d) of the correct answer, so that it is spread evenly.
 * Both algorithms are fixed here rather than borrowed from the JDK so that the options of a question can
 * never change under a learner's feet; the chosen options are then shown in a canonical order, so the
 * position of the correct answer says nothing about it.
 *
 * <p>An author may choose the four options instead ({@link Statements#chosenOptions()},
 * {@link Chronology#chosenOptions()}) where the drawn distractors would be weak; they are shown in the same
 * canonical order.
 *
 * <p>The shapes the pack validator enforces (2-4 statements, 3-4 pairs, 3-4 events with distinct years,
 * at least one true item where the options have no "none", chosen options only where distractors are drawn,
 * four distinct well-formed ones including the key) are preconditions here: other shapes throw
 * {@link IllegalArgumentException}.
 */
public final class OptionDerivation {

    private static final List<String> WHICH_OF_TWO = List.of("1 only", "2 only", "Both 1 and 2", "Neither 1 nor 2");
    private static final List<String> HOW_MANY_OF_THREE = List.of("Only one", "Only two", "All three", "None");
    private static final List<String> HOW_MANY_OF_FOUR = List.of("Only one", "Only two", "Only three", "All four");

    private OptionDerivation() {
    }

    /** Four option texts and the index of the correct one. */
    public record Derived(List<String> options, int correct) {
        public Derived {
            options = List.copyOf(options);
        }

        public String correctText() {
            return options.get(correct);
        }
    }

    public static Derived forStatements(Statements q) {
        List<Statements.Statement> statements = q.statements();
        int n = statements.size();
        if (n < 2 || n > 4) {
            throw new IllegalArgumentException(q.id() + ": needs 2 to 4 statements, has " + n);
        }
        int trueCount = (int) statements.stream().filter(Statements.Statement::correct).count();
        boolean chosen = !q.chosenOptions().isEmpty();
        if (chosen && (q.style() == Statements.Style.HOW_MANY || n == 2)) {
            throw new IllegalArgumentException(q.id() + ": only \"which\" with 3 or 4 statements has options to choose");
        }
        if (q.style() == Statements.Style.HOW_MANY) {
            return howMany(q.id(), n, trueCount);
        }
        int correctMask = 0;
        for (int i = 0; i < n; i++) {
            if (statements.get(i).correct()) {
                correctMask |= 1 << i;
            }
        }
        if (n == 2) {
            // Index by mask: {1} -> "1 only", {2} -> "2 only", {1,2} -> "Both", {} -> "Neither".
            int[] indexOfMask = {3, 0, 1, 2};
            return new Derived(WHICH_OF_TWO, indexOfMask[correctMask]);
        }
        if (correctMask == 0) {
            throw new IllegalArgumentException(q.id() + ": style which with " + n
                    + " statements needs at least one true statement");
        }
        Comparator<Integer> canonical = Comparator.comparingInt(Integer::bitCount)
                .thenComparing(OptionDerivation::membersInOrder, OptionDerivation::compareLists);
        if (chosen) {
            List<Integer> masks = new ArrayList<>();
            for (List<Integer> combination : q.chosenOptions()) {
                masks.add(mask(q.id(), combination, n));
            }
            return shown(q.id(), correctMask, masks, canonical, mask -> subsetLabel(mask, n));
        }
        List<Integer> others = new ArrayList<>();
        for (int mask = 1; mask < 1 << n; mask++) {
            if (mask != correctMask) {
                others.add(mask);
            }
        }
        return pick(q.id(), correctMask, others, canonical, mask -> subsetLabel(mask, n));
    }

    /** The bit mask of a combination of statement numbers (see {@link Statements#isCombination}). */
    private static int mask(String id, List<Integer> combination, int n) {
        if (!Statements.isCombination(combination, n)) {
            throw new IllegalArgumentException(id + ": " + combination + " is not a combination of statements 1-" + n);
        }
        int mask = 0;
        for (int number : combination) {
            mask |= 1 << (number - 1);
        }
        return mask;
    }

    public static Derived forPairs(Pairs q) {
        int n = q.pairs().size();
        if (n < 3 || n > 4) {
            throw new IllegalArgumentException(q.id() + ": needs 3 or 4 pairs, has " + n);
        }
        int trueCount = (int) q.pairs().stream().filter(Pairs.Pair::correct).count();
        return howMany(q.id(), n, trueCount);
    }

    public static Derived forChronology(Chronology q) {
        List<Chronology.Event> events = q.events();
        int n = events.size();
        if (n < 3 || n > 4) {
            throw new IllegalArgumentException(q.id() + ": needs 3 or 4 events, has " + n);
        }
        if (events.stream().map(Chronology.Event::year).distinct().count() != n) {
            throw new IllegalArgumentException(q.id() + ": event years must be distinct");
        }
        List<Integer> correct = q.correctOrder();
        if (!q.chosenOptions().isEmpty()) {
            for (List<Integer> ordering : q.chosenOptions()) {
                if (!Chronology.isOrdering(ordering, n)) {
                    throw new IllegalArgumentException(q.id() + ": " + ordering + " is not an ordering of events 1-" + n);
                }
            }
            return shown(q.id(), correct, q.chosenOptions(), OptionDerivation::compareLists,
                    OptionDerivation::orderingLabel);
        }
        List<List<Integer>> others = new ArrayList<>();
        for (List<Integer> ordering : permutations(n)) {
            if (!ordering.equals(correct)) {
                others.add(ordering);
            }
        }
        return pick(q.id(), correct, others, OptionDerivation::compareLists, OptionDerivation::orderingLabel);
    }

    /** "How many ... are correct / correctly matched?" with {@code n} items of which {@code trueCount} hold. */
    private static Derived howMany(String id, int n, int trueCount) {
        if (n == 3) {
            return new Derived(HOW_MANY_OF_THREE, trueCount == 0 ? 3 : trueCount - 1);
        }
        if (n == 4 && trueCount > 0) {
            return new Derived(HOW_MANY_OF_FOUR, trueCount - 1);
        }
        throw new IllegalArgumentException(id + ": \"how many\" needs 3 items, or 4 with at least one true; has "
                + n + " with " + trueCount + " true");
    }

    /**
     * The correct answer plus three distinct others drawn by the id's seed, all sorted canonically. The seed
     * first picks where the correct answer will stand (a)..(d), and the distractors are drawn from those
     * before and after it accordingly: otherwise, since authors rarely write events already in order, the
     * correct ordering would sort late and "never (a)" would be a winning guess.
     */
    private static <T> Derived pick(String id, T correct, List<T> others, Comparator<T> canonical,
                                    Function<T, String> label) {
        List<T> before = new ArrayList<>();
        List<T> after = new ArrayList<>();
        for (T other : others) {
            (canonical.compare(other, correct) < 0 ? before : after).add(other);
        }
        SplitMix64 random = new SplitMix64(fnv1a64(id));
        int wanted = random.nextIndex(4);
        // Nearest feasible position when one side has too few candidates.
        int position = Math.max(3 - after.size(), Math.min(wanted, before.size()));
        List<T> chosen = new ArrayList<>();
        chosen.add(correct);
        chosen.addAll(draw(before, position, random));
        chosen.addAll(draw(after, 3 - position, random));
        chosen.sort(canonical);
        List<String> options = new ArrayList<>();
        for (T option : chosen) {
            options.add(label.apply(option));
        }
        return new Derived(options, chosen.indexOf(correct));
    }

    /** The four options an author chose, in canonical order; they must be distinct and include the key. */
    private static <T> Derived shown(String id, T correct, List<T> chosen, Comparator<T> canonical,
                                     Function<T, String> label) {
        List<T> sorted = new ArrayList<>(chosen);
        sorted.sort(canonical);
        if (sorted.size() != 4 || sorted.stream().distinct().count() != 4) {
            throw new IllegalArgumentException(id + ": needs 4 distinct chosen options, has " + chosen);
        }
        int index = sorted.indexOf(correct);
        if (index < 0) {
            throw new IllegalArgumentException(id + ": the correct answer is not among the chosen options");
        }
        return new Derived(sorted.stream().map(label).toList(), index);
    }

    /** The first {@code count} items of a deterministic partial Fisher-Yates shuffle of {@code pool}. */
    private static <T> List<T> draw(List<T> pool, int count, SplitMix64 random) {
        List<T> items = new ArrayList<>(pool);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextIndex(items.size() - i);
            T picked = items.get(j);
            items.set(j, items.get(i));
            items.set(i, picked);
        }
        return items.subList(0, count);
    }

    /** "1 only", "1 and 3 only", "1, 2 and 4 only", and for the whole set "1, 2 and 3" / "1, 2, 3 and 4". */
    static String subsetLabel(int mask, int n) {
        List<Integer> members = membersInOrder(mask);
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                label.append(i == members.size() - 1 ? " and " : ", ");
            }
            label.append(members.get(i));
        }
        return members.size() == n ? label.toString() : label + " only";
    }

    private static String orderingLabel(List<Integer> ordering) {
        StringBuilder label = new StringBuilder();
        for (int number : ordering) {
            if (label.length() > 0) {
                label.append('-');
            }
            label.append(number);
        }
        return label.toString();
    }

    private static List<Integer> membersInOrder(int mask) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < Integer.SIZE; i++) {
            if ((mask & (1 << i)) != 0) {
                members.add(i + 1);
            }
        }
        return members;
    }

    private static int compareLists(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** All orderings of 1..n in lexicographic order. */
    private static List<List<Integer>> permutations(int n) {
        List<List<Integer>> result = new ArrayList<>();
        permute(new ArrayList<>(), n, result);
        return result;
    }

    private static void permute(List<Integer> prefix, int n, List<List<Integer>> result) {
        if (prefix.size() == n) {
            result.add(List.copyOf(prefix));
            return;
        }
        for (int i = 1; i <= n; i++) {
            if (!prefix.contains(i)) {
                prefix.add(i);
                permute(prefix, n, result);
                prefix.remove(prefix.size() - 1);
            }
        }
    }

    /** 64-bit FNV-1a of the UTF-8 bytes: a published, platform-independent hash. */
    static long fnv1a64(String s) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64 (Steele, Lea and Flood 2014): tiny, well mixed, and fully specified here. */
    private static final class SplitMix64 {
        private long state;

        SplitMix64(long seed) {
            state = seed;
        }

        long next() {
            long z = (state += 0x9e3779b97f4a7c15L);
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            return z ^ (z >>> 31);
        }

        /** Uniform enough in 0..bound-1 for bounds this small (at most 23). */
        int nextIndex(int bound) {
            return (int) Long.remainderUnsigned(next(), bound);
        }
    }
}
