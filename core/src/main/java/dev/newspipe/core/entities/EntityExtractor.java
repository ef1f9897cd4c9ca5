package dev.newspipe.core.entities;

import dev.newspipe.core.model.NamedEntities;
import dev.newspipe.core.model.NamedEntities.Mention;
import dev.newspipe.core.model.NamedEntities.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names people, organisations and places from tables and a small grammar, in one pass over the text, without a
 * statistical model:
 * <ul>
 * <li><b>organisations</b>: an optional place prefix (a division of the {@link Gazetteer}, full or short, or 市/县/区/省
 * alone, or 中共 + place, or 全国) + an institution from {@code institutions.tsv} (人民政府, 人大常委会, 中级人民法院, 委 …)
 * or a free middle of up to six characters + a generic institution noun (大学, 中心, 局, 厅 …), then departments
 * (办公室, 党组, 宣传部 …); bodies that stand alone (党中央, 国务院, 新华社); companies listed before 等…企业.
 * Congress names with a term (市十六届人大, 大同市第十六届人民代表大会) are read over but not named: they are meetings,
 * not institutions.</li>
 * <li><b>places</b>: the gazetteer, and venues: a place or a short word after a preposition + a venue noun (宾馆, 公园,
 * 文化宫, 寺, 河, 街 …).</li>
 * <li><b>people</b>: a surname from {@code surnames.txt} + one or two characters, where the context says person: a post
 * before it (市长刘俊义, 记者 李雪峰), a verb of office after it (主持, 指出, 同志), or a list of such names joined by
 * 、.</li>
 * </ul>
 * Each entity keeps its first mention with its offsets into the text given and the cue it was taken on.
 *
 * <p>A text is read in a {@link Reading}: the longest place name at every position is looked up once, venues are
 * found from their noun back, then the rules run over the positions where one can start (most positions start
 * nothing, and a look at the character says so). The lexicons answer "nothing here" from small tables
 * ({@link Lexicon}); cues are written only for what is found.
 */
public final class EntityExtractor {

    private static final int MAX_TEXT = 50_000;
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final Tables TABLES = Tables.load();

    /**
     * What an institution's name starts with (a place, 全国, or a level character alone such as 市), kept as positions:
     * its cue is written only once a name is found, and most prefixes (every place name in the text) start none.
     */
    private record Prefix(int start, int end, String kind) {
        String cue(String text) {
            String written = text.substring(start, end);
            return kind.isEmpty() ? written : kind + " " + written;
        }
    }

    /** The cue of a place taken from the gazetteer, by level ("gazetteer city"), written once. */
    private static final Map<Gazetteer.Level, String> GAZETTEER_CUES = java.util.Arrays.stream(Gazetteer.Level.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(level -> level,
                    level -> "gazetteer " + level.name().toLowerCase(java.util.Locale.ROOT)));

    /** An organisation found at a position, or a congress name read over (named == false). */
    private record Span(int start, int end, boolean named, String cue) {}

    /**
     * The division of the level written {@code levelChar} (市, 县, 区, 省) that the text names most often, in full
     * (长治市 for a text that writes 长治), for reading short forms such as 市十五届人大.
     */
    public static java.util.Optional<String> evidentPlace(String text, char levelChar) {
        return GAZETTEER.evident(text, levelChar);
    }

    public NamedEntities extract(String text) {
        String written = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        String folded = TraditionalFold.fold(written);
        NamedEntities found = new Reading(folded).entities();
        if (found.mentions().isEmpty() || folded == written) { // fold gives the same instance when nothing changed
            return found;
        }
        // names as written (劉俊義, not 刘俊义): the folded text only served the matching; offsets are the same
        List<Mention> mentions = found.mentions().stream()
                .map(m -> new Mention(m.type(), written.substring(m.start(), m.end()), m.start(), m.end(), m.cue())).toList();
        Map<String, String> asWritten = new HashMap<>();
        mentions.forEach(m -> asWritten.put(m.type() + TraditionalFold.fold(m.name()), m.name()));
        java.util.function.BiFunction<Type, List<String>, List<String>> back = (type, names) -> names.stream()
                .map(n -> asWritten.getOrDefault(type + n, n)).distinct().toList();
        return new NamedEntities(back.apply(Type.PERSON, found.people()), back.apply(Type.ORGANIZATION, found.organizations()),
                back.apply(Type.PLACE, found.places()), mentions);
    }

