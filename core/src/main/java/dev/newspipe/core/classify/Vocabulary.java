package dev.newspipe.core.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms of a counted cue, found the way {@link java.util.regex} finds their alternation, without a regex engine
 * trying every term at every character.
 *
 * <p>A counted cue is written as a regex alternation, {@code 主席团|预备会议|代表团|…}. Most terms are plain words, a few
 * are word choices ({@code 我们(?:将|要)}, {@code [●■◆]}, {@code ^[（(][一二三][）)]}: a line that starts with a
 * numbered heading) and a few are true patterns ({@code 批准.{2,30}所作的}). {@link #of} spells out the word choices
 * into words and keeps each true pattern, indexed by the words it can start with. {@link Scanner} then walks a text
 * once for many vocabularies at a time: at each character it looks only at the terms that start with it, in the
 * order of the alternation, and takes the first that matches, exactly like {@code Matcher.find} does; after a find a
 * vocabulary looks again at the end of it. So the finds, and the order in which they are first seen, are those of
 * the regex.
 */
final class Vocabulary {

    /** Expansion stops here: an alternation with more spelled-out words than this stays a regex term. */
    private static final int MAX_WORDS_PER_TERM = 200;

    /** One term of the alternation, in its order; a pattern term is tried where its first word stands. */
    private record Term(int order, String word, boolean lineStart, Pattern pattern) {

        /** The length of the find at {@code at}, or -1. */
        int matchAt(String text, int at, Matcher[] matchers) {
            if (!text.startsWith(word, at) || lineStart && !atLineStart(text, at)) {
                return -1;
            }
            if (pattern == null) {
                return word.length();
            }
            Matcher m = matchers[order];
            if (m == null) {
                m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                matchers[order] = m;
            }
            m.region(at, text.length());
            return m.lookingAt() ? m.end() - at : -1;
        }
    }

    private final String regex;
    private final List<Term> terms;

    private Vocabulary(String regex, List<Term> terms) {
        this.regex = regex;
        this.terms = terms;
    }

    String regex() {
        return regex;
    }

    /**
     * The vocabulary of an alternation whose every term starts with a word (or a choice of words), or empty when a
     * term can start anywhere (then the regex is the better tool).
     */
    static Optional<Vocabulary> of(String regex) {
        List<Term> terms = new ArrayList<>();
        int order = 0;
        for (String alternative : split(regex, 0, regex.length())) {
            boolean lineStart = alternative.startsWith("^");
            String body = lineStart ? alternative.substring(1) : alternative;
            List<String> words = spell(body);
            if (words != null) {
                for (String w : words) {
                    terms.add(new Term(order, w, lineStart, null));
                }
            } else {
                // A true pattern: indexed by the words its literal start can take, then matched in place.
                List<String> starts = spell(literalStart(body));
                if (starts == null || starts.isEmpty() || starts.contains("")) {
                    return Optional.empty();
                }
                Pattern p = Pattern.compile(alternative, Pattern.MULTILINE);
                for (String w : starts) {
                    terms.add(new Term(order, w, lineStart, p));
                }
            }
            order++;
        }
        return Optional.of(new Vocabulary(regex, List.copyOf(terms)));
    }

    /** The scanner of this vocabulary alone, built on first use (a race builds an equal one). */
    private Scanner alone;

    /** The distinct finds of this vocabulary alone, in the order first seen. */
    List<String> distinct(String text) {
        Scanner scanner = alone;
        if (scanner == null) {
            scanner = new Scanner(List.of(this));
            alone = scanner;
        }
        return scanner.scan(text).get(0);
    }

    /**
     * Several vocabularies walked over a text in one pass. Thread-safe: each scan has its own state.
     */
    static final class Scanner {

        private final int vocabularies;
        private final int patternTerms;
        /** Which characters start any term: one bit per UTF-16 unit, so most characters are passed at one test. */
        private final long[] starts = new long[1 << 10];
        /**
         * The terms that start with a character, vocabulary by vocabulary and in the order of each alternation: a page of
         * 64 characters per bit word of {@link #starts} that has any (read without boxing or hashing the character).
         */
        private final Entry[][][] byFirst = new Entry[1 << 10][][];

        private record Entry(int vocabulary, Term term, int matcherSlot) {
        }

        Scanner(List<Vocabulary> list) {
            this.vocabularies = list.size();
            java.util.Map<Character, List<Entry>> index = new java.util.LinkedHashMap<>();
            int slot = 0;
            for (int v = 0; v < list.size(); v++) {
                int firstSlot = slot;
                int maxOrder = -1;
                for (Term t : list.get(v).terms) {
                    char c = t.word().charAt(0);
                    starts[c >>> 6] |= 1L << c;
                    Term shifted = t.pattern() == null ? t : new Term(firstSlot + t.order(), t.word(), t.lineStart(), t.pattern());
                    index.computeIfAbsent(c, k -> new ArrayList<>()).add(new Entry(v, shifted, firstSlot + t.order()));
                    maxOrder = Math.max(maxOrder, t.order());
                }
                slot = firstSlot + maxOrder + 1;
            }
            this.patternTerms = slot;
            index.forEach((c, entries) -> {
                if (byFirst[c >>> 6] == null) {
                    byFirst[c >>> 6] = new Entry[64][];
                }
                byFirst[c >>> 6][c & 63] = entries.toArray(Entry[]::new);
            });
        }

        /** For each vocabulary, its distinct finds in {@code text} in the order first seen. */
        List<List<String>> scan(String text) {
            int[] next = new int[vocabularies];
            @SuppressWarnings("unchecked")
            Set<String>[] found = new Set[vocabularies];
            Matcher[] matchers = new Matcher[patternTerms];
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if ((starts[c >>> 6] & (1L << c)) == 0) {
                    continue;
                }
                for (Entry e : byFirst[c >>> 6][c & 63]) {
                    int v = e.vocabulary();
                    if (next[v] > i) {
                        continue; // inside this vocabulary's last find, or it found something here already
                    }
                    int length = e.term().matchAt(text, i, matchers);
                    if (length >= 0) {
                        if (found[v] == null) {
                            found[v] = new LinkedHashSet<>();
                        }
                        // A word's find is the word itself: adding the table's own string (its hash kept) spares a copy per find.
                        found[v].add(e.term().pattern() == null ? e.term().word() : text.substring(i, i + length));
                        // Like Matcher.find: look again after the find (an empty find cannot happen: every term starts with a word).
                        next[v] = i + length;
                    }
                }
            }
            List<List<String>> out = new ArrayList<>(vocabularies);
            for (Set<String> f : found) {
                out.add(f == null ? List.of() : List.copyOf(f));
            }
            return out;
        }
    }

    /**
     * The groups of words a text must hold for {@code regex} to find anything there: at least one word of every group.
     * A regex of one alternative requires each of its runs of plain characters that are neither quantified nor inside a
     * group or class, and the required groups of each group every find passes through (not optional, no look-around):
     * {@code 人大(?:代表|常委会)} requires 人大, and 代表 or 常委会. Of several alternatives, a text need hold only one
     * alternative's words, so they make one group: each alternative's best choice, its longest run or, when that is
     * longer, the best of its groups ({@code 会议|(?:政协|人大)} requires 会议, 政协 or 人大). Of two choices the one whose
     * shortest word is longer is better, then the one of fewer words; the groups come best first. Empty when some
     * alternative has no required word (then nothing can be ruled out). A cue runs its regex only on texts that hold
     * every group: most texts hold none, and {@code String.contains} is much cheaper than a failing search.
     */
    static List<List<String>> requiredWords(String regex) {
        List<String> alternatives = split(regex, 0, regex.length());
        if (alternatives.size() == 1) {
            return requiredOfAlternative(alternatives.get(0));
        }
        List<String> words = new ArrayList<>();
        for (String alternative : alternatives) {
            List<List<String>> groups = requiredOfAlternative(alternative);
            if (groups.isEmpty()) {
                return List.of();
            }
            words.addAll(groups.get(0));
        }
        return List.of(List.copyOf(words));
    }

    /** The required groups of one alternative ({@link #requiredWords}), best first. */
    private static List<List<String>> requiredOfAlternative(String alternative) {
        List<List<String>> groups = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i <= alternative.length()) {
            char c = i < alternative.length() ? alternative.charAt(i) : '\0';
            boolean plain = i < alternative.length() && ".\\?*+{}|()[]^$".indexOf(c) < 0 && !Character.isSurrogate(c)
                    && !(i + 1 < alternative.length() && "?*+{".indexOf(alternative.charAt(i + 1)) >= 0);
            if (plain) {
                run.append(c);
                i++;
                continue;
            }
            if (run.length() > 0) {
                groups.add(List.of(run.toString()));
            }
            run.setLength(0);
            if (i >= alternative.length()) {
                break;
            }
            if (c == '\\') {
                i += 2;
            } else if (c == '[') {
                i = classEnd(alternative, i) + 1;
            } else if (c == '(') {
                int end = groupEnd(alternative, i);
                boolean passed = (alternative.startsWith("(?:", i) || !alternative.startsWith("(?", i))
                        && !(end + 1 < alternative.length() && "?*{".indexOf(alternative.charAt(end + 1)) >= 0);
                if (passed) {
                    groups.addAll(requiredWords(alternative.substring(alternative.startsWith("(?:", i) ? i + 3 : i + 1, end)));
                }
                i = end + 1;
            } else if (c == '{') {
                i = alternative.indexOf('}', i) + 1;
            } else {
                i++; // a wildcard, an anchor, a quantifier, or a plain character made optional by the quantifier after it
            }
        }
        // best first (a stable sort: of equals, the first in the regex), so a text that holds none is ruled out at once
        groups.sort(Comparator.comparingInt((List<String> g) -> -shortest(g)).thenComparingInt(List::size));
        return List.copyOf(groups);
    }

    /**
     * The characters every find of {@code regex} starts with, or null when some alternative may start with anything
     * else (a wildcard, a class with ranges or negation, a look-ahead, a line start): each top-level alternative's
     * literal start spelled out ({@code 代表…}, {@code (?:人民代表大会|人大)…}, {@code [省市县区州]委…}), after the
     * look-behinds it opens with ({@link #afterLookBehinds}). A find is then
     * looked for only where one of them stands ({@link KeyChars}), not tried at every character.
     */
    static String firstChars(String regex) {
        StringBuilder chars = new StringBuilder();
        for (String whole : split(regex, 0, regex.length())) {
            String alternative = afterLookBehinds(whole);
            List<String> starts = alternative.startsWith("^") ? null : spell(literalStart(alternative));
            if (starts != null && starts.contains("")) {
                // a group that opens the alternative and is no spelled word (its own alternatives have quantifiers:
                // (?:人大代表|(?:人大|人代会).{0,20}?代表)…): every find starts where one of its alternatives does
                String inner = openingGroupFirstChars(alternative);
                if (inner != null) {
                    for (int k = 0; k < inner.length(); k++) {
                        if (chars.indexOf(inner.substring(k, k + 1)) < 0) {
                            chars.append(inner.charAt(k));
                        }
                    }
                    continue;
                }
            }
            if (starts == null || starts.isEmpty() || starts.contains("")) {
                return null;
            }
            for (String w : starts) {
                if (chars.indexOf(w.substring(0, 1)) < 0) {
                    chars.append(w.charAt(0));
                }
            }
        }
        return chars.toString();
    }

    /**
     * {@code alternative} without the look-behinds it opens with ({@code (?<!老年)人大} is {@code 人大}): they match no
     * character, so a find starts where what follows them does; and {@link KeyChars}'s bounds are transparent, so a
     * look-behind still reads the text before the place tried.
     */
    private static String afterLookBehinds(String alternative) {
        while (alternative.startsWith("(?<=") || alternative.startsWith("(?<!")) {
            alternative = alternative.substring(groupEnd(alternative, 0) + 1);
        }
        return alternative;
    }

    /**
     * The first characters of the non-capturing group {@code alternative} opens with, or null: when it opens with none,
     * when the group may be skipped (a quantifier after it other than {@code +}) or when one of its own alternatives
     * may start with anything ({@link #firstChars}).
     */
    private static String openingGroupFirstChars(String alternative) {
        if (!alternative.startsWith("(?:")) {
            return null;
        }
        int end = groupEnd(alternative, 0);
        if (end + 1 < alternative.length() && "?*{".indexOf(alternative.charAt(end + 1)) >= 0) {
            return null;
        }
        String inner = firstChars(alternative.substring(3, end));
        return inner == null || inner.isEmpty() ? null : inner;
    }

    /** Whether every top-level alternative of {@code regex} opens with {@code ^}: each find starts where a line does. */
    static boolean atLineStarts(String regex) {
        for (String alternative : split(regex, 0, regex.length())) {
            if (!alternative.startsWith("^")) {
                return false;
            }
        }
        return true;
    }

    /** The length of the shortest word of {@code group}: the longer, the more text the group rules out. */
    private static int shortest(List<String> group) {
        return group.stream().mapToInt(String::length).min().orElse(0);
    }

    private static boolean atLineStart(String text, int at) {
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        // The line terminators of Pattern.MULTILINE's ^.
        return before == '\n' || before == '\r' || before == '\u0085' || before == '\u2028' || before == '\u2029';
    }

    /** The top-level alternatives of {@code regex[from, to)}. */
    private static List<String> split(String regex, int from, int to) {
        List<String> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = regex.charAt(i);
            if (c == '|') {
                out.add(regex.substring(start, i));
                start = i + 1;
            } else {
                i = pieceEnd(regex, i); // an escape, a class or a group is one piece: its | are its own
            }
        }
        out.add(regex.substring(start, to));
        return out;
    }

    /**
     * The words a term without quantifiers, wildcards or escapes stands for, in the order the regex tries them:
     * plain characters, {@code [abc]} and {@code (?:a|b)} choices. {@code null} when the term is a true pattern.
     */
    private static List<String> spell(String term) {
        List<String> words = new ArrayList<>(List.of(""));
        int i = 0;
        while (i < term.length()) {
            char c = term.charAt(i);
            List<String> choice;
            int after;
            if (c == '[') {
                int end = classEnd(term, i);
                choice = new ArrayList<>();
                for (int k = i + 1; k < end; k++) {
                    char m = term.charAt(k);
                    if (m == '\\' || m == '^' || m == '-' || m == '[' || m == '&') {
                        return null;
                    }
                    choice.add(String.valueOf(m));
                }
                after = end + 1;
            } else if (c == '(') {
                if (!term.startsWith("(?:", i)) {
                    return null; // capturing groups and lookarounds are patterns
                }
                int end = groupEnd(term, i);
                choice = new ArrayList<>();
                for (String alternative : split(term, i + 3, end)) {
                    List<String> spelled = spell(alternative);
                    if (spelled == null) {
                        return null;
                    }
                    choice.addAll(spelled);
                }
                after = end + 1;
            } else if (".\\?*+{}|)^$]".indexOf(c) >= 0 || Character.isSurrogate(c)) {
                return null;
            } else {
                choice = List.of(String.valueOf(c));
                after = i + 1;
            }
            if (after < term.length() && "?*+{".indexOf(term.charAt(after)) >= 0) {
                return null; // a quantified piece: a pattern
            }
            List<String> longer = new ArrayList<>(words.size() * choice.size());
            for (String w : words) {
                for (String ch : choice) {
                    longer.add(w + ch);
                }
            }
            if (longer.size() > MAX_WORDS_PER_TERM) {
                return null;
            }
            words = longer;
            i = after;
        }
        return words;
    }

    /** The longest start of a term that {@link #spell} can spell: its pieces before the first quantified or wild one. */
    private static String literalStart(String term) {
        int i = 0;
        int end = 0;
        while (i < term.length()) {
            char c = term.charAt(i);
            int after;
            if (c == '[') {
                after = classEnd(term, i) + 1;
            } else if (term.startsWith("(?:", i)) {
                after = groupEnd(term, i) + 1;
            } else if (".\\?*+{}|()^$]".indexOf(c) >= 0) {
                break;
            } else {
                after = i + 1;
            }
            if (after < term.length() && "?*+{".indexOf(term.charAt(after)) >= 0) {
                break;
            }
            if (spell(term.substring(0, after)) == null) {
                break;
            }
            end = after;
            i = after;
        }
        return term.substring(0, end);
    }

    /** The last index of the piece that starts at {@code at}: an escape, a {@code [class]}, a {@code (group)} or one character. */
    private static int pieceEnd(String regex, int at) {
        return switch (regex.charAt(at)) {
            case '\\' -> at + 1;
            case '[' -> classEnd(regex, at);
            case '(' -> groupEnd(regex, at);
            default -> at;
        };
    }

    private static int classEnd(String regex, int open) {
        for (int i = open + 1; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']' && i > open + 1) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed [ in " + regex);
    }

    private static int groupEnd(String regex, int open) {
        for (int i = open + 1; i < regex.length(); i++) {
            if (regex.charAt(i) == ')') {
                return i;
            }
            i = pieceEnd(regex, i);
        }
        throw new IllegalArgumentException("unclosed ( in " + regex);
    }
}
