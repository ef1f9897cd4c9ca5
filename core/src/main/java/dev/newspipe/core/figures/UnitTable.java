package dev.newspipe.core.figures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The units figures are written with, read from {@code units.tsv} beside this class: surface form, canonical unit,
 * dimension, and whether it counts things, measures an amount or is a part of a larger unit (角 of 元). Extending
 * the extractor to a new unit is a line in that file.
 */
public final class UnitTable {

    /** How a unit is used. */
    public enum Use {
        /** Things counted: 47人, 10件. */
        COUNT,
        /** An amount: 1686亿元, 5.5%. */
        MEASURE,
        /** A part of a larger unit that only continues an amount: the 三毛 of 五元三毛. */
        PART
    }

    /**
     * One surface form of a unit. {@code factor} is its value in the canonical unit (1 unless a part); {@code notBefore}
     * the characters that, written right after the surface, make it another word ({@code 群} of 群众, {@code 峰} of 峰会).
     */
    public record Unit(String surface, String canonical, String dimension, Use use, double factor, String notBefore) {
        public Unit {
            Objects.requireNonNull(surface, "surface");
            Objects.requireNonNull(canonical, "canonical");
            Objects.requireNonNull(notBefore, "notBefore");
        }

        /** Whether the surface, followed by {@code next}, is this unit rather than the start of another word. */
        boolean standsBefore(char next) {
            return notBefore.indexOf(next) < 0;
        }

        public boolean isCount() {
            return use == Use.COUNT;
        }
    }

    private static final UnitTable DEFAULT = load("units.tsv");

    private final Map<String, Unit> bySurface;
    /** The units by their first character, longest first. */
    private final Map<Character, Unit[]> byFirst;
    /** The first characters of units, by character: most characters after a number begin none, which this answers at once. */
    private final BitSet firsts = new BitSet();

    private UnitTable(Map<String, Unit> bySurface) {
        this.bySurface = Map.copyOf(bySurface);
        Map<Character, java.util.List<Unit>> first = new HashMap<>();
        bySurface.values().forEach(u -> first.computeIfAbsent(u.surface().charAt(0), c -> new java.util.ArrayList<>()).add(u));
        Map<Character, Unit[]> sorted = new HashMap<>();
        first.forEach((c, list) -> {
            list.sort((a, b) -> Integer.compare(b.surface().length(), a.surface().length()));
            sorted.put(c, list.toArray(Unit[]::new));
        });
        this.byFirst = Map.copyOf(sorted);
        sorted.keySet().forEach(c -> firsts.set(c));
    }

    /** The table shipped with newspipe. */
    public static UnitTable standard() {
        return DEFAULT;
    }

    static UnitTable load(String resource) {
        Map<String, Unit> units = new HashMap<>();
        try (InputStream in = UnitTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("unit table " + resource + " missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length < 4) {
                    throw new IllegalStateException(resource + ":" + number + ": want surface, canonical, dimension, use");
                }
                Use use = Use.valueOf(f[3].strip().toUpperCase(java.util.Locale.ROOT));
                double factor = f.length > 4 ? Double.parseDouble(f[4].strip()) : 1;
                String notBefore = f.length > 5 ? f[5].strip() : "";
                units.put(f[0], new Unit(f[0], f[1], f[2], use, factor, notBefore));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new UnitTable(units);
    }

    /** The longest unit written at {@code from} in {@code text}, or {@code null}. */
    public Unit at(String text, int from) {
        if (from >= text.length() || !firsts.get(text.charAt(from))) {
            return null;
        }
        Unit[] candidates = byFirst.get(text.charAt(from));
        if (candidates != null) {
            for (Unit unit : candidates) {
                int after = from + unit.surface().length();
                if (text.startsWith(unit.surface(), from) && (after >= text.length() || unit.standsBefore(text.charAt(after)))) {
                    return unit;
                }
            }
        }
        return null;
    }

    /** Whether some unit starts with {@code c}. */
    public boolean startsWith(char c) {
        return firsts.get(c);
    }

    /** The unit of a surface form, or {@code null}. */
    public Unit get(String surface) {
        return bySurface.get(surface);
    }
}