    /**
     * One text being read. The rules ask the gazetteer about the same positions again and again (the organisation's
     * prefix, the place, a venue's middle, a name's neighbours), and about nearly every position, so each position's
     * longest place name is looked up once, in one pass before the rules run: a tight loop whose lookups (nearly all
     * "none here") the processor overlaps, where the same lookups spread among the rules each waited for memory.
     */
    private static final class Reading {

        private final String text;
        private final Lexicon.Match<Gazetteer.Place>[] placeAt;

        @SuppressWarnings("unchecked")
        Reading(String text) {
            this.text = text;
            this.placeAt = new Lexicon.Match[text.length()];
            for (int i = 0; i < placeAt.length; i++) {
                placeAt[i] = GAZETTEER.at(text, i);
            }
        }

        /** The longest place name starting at {@code i}, or null ({@link Gazetteer#at}, looked up once per position). */
        private Lexicon.Match<Gazetteer.Place> placeAt(int i) {
            return i < 0 || i >= placeAt.length ? null : placeAt[i];
        }

        private NamedEntities entities() {
            Map<String, Mention> people = new LinkedHashMap<>();
            Map<String, Mention> organizations = new LinkedHashMap<>();
            Map<String, Mention> places = new LinkedHashMap<>();
            Set<String> named = new java.util.HashSet<>();
            List<Span> counties = new ArrayList<>();
            Span[] anchored = anchoredVenues();
            int lastPersonEnd = -1;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (!isHan(c)) {
                    i++;
                    continue;
                }
                // most positions start nothing: an organisation or a place starts only at a character of
                // mayStartBody, a place name, a venue found from its noun back, or after a preposition of place; a
                // person only at a surname
                // (| rather than ||: every test is cheap, and one branch on all of them mispredicts less than five)
                boolean body = TABLES.mayStartBody.has(c) | placeAt[i] != null | anchored[i] != null
                        | (i > 0 && TABLES.beforeVenue.has(text.charAt(i - 1))) | nextInListOfVenues(i);
                if (!body & !TABLES.surnames.starts(c)) {
                    i++;
                    continue;
                }
                Span org = body ? organization(i) : null;
                Span place = org != null || !body ? null : anchored[i] != null ? anchored[i] : place(i);
                if (org != null || place != null) {
                    // the cities named (alone or at the head of a body's name), for the counties' short forms
                    Lexicon.Match<Gazetteer.Place> division = placeAt(i);
                    if (division != null && !division.value().needsParent() && division.value().code().length() >= 4) {
                        named.add(division.value().code().substring(0, 4));
                    }
                }
                if (org != null) {
                    if (org.named()) {
                        add(organizations, Type.ORGANIZATION, org.start(), org.end(), org.cue());
                    }
                    i = org.end();
                    continue;
                }
                if (place != null) {
                    Gazetteer.Place division = division(place.start(), place.end());
                    if (!place.named()) {
                        // read over
                    } else if (division != null && division.needsParent()) {
                        counties.add(place); // taken only if its city or province is named too
                    } else {
                        add(places, Type.PLACE, place.start(), place.end(), place.cue());
                    }
                    if (place.named() && place.cue().startsWith("venue")) {
                        lastVenueEnd = place.end();
                    }
                    i = place.end();
                    continue;
                }
                Span person = person(i, lastPersonEnd);
                if (person != null) {
                    add(people, Type.PERSON, person.start(), person.end(), person.cue());
                    lastPersonEnd = person.end();
                    i = person.end();
                    continue;
                }
                i++;
            }
            for (Span county : counties) {
                String code = division(county.start(), county.end()).code();
                if (named.contains(code.substring(0, 4))) {
                    add(places, Type.PLACE, county.start(), county.end(), county.cue() + ", its city or province named");
                }
            }
            companies(organizations);
            List<Mention> mentions = new ArrayList<>();
            mentions.addAll(people.values());
            mentions.addAll(organizations.values());
            mentions.addAll(places.values());
            mentions.sort(java.util.Comparator.comparingInt(Mention::start));
            return new NamedEntities(List.copyOf(people.keySet()), List.copyOf(organizations.keySet()), List.copyOf(places.keySet()),
                    mentions);
        }

        /** The division named exactly by {@code text[start, end)}, or null. */
        private Gazetteer.Place division(int start, int end) {
            for (Lexicon.Match<Gazetteer.Place> m : GAZETTEER.all(text, start)) {
                if (m.end() == end) {
                    return m.value();
                }
            }
            return null;
        }

