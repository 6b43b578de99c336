package org.smriti.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PersistentMapTest {

    @Test
    void randomPutsAndRemovesMatchAHashMap() {
        Random random = new Random(7);
        Map<String, Integer> expected = new HashMap<>();
        PersistentMap<String, Integer> map = PersistentMap.empty();
        for (int i = 0; i < 20_000; i++) {
            String key = "q" + random.nextInt(3000);
            if (random.nextInt(3) == 0) {
                expected.remove(key);
                map = map.minus(key);
            } else {
                expected.put(key, i);
                map = map.plus(key, i);
            }
        }

        assertThat(map.size()).isEqualTo(expected.size());
        assertThat(map.asMap()).isEqualTo(expected);
    }

    @Test
    void keysWithTheSameHashCodeAreKeptApart() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        PersistentMap<String, Integer> map = PersistentMap.<String, Integer>empty()
                .plus("Aa", 1).plus("BB", 2).plus("AaAa", 3).plus("BBBB", 4).plus("AaBB", 5);

        assertThat(map.asMap()).isEqualTo(Map.of("Aa", 1, "BB", 2, "AaAa", 3, "BBBB", 4, "AaBB", 5));
        assertThat(map.minus("Aa").asMap()).isEqualTo(Map.of("BB", 2, "AaAa", 3, "BBBB", 4, "AaBB", 5));
        assertThat(map.plus("BB", 9).get("BB")).isEqualTo(9);
    }

    @Test
    void anOldVersionIsUnchangedByLaterOperations() {
        PersistentMap<String, Integer> one = PersistentMap.<String, Integer>empty().plus("a", 1);
        one.plus("b", 2).minus("a");

        assertThat(one.asMap()).isEqualTo(Map.of("a", 1));
    }
}
