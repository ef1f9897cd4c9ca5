package dev.newspipe.core.entities;

import java.util.List;

/**
 * Place names for the rest of the core: whether a place name runs across a position of a text (the splitter asks it
 * where a narrow column broke a headline: {@code 祝愿故乡山} / {@code 西…} cuts 山西). Only names that are not a word
 * by chance count: a province or a city (in full or in the short form the press uses: 北京, 山西) and any full name of
 * three characters or more; a county's two-character short form is too often an everyday word at a phrase boundary.
 */
public final class PlaceNames {

    private PlaceNames() {}

    /** Whether a place name starts before {@code at} and ends after it. */
    public static boolean across(String text, int at) {
        Gazetteer gazetteer = EntityExtractor.GAZETTEER;
        for (int start = Math.max(0, at - 8); start < at; start++) {
            List<Lexicon.Match<Gazetteer.Place>> names = gazetteer.all(text, start);
            for (Lexicon.Match<Gazetteer.Place> m : names) {
                Gazetteer.Place p = m.value();
                boolean sure = p.level() == Gazetteer.Level.PROVINCE || p.level() == Gazetteer.Level.CITY
                        || !p.shortForm() && p.name().length() >= 3;
                if (m.end() > at && sure && gazetteer.at(text, start) != null) {
                    return true;
                }
            }
        }
        return false;
    }
}