        private void add(Map<String, Mention> into, Type type, int start, int end, String cue) {
            into.putIfAbsent(text.substring(start, end), new Mention(type, text.substring(start, end), start, end, cue));
        }

        // ---------------------------------------------------------------- organisations

        private Span organization(int start) {
            Lexicon.Match<String> alone = TABLES.standalone.longest(text, start);
            Span grammar = byGrammar(start, alone);
            if (alone != null && (grammar == null || alone.end() > grammar.end())) {
                // 中国人民政治协商会议 is one name, not 中国 + 人民政治协 + 商会
                return departments(start, alone.end(), "institution " + alone.value());
            }
            return grammar;
        }

        private Span byGrammar(int start, Lexicon.Match<String> alone) {
            int i = start;
            Prefix prefix;
            boolean termRead = false;
            // 第十三届全国人民代表大会常务委员会: the term before 全国
            int term = term(i);
            if (term > i && text.startsWith("全国", term)) {
                i = term;
                termRead = true;
            }
            if (text.startsWith("中共", i)) {
                Lexicon.Match<Gazetteer.Place> place = placeAt(i + 2);
                if (place != null && place.end() < text.length() && text.charAt(place.end()) == '委') {
                    return departments(start, place.end() + 1, "中共 + place + 委");
                }
            }
            Lexicon.Match<Gazetteer.Place> place = placeAt(i);
            if (place != null && place.value().needsParent()) {
                place = null; // 和县委 in 县法院和县委: the conjunction, not the county 和县
            }
            int afterPrefix;
            if (place != null) {
                afterPrefix = place.end();
                // 广东省深圳市: a division inside a division
                Lexicon.Match<Gazetteer.Place> inner = placeAt(afterPrefix);
                if (inner != null && !inner.value().shortForm()) {
                    afterPrefix = inner.end();
                }
                prefix = new Prefix(i, afterPrefix, "place");
            } else if (text.startsWith("全国", i)) {
                afterPrefix = i + 2;
                prefix = new Prefix(i, afterPrefix, "");
            } else if (TABLES.levelChars.has(text.charAt(i)) && (i == 0 || !TABLES.notBeforeLevel.has(text.charAt(i - 1)))
                    && (i + 1 >= text.length() || !TABLES.notAfterLevel.has(text.charAt(i + 1)))) {
                afterPrefix = i + 1;
                prefix = new Prefix(i, afterPrefix, "level");
            } else {
                return alone == null ? null : departments(start, alone.end(), "institution " + alone.value());
            }
            // 市第六届人民代表大会常务委员会, 市六届人大常委会, 大同市第十六届人民代表大会
            int afterTerm = termRead ? afterPrefix : term(afterPrefix);
            if (afterTerm > afterPrefix || termRead) {
                Lexicon.Match<String> congress = TABLES.congress.longest(text, afterTerm);
                if (congress != null) {
                    boolean standing = congress.value().equals("standing");
                    return standing ? departments(start, congress.end(), prefix.cue(text) + " + term + standing committee")
                            : new Span(start, congress.end(), false, "congress with a term");
                }
                if (!termRead) {
                    return null;
                }
            }
            Lexicon.Match<String> institution = TABLES.institutions.longest(text, afterPrefix);
            if (institution != null) {
                if (institution.value().equals("congress")) {
                    // 人民代表大会 alone after a place is the congress (optional); its committees are institutions
                    Span committee = generic(start, institution.end(), prefix);
                    return committee != null ? committee : new Span(start, institution.end(), false, "congress");
                }
                if (institution.value().equals("人大") && text.startsWith("代表", institution.end())) {
                    return new Span(start, institution.end(), false, "deputies (人大代表), not the body");
                }
                return departments(start, institution.end(), prefix.cue(text) + " + " + institution.value());
            }
            Span generic = generic(start, afterPrefix, prefix);
            if (generic != null) {
                return generic;
            }
            return alone == null ? null : departments(start, alone.end(), "institution " + alone.value());
        }

        /** A free middle of up to six characters + a generic institution noun (大数据 + 中心, 二人台剧种传习 + 中心). */
        private Span generic(int start, int from, Prefix prefix) {
            int limit = Math.min(text.length(), from + 10);
            int brackets = 0;
            for (int j = from; j <= limit; j++) {
                if (j > from) {
                    char c = text.charAt(j - 1);
                    boolean open = c == '(' || c == '（';
                    boolean close = c == ')' || c == '）';
                    brackets += open ? 2 : close ? -1 : 0;
                    if (!(isHan(c) || open || close) || TABLES.stopChars.has(c) || brackets < 0
                            || (brackets == 0 && j - from > 6)) {
                        return null;
                    }
                }
                Lexicon.Match<Integer> noun = TABLES.genericNouns.longest(text, j);
                if (noun != null && j - from >= noun.value()) {
                    return departments(start, noun.end(), prefix.cue(text) + " + " + text.substring(j, noun.end()));
                }
            }
            return null;
        }

