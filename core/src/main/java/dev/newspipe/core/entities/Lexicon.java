package dev.newspipe.core.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A read-only character trie: the longest entry starting at a position (or, built over reversed keys, ending at
 * one), which is what lets entity extraction run at dictionary speed.
 *
 * <p>The extractor asks a lexicon at nearly every position of every text, and nearly every answer is "nothing here",
 * so that answer must be cheap: small hashed sets of the first two and three characters of the entries (and a bit set
 * of the one-character entries) give it without touching the trie, which for the gazetteer takes megabytes and is
 * seldom in the cache. Only where they let a match through is the trie walked. The trie is flat: nodes are numbers
 * (shallow first), the root's children sit in a table indexed by character, and every other edge (node, character)
 * → child is one slot of a single open-addressing hash table, guarded by a 64-bit mask of each node's child
 * characters; a step is one probe where a sorted child array per node needed a binary search.
 */
final class Lexicon<V> {

    /** An entry found in the text: its value and where it ends (exclusive; for a backward match, where it starts). */
    record Match<V>(V value, int end) {}

    /** No child: also the root's number, which is never anyone's child. */
    private static final int NONE = 0;
    /** A free slot of the edge table (no edge packs to it: keys stay below 2^36). */
    private static final long EMPTY = -1L;
    private static final int CHILD_BITS = 20;

    private final boolean reversed;
    /** The child of the root (node 0) for each character, or NONE. */
    private final int[] first = new int[Character.MAX_VALUE + 1];
    /**
     * The characters that start an entry, one bit each (8 KB, where {@link #first} takes 256 KB), for
     * {@link #starts}.
     */
    private final long[] starts = new long[(Character.MAX_VALUE + 1) / 64];
    /** The characters that are an entry on their own, one bit each. */
    private final long[] singles = new long[(Character.MAX_VALUE + 1) / 64];
    private boolean hasSingles;
    /**
     * Whether an entry of two characters or more can start at a position, from its first two characters
     * ({@code firstTwo}), then whether it is a whole entry of two ({@code wholeTwo}) or the first three characters of a
     * longer one match ({@code firstThree}); each a set of hashes, one bit per hash, so "no" is certain. Nearly every
     * position of a text starts no entry: of 16,000 positions of a work report, 1,400 start the first two characters
     * of a place name (town names are common words: 城关, 新华), 100 a two-character one, 40 the first three characters
     * of a longer one, 16 a place name; these sets say so for nearly all the rest from tables that stay in the cache
     * (64 KB and less for the gazetteer), before the trie (megabytes) is touched. They are asked before the first
     * characters: most Han characters start some place name, so that test would pass unpredictably and cost a
     * mispredicted branch at nearly every position, where these fail nearly always.
     */
    private final HashedSet firstTwo;
    private final HashedSet wholeTwo;
    private final HashedSet firstThree;
    /** The value of each node, null where no entry ends. */
    private final Object[] values;
    /**
     * Each node's child characters folded to 64 bits (bit c mod 64): most steps that fail (the text's next character
     * continues no entry) are answered here without a probe. Nodes are numbered shallow first, so the masks of the
     * nodes a text reaches most (one character deep) lie together and stay in the cache.
     */
    private final long[] childMasks;
    /** Edges below the root, open addressing: (node << 16 | character) << 20 | child in one slot; EMPTY is free. */
    private final long[] edges;
    private final int mask;
    private final int shift;

    private Lexicon(TreeMap<String, V> entries, boolean reversed) {
        this.reversed = reversed;
        // number the nodes, one per distinct prefix, shallow first (the root is 0, the empty prefix)
        Set<String> prefixes = new HashSet<>();
        for (String key : entries.keySet()) {
            for (int len = 1; len <= key.length(); len++) {
                prefixes.add(key.substring(0, len));
            }
        }
        List<String> order = new ArrayList<>(prefixes);
        order.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> ids = new HashMap<>();
        ids.put("", NONE);
        order.forEach(prefix -> ids.put(prefix, ids.size()));
        if (ids.size() >= 1 << CHILD_BITS) {
            throw new IllegalArgumentException("a lexicon holds at most " + (1 << CHILD_BITS) + " prefixes");
        }
        values = new Object[ids.size()];
        entries.forEach((key, value) -> values[ids.get(key)] = value);
        firstTwo = new HashedSet((int) prefixes.stream().filter(k -> k.length() == 2).count());
        wholeTwo = new HashedSet((int) entries.keySet().stream().filter(k -> k.length() == 2).count());
        firstThree = new HashedSet((int) prefixes.stream().filter(k -> k.length() == 3).count());
        entries.forEach((key, value) -> {
            if (key.length() >= 2) {
                firstTwo.add(hash(key.charAt(0), key.charAt(1)));
            }
            if (key.length() >= 3) {
                firstThree.add(hash(hash(key.charAt(0), key.charAt(1)), key.charAt(2)));
            } else if (key.length() == 2) {
                wholeTwo.add(hash(key.charAt(0), key.charAt(1)));
            } else if (key.length() == 1 && value != null) {
                singles[key.charAt(0) >>> 6] |= 1L << key.charAt(0);
                hasSingles = true;
            }
        });
        childMasks = new long[ids.size()];
        int capacity = Integer.highestOneBit(Math.max(2, ids.size()) * 2) * 2; // load factor at most 1/2: short probes
        edges = new long[capacity];
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        Arrays.fill(edges, EMPTY);
        for (String prefix : order) {
            char c = prefix.charAt(prefix.length() - 1);
            int parent = ids.get(prefix.substring(0, prefix.length() - 1));
            int id = ids.get(prefix);
            if (parent == NONE) {
                first[c] = id;
                starts[c >>> 6] |= 1L << c;
                continue;
            }
            childMasks[parent] |= 1L << c;
            long key = key(parent, c);
            int slot = slot(key);
            while (edges[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            edges[slot] = key << CHILD_BITS | id;
        }
    }

    /** Entries to find starting at a position. */
    static <V> Lexicon<V> forward(Map<String, V> entries) {
        return new Lexicon<>(new TreeMap<>(entries), false);
    }

    /** Entries to find ending at a position (e.g. a post before a name). */
    static <V> Lexicon<V> backward(Map<String, V> entries) {
        TreeMap<String, V> reversedKeys = new TreeMap<>();
        entries.forEach((k, v) -> reversedKeys.put(new StringBuilder(k).reverse().toString(), v));
        return new Lexicon<>(reversedKeys, true);
    }

    private static long key(int node, char c) {
        return (long) node << 16 | c;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift); // Fibonacci hashing: the high bits, well mixed
    }

    /** The child of {@code node} (not the root) by {@code c}, or NONE. */
    private int child(int node, char c) {
        if ((childMasks[node] & 1L << c) == 0) { // Java shifts a long by c mod 64
            return NONE;
        }
        long key = key(node, c);
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            long edge = edges[slot];
            if (edge >>> CHILD_BITS == key) {
                return (int) edge & ((1 << CHILD_BITS) - 1);
            }
            if (edge == EMPTY) {
                return NONE;
            }
        }
    }

