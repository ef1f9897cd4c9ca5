package dev.newspipe.core.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A read-only character trie: the longest entry starting at a position (or, built over reversed keys, ending at
 * one). Sorted child arrays keep 40,000 division names in a few megabytes and make a lookup a handful of binary
 * searches, which is what lets entity extraction run at dictionary speed.
 */
final class Lexicon<V> {

    /** An entry found in the text: its value and where it ends (exclusive; for a backward match, where it starts). */
    record Match<V>(V value, int end) {}

    private static final class Node<V> {
        char[] keys = new char[0];
        Node<V>[] children;
        V value;
    }

    private final Node<V> root;
    private final boolean reversed;
    /** The root's children by character: most positions of a text start no entry, and this says so in one step. */
    private final Node<V>[] first;

    @SuppressWarnings("unchecked")
    private Lexicon(Node<V> root, boolean reversed) {
        this.root = root;
        this.reversed = reversed;
        this.first = new Node[Character.MAX_VALUE + 1];
        for (int k = 0; k < root.keys.length; k++) {
            first[root.keys[k]] = root.children[k];
        }
    }

    /** Entries to find starting at a position. */
    static <V> Lexicon<V> forward(Map<String, V> entries) {
        return new Lexicon<>(build(new TreeMap<>(entries), 0), false);
    }

    /** Entries to find ending at a position (e.g. a post before a name). */
    static <V> Lexicon<V> backward(Map<String, V> entries) {
        TreeMap<String, V> reversedKeys = new TreeMap<>();
        entries.forEach((k, v) -> reversedKeys.put(new StringBuilder(k).reverse().toString(), v));
        return new Lexicon<>(build(reversedKeys, 0), true);
    }

    @SuppressWarnings("unchecked")
    private static <V> Node<V> build(TreeMap<String, V> entries, int depth) {
        Node<V> node = new Node<>();
        List<Character> keys = new ArrayList<>();
        List<Node<V>> children = new ArrayList<>();
        TreeMap<String, V> group = new TreeMap<>();
        char current = 0;
        for (Map.Entry<String, V> e : entries.entrySet()) {
            String key = e.getKey();
            if (key.length() == depth) {
                node.value = e.getValue();
                continue;
            }
            char c = key.charAt(depth);
            if (!group.isEmpty() && c != current) {
                keys.add(current);
                children.add(build(group, depth + 1));
                group = new TreeMap<>();
            }
            current = c;
            group.put(key, e.getValue());
        }
        if (!group.isEmpty()) {
            keys.add(current);
            children.add(build(group, depth + 1));
        }
        node.keys = new char[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            node.keys[i] = keys.get(i);
        }
        node.children = children.toArray(new Node[0]);
        return node;
    }

    /** The longest entry starting at {@code from} (forward) or ending just before {@code from} (backward). */
    Match<V> longest(CharSequence text, int from) {
        int start = reversed ? from - 1 : from;
        if (start < 0 || start >= text.length() || first[text.charAt(start)] == null) {
            return null;
        }
        Node<V> node = root;
        Match<V> best = null;
        int i = from;
        while (true) {
            int pos = reversed ? i - 1 : i;
            if (pos < 0 || pos >= text.length()) {
                break;
            }
            Node<V> next;
            if (node == root) {
                next = first[text.charAt(pos)];
            } else {
                int k = java.util.Arrays.binarySearch(node.keys, text.charAt(pos));
                next = k < 0 ? null : node.children[k];
            }
            if (next == null) {
                break;
            }
            node = next;
            i = reversed ? i - 1 : i + 1;
            if (node.value != null) {
                best = new Match<>(node.value, i);
            }
        }
        return best;
    }

    /** Every entry starting at {@code from}, shortest first (forward lexicons only). */
    List<Match<V>> all(CharSequence text, int from) {
        if (from >= text.length() || first[text.charAt(from)] == null) {
            return List.of();
        }
        List<Match<V>> out = new ArrayList<>(2);
        Node<V> node = root;
        for (int i = from; i < text.length(); i++) {
            int k = java.util.Arrays.binarySearch(node.keys, text.charAt(i));
            if (k < 0) {
                break;
            }
            node = node.children[k];
            if (node.value != null) {
                out.add(new Match<>(node.value, i + 1));
            }
        }
        return out;
    }
}