        /** Departments chained after an institution: 市委 + 宣传部, 市人大常委会 + 党组, 市政府 + 办公室. */
        private Span departments(int start, int end, String cue) {
            Lexicon.Match<String> department = TABLES.departments.longest(text, end);
            if (department != null) {
                return new Span(start, department.end(), true, cue + " + " + department.value());
            }
            return new Span(start, end, true, cue);
        }

        /** The end of a term written 第十六届 or 十六届 at {@code i}, else {@code i}. */
        private int term(int i) {
            int j = i;
            if (j < text.length() && text.charAt(j) == '第') {
                j++;
            }
            int digits = j;
            while (j < text.length() && TABLES.numerals.has(text.charAt(j))) {
                j++;
            }
            return j > digits && j < text.length() && text.charAt(j) == '届' ? j + 1 : i;
        }

        /** Companies listed before 等…企业: 与中车、大齿、陕汽、晋能等龙头企业. */
        private void companies(Map<String, Mention> organizations) {
            int at = text.indexOf('等');
            while (at >= 0) {
                int after = at + 1;
                while (after < text.length() && after - at <= 5 && text.charAt(after) != '企') {
                    after++;
                }
                int clause = text.startsWith("企业", after) ? lastClause(at) + 1 : -1;
                if (clause >= 0 && listedSince(clause, at)) {
                    String[] items = text.substring(clause, at).split("、");
                    int offset = clause;
                    for (int k = 0; k < items.length; k++) {
                        String item = items[k];
                        int itemStart = offset;
                        if (k == 0) {
                            int cut = TABLES.listIntroductions.stream().mapToInt(w -> {
                                int p = item.lastIndexOf(w);
                                return p < 0 ? -1 : p + w.length();
                            }).max().orElse(-1);
                            itemStart = cut < 0 ? offset : offset + cut;
                        }
                        String name = text.substring(itemStart, offset + item.length());
                        if (name.length() >= 2 && name.length() <= 8 && name.chars().allMatch(EntityExtractor::isHan)
                                && GAZETTEER.at(name, 0) == null | name.length() > 3) {
                            organizations.putIfAbsent(name, new Mention(Type.ORGANIZATION, name, itemStart, itemStart + name.length(),
                                    "listed before 等…企业"));
                        }
                        offset += item.length() + 1;
                    }
                }
                at = text.indexOf('等', at + 1);
            }
        }

        /** The last clause mark at or before {@code before}, or -1 (a scan back that stops at the first). */
        private int lastClause(int before) {
            int k = before;
            while (k >= 0 && !TABLES.clauseMarks.has(text.charAt(k))) {
                k--;
            }
            return k;
        }

        /** Whether a 、 joins items in {@code text[from, to]}. */
        private boolean listedSince(int from, int to) {
            for (int k = to; k >= from; k--) {
                if (text.charAt(k) == '、') {
                    return true;
                }
            }
            return false;
        }

        // ---------------------------------------------------------------- places

        /** Where the last venue read ends, for {@link #nextInListOfVenues}; -1 before the first. */
        private int lastVenueEnd = -1;

        /**
         * Whether {@code i} follows a venue and a list join (嵩山饭店、中州宾馆、紫荆山宾馆和省人民会堂): the next item of a list of
         * venues is read like a venue after a preposition of place, a short name before a venue noun.
         */
        private boolean nextInListOfVenues(int i) {
            return i > 0 && i - 1 == lastVenueEnd && TABLES.listJoins.has(text.charAt(i - 1));
        }