    private static int hash(char c0, char c1) {
        return (c0 << 16 | c1) * 0x9E3779B1;
    }

    /** The hash of three characters from the hash of the first two. */
    private static int hash(int firstTwo, char c2) {
        return (firstTwo + c2) * 0x85EBCA6B;
    }

    /** Whether some entry starts with {@code c} (backward: ends with it). */
    boolean starts(char c) {
        return (starts[c >>> 6] & 1L << c) != 0;
    }

    /** The longest entry starting at {@code from} (forward) or ending just before {@code from} (backward). */
    Match<V> longest(CharSequence text, int from) {
        long found = walk(text, from);
        if (found < 0) {
            return null;
        }
        int node = (int) (found >>> 32);
        if (node == NONE) { // a one-character entry, found without its node
            node = first[text.charAt(reversed ? from - 1 : from)];
        }
        return new Match<>(value(node), (int) found);
    }

    /**
     * Where the longest entry at {@code from} ends (forward; backward: where it starts), or -1: {@link #longest} without
     * building a match, for the rules that only need to know whether and how far.
     */
    int longestEnd(CharSequence text, int from) {
        long found = walk(text, from);
        return found < 0 ? -1 : (int) found;
    }

    /**
     * The longest entry at {@code from} as its node (high half; NONE for a one-character entry, whose node only
     * {@link #longest} needs) and end (low half), or -1.
     */
    private long walk(CharSequence text, int from) {
        int n = text.length();
        int pos = reversed ? from - 1 : from;
        if (pos < 0 || pos >= n) {
            return -1;
        }
        char c = text.charAt(pos);
        int step = reversed ? -1 : 1;
        int next = pos + step;
        int third = next + step;
        boolean longer = false;
        if (next >= 0 && next < n) {
            int two = hash(c, text.charAt(next));
            longer = firstTwo.mayContain(two)
                    && (wholeTwo.mayContain(two) || third >= 0 && third < n && firstThree.mayContain(hash(two, text.charAt(third))));
        }
        if (!longer) {
            // no entry of two characters or more starts here: a one-character entry is all there can be
            // (the answer comes from the bit sets alone: {@link #first} is 256 KB and seldom in the cache)
            return !hasSingles || (singles[c >>> 6] & 1L << c) == 0 ? -1 : reversed ? pos : pos + 1;
        }
        int node = first[c];
        long best = -1;
        while (node != NONE) {
            if (values[node] != null) {
                best = (long) node << 32 | (reversed ? pos : pos + 1);
            }
            pos += step;
            if (pos < 0 || pos >= n) {
                break;
            }
            node = child(node, text.charAt(pos));
        }
        return best;
    }

    /** Every entry starting at {@code from}, shortest first (forward lexicons only). */
    List<Match<V>> all(CharSequence text, int from) {
        if (from >= text.length() || !starts(text.charAt(from))) {
            return List.of();
        }
        List<Match<V>> out = new ArrayList<>(2);
        int node = first[text.charAt(from)];
        for (int i = from; ; ) {
            if (values[node] != null) {
                out.add(new Match<>(value(node), i + 1));
            }
            if (++i >= text.length() || (node = child(node, text.charAt(i))) == NONE) {
                break;
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private V value(int node) {
        return (V) values[node];
    }

    /** A set of hashes, one bit each (a Bloom filter with one hash function): "no" is certain, "yes" likely. */
    private static final class HashedSet {
        private final long[] bits;
        private final int shift;

        /** About 16 bits per entry: one hash in 16 that was never added is taken for one that was. */
        HashedSet(int entries) {
            int size = Math.min(1 << 21, Math.max(1 << 12, Integer.highestOneBit(Math.max(1, entries) * 16) * 2));
            bits = new long[size / 64];
            shift = 32 - Integer.numberOfTrailingZeros(size);
        }

        void add(int hash) {
            int bit = hash >>> shift;
            bits[bit >>> 6] |= 1L << bit;
        }

        boolean mayContain(int hash) {
            int bit = hash >>> shift;
            return (bits[bit >>> 6] & 1L << bit) != 0;
        }
    }
}
