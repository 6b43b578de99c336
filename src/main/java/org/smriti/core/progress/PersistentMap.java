package org.smriti.core.progress;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A small immutable hash array mapped trie: {@link #plus} and {@link #minus} return a new map sharing all but
 * O(log32 n) nodes with the old one. The JDK has none, and {@link ProgressState#apply} must not copy every card
 * on each answer. Keys and values must not be null.
 */
final class PersistentMap<K, V> {

    private static final PersistentMap<?, ?> EMPTY = new PersistentMap<>(null, 0);

    /** A key-value pair. */
    private record Leaf(int hash, Object key, Object value) {
    }

    /** Same 32-bit hash, different keys. */
    private record Collision(int hash, Leaf[] leaves) {
    }

    /** Up to 32 children, present ones marked in {@code bitmap}. */
    private record Branch(int bitmap, Object[] slots) {
    }

    private final Object root;
    private final int size;

    private PersistentMap(Object root, int size) {
        this.root = root;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    static <K, V> PersistentMap<K, V> empty() {
        return (PersistentMap<K, V>) EMPTY;
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    V get(Object key) {
        int hash = key.hashCode();
        Object node = root;
        for (int shift = 0; node != null; shift += 5) {
            if (node instanceof Leaf l) {
                return l.hash == hash && l.key.equals(key) ? (V) l.value : null;
            }
            if (node instanceof Collision bucket) {
                for (Leaf l : bucket.leaves) {
                    if (l.key.equals(key)) {
                        return (V) l.value;
                    }
                }
                return null;
            }
            Branch b = (Branch) node;
            int bit = 1 << ((hash >>> shift) & 31);
            if ((b.bitmap & bit) == 0) {
                return null;
            }
            node = b.slots[Integer.bitCount(b.bitmap & (bit - 1))];
        }
        return null;
    }

    PersistentMap<K, V> plus(K key, V value) {
        Leaf leaf = new Leaf(key.hashCode(), key, Objects.requireNonNull(value, "value"));
        boolean[] added = new boolean[1];
        Object newRoot = put(root, 0, leaf, added);
        return new PersistentMap<>(newRoot, added[0] ? size + 1 : size);
    }

    PersistentMap<K, V> minus(Object key) {
        boolean[] removed = new boolean[1];
        Object newRoot = remove(root, 0, key.hashCode(), key, removed);
        return removed[0] ? new PersistentMap<>(newRoot, size - 1) : this;
    }

    private static Object put(Object node, int shift, Leaf leaf, boolean[] added) {
        if (node == null) {
            added[0] = true;
            return leaf;
        }
        if (node instanceof Leaf l) {
            if (l.hash == leaf.hash && l.key.equals(leaf.key)) {
                return leaf;
            }
            added[0] = true;
            return l.hash == leaf.hash ? new Collision(l.hash, new Leaf[] {l, leaf}) : merge(l, l.hash, leaf, shift);
        }
        if (node instanceof Collision c) {
            if (c.hash != leaf.hash) {
                added[0] = true;
                return merge(c, c.hash, leaf, shift);
            }
            Leaf[] leaves = c.leaves;
            for (int i = 0; i < leaves.length; i++) {
                if (leaves[i].key.equals(leaf.key)) {
                    Leaf[] copy = leaves.clone();
                    copy[i] = leaf;
                    return new Collision(c.hash, copy);
                }
            }
            Leaf[] copy = Arrays.copyOf(leaves, leaves.length + 1);
            copy[leaves.length] = leaf;
            added[0] = true;
            return new Collision(c.hash, copy);
        }
        Branch b = (Branch) node;
        int bit = 1 << ((leaf.hash >>> shift) & 31);
        int idx = Integer.bitCount(b.bitmap & (bit - 1));
        if ((b.bitmap & bit) == 0) {
            Object[] slots = new Object[b.slots.length + 1];
            System.arraycopy(b.slots, 0, slots, 0, idx);
            slots[idx] = leaf;
            System.arraycopy(b.slots, idx, slots, idx + 1, b.slots.length - idx);
            added[0] = true;
            return new Branch(b.bitmap | bit, slots);
        }
        Object[] slots = b.slots.clone();
        slots[idx] = put(b.slots[idx], shift + 5, leaf, added);
        return new Branch(b.bitmap, slots);
    }

    /** A branch holding {@code existing} (a leaf or collision with hash {@code hash}) and {@code leaf}. */
    private static Object merge(Object existing, int hash, Leaf leaf, int shift) {
        int a = (hash >>> shift) & 31;
        int b = (leaf.hash >>> shift) & 31;
        if (a == b) {
            return new Branch(1 << a, new Object[] {merge(existing, hash, leaf, shift + 5)});
        }
        return new Branch((1 << a) | (1 << b), a < b ? new Object[] {existing, leaf} : new Object[] {leaf, existing});
    }

    private static Object remove(Object node, int shift, int hash, Object key, boolean[] removed) {
        if (node == null) {
            return null;
        }
        if (node instanceof Leaf l) {
            if (l.hash == hash && l.key.equals(key)) {
                removed[0] = true;
                return null;
            }
            return node;
        }
        if (node instanceof Collision c) {
            List<Leaf> rest = new ArrayList<>();
            for (Leaf l : c.leaves) {
                if (!l.key.equals(key)) {
                    rest.add(l);
                }
            }
            if (rest.size() == c.leaves.length) {
                return node;
            }
            removed[0] = true;
            return rest.size() == 1 ? rest.get(0) : new Collision(c.hash, rest.toArray(new Leaf[0]));
        }
        Branch b = (Branch) node;
        int bit = 1 << ((hash >>> shift) & 31);
        if ((b.bitmap & bit) == 0) {
            return node;
        }
        int idx = Integer.bitCount(b.bitmap & (bit - 1));
        Object child = remove(b.slots[idx], shift + 5, hash, key, removed);
        if (child == b.slots[idx]) {
            return node;
        }
        if (child != null) {
            Object[] slots = b.slots.clone();
            slots[idx] = child;
            return new Branch(b.bitmap, slots);
        }
        if (b.slots.length == 1) {
            return null;
        }
        Object[] slots = new Object[b.slots.length - 1];
        System.arraycopy(b.slots, 0, slots, 0, idx);
        System.arraycopy(b.slots, idx + 1, slots, idx, slots.length - idx);
        return new Branch(b.bitmap & ~bit, slots);
    }

    @SuppressWarnings("unchecked")
    private static <K, V> void collect(Object node, List<Map.Entry<K, V>> out) {
        if (node instanceof Leaf l) {
            out.add(Map.entry((K) l.key, (V) l.value));
        } else if (node instanceof Collision bucket) {
            for (Leaf l : bucket.leaves) {
                out.add(Map.entry((K) l.key, (V) l.value));
            }
        } else if (node != null) {
            for (Object child : ((Branch) node).slots) {
                collect(child, out);
            }
        }
    }

    /** An unmodifiable {@link Map} view; iteration materialises the entries (O(n)), lookups are O(log32 n). */
    Map<K, V> asMap() {
        PersistentMap<K, V> self = this;
        return new AbstractMap<>() {
            @Override
            public V get(Object key) {
                return key == null ? null : self.get(key);
            }

            @Override
            public boolean containsKey(Object key) {
                return get(key) != null;
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public Set<Entry<K, V>> entrySet() {
                return new AbstractSet<>() {
                    @Override
                    public Iterator<Entry<K, V>> iterator() {
                        List<Entry<K, V>> entries = new ArrayList<>(size);
                        collect(root, entries);
                        return Collections.unmodifiableList(entries).iterator();
                    }

                    @Override
                    public int size() {
                        return size;
                    }
                };
            }
        };
    }
}