        private Span place(int start) {
            Lexicon.Match<Gazetteer.Place> place = placeAt(start);
            if (place != null && glued(place)) {
                // 阳高乡村 is 阳高 + 乡村, not 阳高乡: take the longest name that does not run into the next word
                List<Lexicon.Match<Gazetteer.Place>> all = GAZETTEER.all(text, start);
                place = null;
                for (int k = all.size() - 1; k >= 0 && place == null; k--) {
                    place = glued(all.get(k)) ? null : all.get(k);
                }
            }
            if (place != null && place.value().level() == Gazetteer.Level.TOWN && place.value().name().length() <= 3 && start > 0
                    && isHan(text.charAt(start - 1)) && !TABLES.beforeName.has(text.charAt(start - 1))
                    && !TABLES.placePrepositions.has(text.charAt(start - 1))) {
                return null; // 新建城镇棚户区: a short town name inside running text is a word, not the town
            }
            int facility = place == null ? -1 : TABLES.facilities.longestEnd(text, place.end());
            if (facility >= 0) {
                // 天津港, 大同南站: a facility named after the place (optional by the labels), not the place
                return new Span(start, facility, false, "facility");
            }
            if (place != null) {
                Span venue = venue(start, place.end(), 0);
                if (venue != null) {
                    return venue;
                }
                return new Span(start, place.end(), true, GAZETTEER_CUES.get(place.value().level()));
            }
            if (start > 0 && TABLES.beforeVenue.has(text.charAt(start - 1)) || nextInListOfVenues(start)) {
                Span venue = venue(start, start, 2);
                // without a place before it, a venue is a short name and a noun of more than one character (雁北宾馆)
                if (venue != null && venue.end() - start <= 6) {
                    return venue;
                }
            }
            return null;
        }

        /**
         * Venues found from their noun back: a two-character name before a distinctive venue noun (雁北 + 宾馆, 御东 + 新区,
         * 人民 + 大会堂), or before a place noun followed by a side (善化 + 寺 + 东侧, 文瀛 + 湖 + 南侧); the name is no
         * common word ({@code not-a-name} in institutions.tsv: 建设, 口袋, 驻地 …). Indexed by start.
         */
        private Span[] anchoredVenues() {
            Span[] out = new Span[text.length()];
            for (int j = 2; j < text.length(); j++) {
                if (!TABLES.venueNounStarts.has(text.charAt(j)) || !isHan(text.charAt(j - 2)) || !isHan(text.charAt(j - 1))
                        || TABLES.stopChars.has(text.charAt(j - 2)) || TABLES.stopChars.has(text.charAt(j - 1))) {
                    continue; // no noun at j, or no name of two Han characters before it (cheaper than the nouns)
                }
                int nounEnd = TABLES.anchors.longestEnd(text, j);
                boolean sided = false;
                if (nounEnd < 0) {
                    int single = TABLES.venues.longestEnd(text, j);
                    // a place noun with a side after it, or in a list (、太平街等, 、口泉河和十里河两岸)
                    boolean listed = j >= 3 && TABLES.listJoins.has(text.charAt(j - 3)) && single >= 0 && single < text.length()
                            && TABLES.listEnds.has(text.charAt(single));
                    if (single < 0 || single - j != 1 || TABLES.sides.longestEnd(text, single) < 0 && !listed) {
                        continue;
                    }
                    nounEnd = single;
                    sided = true;
                }
                int start = j - 2;
                if (TABLES.notAName.contains(text.substring(start, j))
                        || placeAt(start + 1) != null) { // 实施黄河流域: 黄河 is the place, not 施黄河
                    continue;
                }
                if (out[start] == null) {
                    out[start] = new Span(start, nounEnd, true, (sided ? "place noun + side " : "venue noun ")
                            + text.substring(j, nounEnd));
                }
                j = nounEnd - 1;
            }
            // the ends of a road section: 陈庄至肥村段 (a one-character name + a place noun on each side of 至, 段 after)
            for (int at = text.indexOf('至'); at >= 2; at = text.indexOf('至', at + 1)) {
                if (at + 3 < text.length() && text.charAt(at + 3) == '段' && placeWord(at - 2) && placeWord(at + 1)) {
                    if (out[at - 2] == null) {
                        out[at - 2] = new Span(at - 2, at, true, "start of a section …至…段");
                    }
                    if (out[at + 1] == null) {
                        out[at + 1] = new Span(at + 1, at + 3, true, "end of a section …至…段");
                    }
                }
            }
            return out;
        }

        /** A Han character + a one-character place noun (陈 + 庄, 肥 + 村) at {@code at}. */
        private boolean placeWord(int at) {
            return isHan(text.charAt(at)) && !TABLES.stopChars.has(text.charAt(at)) && TABLES.venues.longestEnd(text, at + 1) == at + 2;
        }

        /** Whether a place's last character makes a word with the next one (阳高乡 + 村, 大同区 + 域). */
        private boolean glued(Lexicon.Match<Gazetteer.Place> place) {
            if (place.end() >= text.length()) {
                return false;
            }
            if (!TABLES.gluedSeconds.has(text.charAt(place.end()))) {
                return false; // no pair ends with the next character: the pair is not built
            }
            String name = place.value().name();
            String pair = name.substring(name.length() - 1) + text.charAt(place.end());
            return TABLES.gluedPairs.contains(pair);
        }

