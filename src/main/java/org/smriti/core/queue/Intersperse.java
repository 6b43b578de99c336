package org.smriti.core.queue;

import java.util.ArrayList;
import java.util.List;

/**
 * Mixes two lists evenly, as Anki's {@code Intersperser} (rslib/src/scheduler/queue/builder/intersperser.rs) mixes
 * new cards among reviews with the default "mix with reviews": the longer list leads, and each element of
 * {@code two} goes where its share of the whole falls.
 */
final class Intersperse {

    private Intersperse() {
    }

    static <T> List<T> evenly(List<T> one, List<T> two) {
        List<T> out = new ArrayList<>(one.size() + two.size());
        float ratio = (one.size() + 1) / (float) (two.size() + 1);
        int i = 0;
        int j = 0;
        while (i < one.size() || j < two.size()) {
            if (i < one.size() && j < two.size()) {
                // Anki compares in f32; the same arithmetic keeps the same order on ties.
                float relativeTwo = (j + 1) * ratio;
                out.add(relativeTwo < i + 1 ? two.get(j++) : one.get(i++));
            } else {
                out.add(i < one.size() ? one.get(i++) : two.get(j++));
            }
        }
        return out;
    }
}
