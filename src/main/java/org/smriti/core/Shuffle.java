package org.smriti.core;

import java.util.List;
import java.util.random.RandomGenerator;

/** Seeded shuffles that give the same order on every JDK. */
public final class Shuffle {

    private Shuffle() {
    }

    /** Fisher–Yates, written out so the order for a seed cannot change with the JDK's Collections.shuffle. */
    public static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