        /**
         * A venue: what starts at {@code start}, a middle from {@code from} of at least {@code minMiddle}, a venue noun of
         * more than one character.
         */
        private Span venue(int start, int from, int minMiddle) {
            int limit = Math.min(text.length(), from + 4);
            for (int j = from; j <= limit; j++) {
                if (j > from && (!isHan(text.charAt(j - 1)) || TABLES.stopChars.has(text.charAt(j - 1))
                        || (j - 1 > from && placeAt(j - 1) != null))) {
                    return null;
                }
                if (j - from < minMiddle) {
                    continue;
                }
                int noun = TABLES.venues.longestEnd(text, j);
                if (noun >= 0 && j - start + (noun - j) >= 3 && (noun - j > 1 || j - start >= 2)) {
                    // the next character must not glue the noun into a longer word (河北, 村民, 街道办)
                    if (noun < text.length() && TABLES.venueGlue.has(text.charAt(noun))) {
                        return null;
                    }
                    if (noun - j == 1) {
                        // a one-character noun (河, 村, 街) ends too many ordinary words to name a venue read forward;
                        // such venues are found from the noun back, with a side or in a list (anchoredVenues)
                        return null;
                    }
                    return new Span(start, noun, true, "venue " + text.substring(j, noun));
                }
            }
            return null;
        }

        // ---------------------------------------------------------------- people

        private Span person(int start, int lastPersonEnd) {
            int surname = TABLES.surnames.longestEnd(text, start);
            if (surname < 0) {
                return null;
            }
            String before = null;
            boolean beforeRead = false; // what comes before is read once a name ends well: most surnames start no name
            for (int len = 2; len >= 1; len--) {
                int end = surname + len;
                if (end > text.length() || !mayEndName(end) || !givenName(surname, end)) {
                    continue;
                }
                if (len == 2 && TABLES.functionChars.has(text.charAt(end - 1)) && after(end - 1) != null) {
                    continue; // 区长黄劲作报告: 黄劲 + 作, not 黄劲作
                }
                String after = after(end);
                if (after == null) {
                    continue;
                }
                if (!beforeRead) {
                    before = roleBefore(start, lastPersonEnd);
                    beforeRead = true;
                }
                if (before != null) {
                    return new Span(start, end, true, before);
                }
                if (after.equals("同志") || after.equals("总书记")) {
                    return new Span(start, end, true, "followed by " + after);
                }
                if (after.equals("为") && leftBoundary(start) && electedInSentence(start)) {
                    return new Span(start, end, true, "elected: 选举…为");
                }
                if (!after.isEmpty() && TABLES.strongAfter.contains(after) && leftBoundary(start)) {
                    return new Span(start, end, true, "followed by " + after);
                }
                // a list of names: three or more, or two after a colon (委员2人（按姓名笔划排列）：孙为军、吴生江)
                // (or two full names of three characters: 田玉林、何华章的代表资格)
                boolean colon = start > 0 && (text.charAt(start - 1) == '：' || text.charAt(start - 1) == ':');
                if (after.equals("、") && leftBoundary(start) && placeAt(start) == null
                        && (listOfNames(end + 1, colon ? 1 : 2) || end - start == 3 && listOfFullNames(end + 1))) {
                    return new Span(start, end, true, "list of names");
                }
            }
            return null;
        }

        /** The cue of a post, a byline or a list of names just before {@code start}, or null. */
        private String roleBefore(int start, int lastPersonEnd) {
            int post = TABLES.postsBefore.longestEnd(text, start);
            if (post >= 0) {
                return "post " + text.substring(post, start);
            }
            int k = start - 1;
            while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '　' || text.charAt(k) == ':' || text.charAt(k) == '：')) {
                k--;
            }
            int byline = TABLES.postsBefore.longestEnd(text, k + 1);
            if (k < start - 1 && byline >= 0) {
                return "byline " + text.substring(byline, k + 1);
            } else if (k < start - 1 && lastPersonEnd == k + 1) {
                return "listed with a name"; // 记者:向昊 杨旭珲
            } else if (k >= 0 && text.charAt(k) == '、' && lastPersonEnd == k) {
                return "listed with a name";
            }
            return null;
        }

        private boolean givenName(int from, int to) {
            if (TABLES.afterName.longestEnd(text, from) == to) {
                return false; // 和列席: a surname-like character before a word of office is no name
            }
            for (int j = from; j < to; j++) {
                char c = text.charAt(j);
                if (!isHan(c) || TABLES.notInGivenName.has(c)) {
                    return false;
                }
            }
            return placeAt(from - 1) == null || placeAt(from - 1).end() < to;
        }

        /**
         * Whether {@link #after} can end a name at {@code end} (punctuation, the end, or the first character of a word
         * that may follow a name): a look at one character that rules most surname characters in running text out.
         */
        private boolean mayEndName(int end) {
            return end >= text.length() || !isHan(text.charAt(end)) || TABLES.afterName.starts(text.charAt(end));
        }

        /** What ends a name at {@code end}: "" for punctuation or the end, the word after it, or null if it runs on. */
        private String after(int end) {
            if (end >= text.length()) {
                return "";
            }
            char c = text.charAt(end);
            if (c == '、') {
                return "、";
            }
            if (!isHan(c)) {
                return "";
            }
            int word = TABLES.afterName.longestEnd(text, end);
            return word < 0 ? null : text.substring(end, word);
        }

        private boolean leftBoundary(int start) {
            return start == 0 || !isHan(text.charAt(start - 1)) || text.charAt(start - 1) == '、'
                    || TABLES.beforeName.has(text.charAt(start - 1));
        }

        /** Whether the sentence before {@code at} elects or appoints (选举 A 为…、B 为…). */
        private boolean electedInSentence(int at) {
            int sentence = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at));
            String before = text.substring(sentence + 1, at);
            return before.contains("选举") || before.contains("任命") || before.contains("递补") || before.contains("补选");
        }

        /** A name of surname + two characters at {@code from} that ends at a boundary. */
        private boolean listOfFullNames(int from) {
            int surname = TABLES.surnames.longestEnd(text, from);
            if (surname < 0 || placeAt(from) != null) {
                return false;
            }
            int end = surname + 2;
            return end <= text.length() && givenName(surname, end) && after(end) != null;
        }

        /** At least {@code n} more names joined by 、 from {@code from}, none of them a place. */
        private boolean listOfNames(int from, int n) {
            int i = from;
            for (int found = 0; found < n; found++) {
                int surname = TABLES.surnames.longestEnd(text, i);
                if (surname < 0 || placeAt(i) != null) {
                    return false;
                }
                int end = -1;
                for (int len = 2; len >= 1 && end < 0; len--) {
                    int e = surname + len;
                    if (e <= text.length() && givenName(surname, e) && after(e) != null) {
                        end = e;
                    }
                }
                if (end < 0) {
                    return false;
                }
                if (found < n - 1) {
                    if (end >= text.length() || text.charAt(end) != '、') {
                        return false;
                    }
                    i = end + 1;
                }
            }
            return true;
        }
    }

    static boolean isHan(int c) {
        return c >= 0x3400 && c <= 0x9FFF;
    }

    // ---------------------------------------------------------------- tables

    /** A set of characters, written as a string in the tables below, that answers membership in one step. */
    private static final class Chars {
        private final long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
        final String chars;

        Chars(String chars) {
            this.chars = chars;
            chars.chars().forEach(c -> bits[c >>> 6] |= 1L << c);
        }

        boolean has(char c) {
            return (bits[c >>> 6] & 1L << c) != 0;
        }

        /** The characters given and those that start an entry of any of the lexicons. */
        static Chars startingAny(String given, Lexicon<?>... lexicons) {
            StringBuilder chars = new StringBuilder(given);
            for (char c = 1; c < Character.MAX_VALUE; c++) {
                for (Lexicon<?> lexicon : lexicons) {
                    if (lexicon.starts(c)) {
                        chars.append(c);
                        break;
                    }
                }
            }
            return new Chars(chars.toString());
        }
    }

    /** The extractor's tables, read once from the package's resources. */
    private static final class Tables {
        Lexicon<String> surnames;
        Lexicon<String> standalone;
        Lexicon<String> institutions;
        Lexicon<String> congress;
        Lexicon<String> departments;
        Lexicon<Integer> genericNouns;
        Lexicon<Integer> venues;
        Lexicon<String> postsBefore;
        Lexicon<Integer> anchors;
        Lexicon<String> sides;
        Set<String> notAName;
        /**
         * Where an organisation can start other than at a place name: an institution on its own, a term (第 or a
         * numeral) before 全国, 中共, 全国, a level character (市委).
         */
        Chars mayStartBody;
        /** The first characters of the venue and place nouns (anchors and venues). */
        Chars venueNounStarts;
        Lexicon<String> facilities;
        Lexicon<String> afterName;
        Set<String> strongAfter;
        List<String> listIntroductions;
        Chars levelChars = new Chars("市县区省州");
        Chars notBeforeLevel = new Chars("全本我各该城都两县省市区地园一二三四五六七八九十");
        Chars notAfterLevel = new Chars("级城内外里属直场区域情长会");
        Chars numerals = new Chars("一二三四五六七八九十百零〇0123456789");
        Chars functionChars = new Chars("作在为等与及受因于所说率");
        Chars stopChars = new Chars("的了在是为对与及把将从到向等着过也都而并或以于让被给就还又再所其这那之各全本我该年月日上下要");
        Chars beforeVenue = new Chars("在于到赴至从经");
        Chars clauseMarks = new Chars("，。；：,;:\n");
        Chars placePrepositions = new Chars("、在于到赴至从经");
        Chars listJoins = new Chars("、和与及");
        Chars listEnds = new Chars("、和与及等");
        Chars beforeName = new Chars("由和与及是为请向对经据把被让给了：:（(，。；\n");
        Set<String> gluedPairs = Set.of("乡村", "乡镇", "区域", "区划", "区位", "区间", "区块", "县域", "县城", "市场", "市民", "市区", "市域",
                "省会", "省级", "镇村", "州市", "庆祝", "庆贺");
        /** The second characters of {@link #gluedPairs}. */
        Chars gluedSeconds = new Chars(gluedPairs.stream().map(p -> p.substring(1)).collect(java.util.stream.Collectors.joining()));
        Chars venueGlue = new Chars("北南东西民道办区段口边长委");
        Chars notInGivenName = new Chars("的了在是与及等为对市县省区委副书他她务指表出讲说率到赴一年日上下任们个这那就也都所要把被代党政府院局部厅处科队组团届次位名感业");

        static Tables load() {
            Tables t = new Tables();
            Map<String, String> surnames = new HashMap<>();
            Map<String, Map<String, String>> sections = new HashMap<>();
            Gazetteer.table("surnames.txt", (line, ignored) -> {
                if (line.startsWith("=")) {
                    surnames.put(line.substring(1), line.substring(1));
                } else if (line.startsWith("-")) {
                    line.substring(1).codePoints().forEach(cp -> surnames.remove(Character.toString(cp)));
                } else {
                    line.codePoints().forEach(cp -> surnames.put(Character.toString(cp), Character.toString(cp)));
                }
            });
            Gazetteer.table("institutions.tsv", (name, section) -> {
                String[] parts = section.split(":", 2);
                sections.computeIfAbsent(parts[0], k -> new HashMap<>()).put(name, parts.length > 1 ? parts[1] : name);
            });
            t.surnames = Lexicon.forward(surnames);
            t.standalone = Lexicon.forward(sections.get("standalone"));
            t.institutions = Lexicon.forward(sections.get("institution"));
            t.congress = Lexicon.forward(sections.get("congress"));
            t.departments = Lexicon.forward(sections.get("department"));
            t.genericNouns = Lexicon.forward(minimums(sections.get("generic")));
            t.venues = Lexicon.forward(minimums(sections.get("venue")));
            t.postsBefore = Lexicon.backward(sections.get("post"));
            t.anchors = Lexicon.forward(minimums(sections.get("anchor")));
            t.sides = Lexicon.forward(sections.get("side"));
            t.notAName = Set.copyOf(sections.get("not-a-name").keySet());
            t.facilities = Lexicon.forward(sections.get("facility"));
            t.afterName = Lexicon.forward(sections.get("after-name"));
            t.strongAfter = Set.copyOf(sections.get("after-name").entrySet().stream().filter(e -> e.getValue().equals("strong"))
                    .map(Map.Entry::getKey).toList());
            t.listIntroductions = List.copyOf(sections.get("list-introduction").keySet());
            t.mayStartBody = Chars.startingAny("第中全" + t.numerals.chars + t.levelChars.chars, t.standalone);
            t.venueNounStarts = Chars.startingAny("", t.anchors, t.venues);
            return t;
        }

        private static Map<String, Integer> minimums(Map<String, String> section) {
            Map<String, Integer> out = new HashMap<>();
            section.forEach((k, v) -> out.put(k, v.equals(k) ? 0 : Integer.parseInt(v)));
            return out;
        }
    }
}
