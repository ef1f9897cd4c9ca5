package dev.newspipe.core.entities;

import dev.newspipe.core.read.PinyinGloss;

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
    static final Gazetteer GAZETTEER = Gazetteer.load();
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

    /**
     * Whether {@code written} is a county, banner, city or prefecture as the press writes it: a known division's own
     * name of two or more characters and a level word (景东县 for 景东彝族自治县, 黔西县 for the county that became
     * 黔西市, 果洛州 for 果洛藏族自治州). The gazetteer files these under their full or current names, so a name the
     * article writes before a congress's term (景东县第十七届人民代表大会) is read by its stem, not looked up whole.
     */
    public static boolean writtenDivision(String written) {
        int stem = written.length() - 1;
        if (stem < 2 || "县市旗州".indexOf(written.charAt(stem)) < 0) {
            return false;
        }
        for (String name : List.of(written, written.substring(0, stem))) { // 景东县 as listed, else 黔西 + 县
            Lexicon.Match<Gazetteer.Place> m = GAZETTEER.at(name, 0);
            if (m != null && m.end() == name.length()
                    && (m.value().level() == Gazetteer.Level.COUNTY || m.value().level() == Gazetteer.Level.CITY)) {
                return true;
            }
        }
        return countyBecomeDistrict(written);
    }

    /**
     * Whether {@code written} is, whole, a township or town the gazetteer lists (醪桥镇, 河头镇, 三水瑶族乡): the
     * statistical town codes name them, though not which county's a name is (河头镇 is the name of four).
     */
    public static boolean listedTownship(String written) {
        Lexicon.Match<Gazetteer.Place> m = GAZETTEER.at(written, 0);
        return m != null && m.end() == written.length() && m.value().level() == Gazetteer.Level.TOWN && !m.value().shortForm();
    }

    /**
     * Whether a name written with 县 is a county the gazetteer lists as the district it has become since (水城县, now
     * 水城区): texts from before the change write the county, and their congress is the county's.
     */
    private static boolean countyBecomeDistrict(String written) {
        if (!written.endsWith("县")) {
            return false;
        }
        return isDistrict(written.substring(0, written.length() - 1));
    }

    /** Whether the gazetteer lists {@code stem} + 区, the whole of it, as a district (水城 + 区, 武昌 + 区). */
    private static boolean isDistrict(String stem) {
        String district = stem + "区";
        Lexicon.Match<Gazetteer.Place> m = GAZETTEER.at(district, 0);
        return m != null && m.end() == district.length() && m.value().level() == Gazetteer.Level.DISTRICT;
    }

    public NamedEntities extract(String text) {
        String written = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        NamedEntities glossed = PinyinGloss.mayHold(written) ? readThroughGlosses(written) : null;
        if (glossed != null) {
            return glossed;
        }
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
        return asWritten(found, mentions, asWritten);
    }

    /**
     * The entities of a text with pinyin residue ({@code 中國共產(chǎn)黨}, {@code 國務(wù)院}, {@code 習(xí)近平}), read as if the
     * residue were not there: a gloss cuts the words the tables know, so 中國 was taken for a place out of
     * 中國共產(chǎn)黨 and the party was not named. Names and offsets are those of the text as written, the glosses inside
     * a name and after its last character included ({@code 國務(wù)院}, {@code 內(nèi)蒙古自治區(qū)}), as an organisation's name
     * always was. Null when no bracket opens a gloss after all ({@code (GDP)}). {@code Newsdesk} gives the extractor
     * its simplified view, which has no residue; this serves every other caller of {@link #extract}.
     */
    private NamedEntities readThroughGlosses(String written) {
        PinyinGloss.Stripped stripped = PinyinGloss.stripped(written);
        if (stripped == null) {
            return null; // brackets, but none of them a gloss ((GDP)): most texts that reach here
        }
        int[] origin = stripped.origin();
        NamedEntities found = extract(stripped.text());
        Map<String, String> asWritten = new HashMap<>();
        List<Mention> mentions = new ArrayList<>(found.mentions().size());
        for (Mention m : found.mentions()) {
            int start = origin[m.start()];
            int end = m.end() == 0 ? 0 : PinyinGloss.end(written, origin[m.end() - 1] + 1);
            Mention back = new Mention(m.type(), written.substring(start, end), start, end, m.cue());
            mentions.add(back);
            asWritten.putIfAbsent(m.type() + m.name(), back.name());
        }
        return asWritten(found, mentions, asWritten);
    }

    /**
     * {@code found} with {@code mentions} and its names as written: each name of a type is looked up in
     * {@code asWritten} under the type and the name as found, and stays as found when it is not there.
     */
    private static NamedEntities asWritten(NamedEntities found, List<Mention> mentions, Map<String, String> asWritten) {
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

        private static final Span[] NO_SPANS = new Span[0];
        /** Words of two characters whose first may end a given name and whose second may follow one (关于: 关 + 于). */
        private static final Set<String> FUNCTION_WORDS = Set.of("关于", "对于", "由于", "至于", "属于", "等于", "终于");
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
            anchoredSpans = anchored;
            Span[] credits = mediaCredits();
            Span[] held = heldVenues();
            int lastPersonEnd = -1;
            int lastBodyEnd = -2; // where the last body named ends (never i - 1 before the first)
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
                boolean body = TABLES.mayStartBody.has(c) | placeAt[i] != null | anchored[i] != null | creditAt(credits, i) != null
                        | (i - 1 == lastBodyEnd && text.charAt(i - 1) == '、') | startsCommitteeOrAutonomy(i)
                        | (i > 0 && TABLES.beforeVenue.has(text.charAt(i - 1))) | nextInListOfVenues(i) | townshipLevel(i)
                        | creditAt(held, i) != null;
                // (&& before the look back: it walks the posts' lexicon, dearer than a mispredicted branch; the look ahead
                // rules out most positions before it, as nameByItsPlace would)
                if (!body & !TABLES.surnames.starts(c) && (!mayHoldNameByItsPlace(i) || !mayStartNameByItsPlace(i))) {
                    i++;
                    continue;
                }
                Span credit = creditAt(credits, i);
                Span member = body && credit == null ? nameBeforeAPlace(i, lastPersonEnd) : null;
                if (member != null) {
                    add(people, Type.PERSON, member.start(), member.end(), member.cue());
                    lastPersonEnd = member.end();
                    i = member.end();
                    continue;
                }
                Span org = credit != null ? credit : body ? organization(i) : null;
                if (org == null && i - 1 == lastBodyEnd && text.charAt(i - 1) == '、') {
                    org = listedAfterABody(i);
                }
                Span where = creditAt(held, i);
                if (where != null && org != null && credit == null && heldOver(org, where, org.named())) {
                    org = null; // 在县花鼓剧院闭幕: the house the meeting is held in, not a body
                }
                Span place = org != null || !body ? null : anchored[i] != null ? anchored[i] : place(i);
                if (where != null && org == null && (place == null || heldOver(place, where, false))) {
                    place = where;
                }
                if (place != null && conjunctionBeforeBody(place)) {
                    place = null; // 市政府和县委: 和 + 县委, not the county 和县
                }
                if (org != null || place != null) {
                    // the cities named (alone or at the head of a body's name), for the counties' short forms
                    Lexicon.Match<Gazetteer.Place> division = placeAt(i);
                    if (division == null && org != null && text.startsWith("政协", i)) {
                        division = placeAt(i + 2); // 政协海西州委员会 names 海西州 as 海西州政协 does
                    }
                    if (division != null && !division.value().needsParent() && division.value().code().length() >= 4) {
                        named.add(division.value().code().substring(0, 4));
                    }
                    if (org != null && org.named() && division != null && division.end() < org.end() && !division.value().shortForm()
                            && division.value().needsParent() && division.value().code().length() == 6) {
                        named.add(division.value().code()); // 凤县人民法院: the county named in full at the head of its body
                    }
                }
                Span building = org != null && org.named() ? buildingOf(org) : null;
                if (building != null) {
                    add(places, Type.PLACE, building.start(), building.end(), building.cue());
                    if (building.end() > org.end() && (!building.cue().startsWith("venue") || meetingRoomOf(org, building))) { // 市人大常委会办公楼 names the body too, as a title does
                        add(organizations, Type.ORGANIZATION, org.start(), org.end(), org.cue());
                    }
                    i = building.end();
                    continue;
                }
                if (org != null) {
                    if (!org.named() && org.cue().startsWith("deputies")) {
                        placesOfDeputies(org, places); // 苍梧县京南镇人大代表: where the deputies come from
                    }
                    if (org.named()) {
                        add(organizations, Type.ORGANIZATION, org.start(), PinyinGloss.end(text, org.end()) /* 市政協(xié): a glossed name as written */, org.cue());
                        lastBodyEnd = org.end();
                        Span alias = aliasInBrackets(org.end());
                        if (alias != null) {
                            add(organizations, Type.ORGANIZATION, alias.start(), alias.end(), alias.cue());
                        }
                    }
                    i = org.end();
                    continue;
                }
                if (place != null) {
                    Gazetteer.Place division = division(place.start(), place.end());
                    if (!place.named()) {
                        // read over
                    } else if (division != null && division.needsParent() && countyAtWordEdges(place, division)) {
                        add(places, Type.PLACE, place.start(), place.end(), place.cue() + ", a county written in full between word edges");
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
                // (a position let through for a name read by its place alone has no surname to read a name from)
                Span person = TABLES.surnames.starts(c) ? person(i, lastPersonEnd) : null;
                if (person == null) {
                    person = nameByItsPlace(i, lastPersonEnd);
                }
                if (person != null) {
                    add(people, Type.PERSON, person.start(), person.end(), person.cue());
                    // a nationality gloss belongs to the name, so a list goes on after it (邓某(藏族)、骆某)
                    lastPersonEnd = nationalityGlossAt(person.end()) ? glossEnd(person.end()) : person.end();
                    i = person.end();
                    continue;
                }
                i++;
            }
            for (Span county : counties) {
                String code = division(county.start(), county.end()).code();
                if (named.contains(code.substring(0, 4))) {
                    add(places, Type.PLACE, county.start(), county.end(), county.cue() + ", its city or province named");
                } else if (named.contains(code) && !division(county.start(), county.end()).shortForm()) {
                    // a county of one character + 县 (凤县) whose bodies the text names (凤县人民法院): the county itself
                    add(places, Type.PLACE, county.start(), county.end(), county.cue() + ", its own body named");
                } else if (writtenInFullElsewhere(county)) {
                    add(places, Type.PLACE, county.start(), county.end(), county.cue() + ", the county written in full elsewhere");
                }
            }
            districtsByShortName(places);
            namesWithADot(people);
            namesOfSyllables(people);
            creditsOfNamesAlone(people);
            townsListedBeforeTheirNoun(places);
            companies(organizations);
            List<Mention> mentions = new ArrayList<>();
            mentions.addAll(people.values());
            mentions.addAll(organizations.values());
            mentions.addAll(places.values());
            mentions.sort(java.util.Comparator.comparingInt(Mention::start));
            return new NamedEntities(List.copyOf(people.keySet()), List.copyOf(organizations.keySet()), List.copyOf(places.keySet()),
                    mentions);
        }

        /**
         * Whether the county whose short form {@code county} is (丰顺, 黔西) is written in full somewhere in the text,
         * often only inside the name of its congress or a body (政协第十届丰顺县委员会, 黔西县第十七届人民代表大会): the
         * article is that county's, and its short form in running text (符合丰顺实际, 美丽黔西) is the county, as the
         * short form of a county whose city is named is. Written in full is the gazetteer's name, or the short form with
         * a county's level character after it (黔西县 for the county-level city 黔西市 it became); not 市 or 区, which
         * make words after two characters (大城 + 市, 贵安 + 新区). Short forms that are everyday words are no short forms in
         * the gazetteer ({@code AMBIGUOUS_SHORT}).
         */
        private boolean writtenInFullElsewhere(Span county) {
            String name = text.substring(county.start(), county.end());
            if (name.length() < 2) {
                return false;
            }
            for (Lexicon.Match<Gazetteer.Place> m : GAZETTEER.all(text, county.start())) {
                Gazetteer.Place place = m.value();
                if (m.end() == county.end() && place.shortForm() && text.contains(place.full())) {
                    return true;
                }
            }
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (end < text.length() && (text.charAt(end) == '县' || text.charAt(end) == '旗')
                        && (end + 1 == text.length() || !TABLES.gluedPairs.contains(text.substring(end, end + 2)))) {
                    // (县 or 旗 only, and not 县 of 县城: 大城 + 市 is a big city, 贵安 + 新区 a zone, 区 of 区域 a word)
                    return true;
                }
            }
            return false;
        }

        /**
         * The divisions written in full before 人大代表 ({@code deputies}, read over as no body): where the deputies were
         * elected, a place the text uses as a place (广西壮族自治区梧州市苍梧县京南镇人大代表), as it is before 代表团 or a
         * post. A short form or a level character alone (市人大代表) names no place here.
         */
        private void placesOfDeputies(Span deputies, Map<String, Mention> places) {
            for (int k = deputies.start(); k < deputies.end(); ) {
                Lexicon.Match<Gazetteer.Place> division = placeAt(k);
                if (division == null || division.end() > deputies.end() || division.value().shortForm()) {
                    return;
                }
                add(places, Type.PLACE, k, division.end(), GAZETTEER_CUES.get(division.value().level()) + ", where deputies were elected");
                k = division.end();
            }
        }

        /**
         * Whether a county of one character + 县, written in full (房县, 和县, 代县), stands where a reader takes it for the
         * county without its city: after punctuation, the start or a word that ends before a name (和, 在, 对, 的 …), and
         * not before a character that makes 县 part of a word or a post (县长, 县城, 县域, 县级). Elsewhere the character
         * may end the word before it (示范县, 代理县长), and the county waits for its city, as its short forms do.
         */
        private boolean countyAtWordEdges(Span place, Gazetteer.Place division) {
            if (division.shortForm() || division.level() != Gazetteer.Level.COUNTY || place.end() - place.start() != 2
                    || text.charAt(place.end() - 1) != '县') {
                return false;
            }
            return wordEdgeBefore(place.start())
                    && (place.end() >= text.length() || !TABLES.notAfterLevel.has(text.charAt(place.end())));
        }

        /** Punctuation, the start, or a word that ends before a name (和, 在, 对, 的 …) just before {@code at}. */
        private boolean wordEdgeBefore(int at) {
            int before = at - 1;
            return before < 0 || !isHan(text.charAt(before)) || TABLES.beforeName.has(text.charAt(before))
                    || TABLES.placePrepositions.has(text.charAt(before)) || text.charAt(before) == '的';
        }

        /**
         * A county of one character + 县 in full at a word edge, as the prefix of its own body (房县人民政府), unless its
         * character is a conjunction (和县委 is 和 + 县委 there as anywhere).
         */
        private boolean fullCountyAtLeftEdge(Lexicon.Match<Gazetteer.Place> place) {
            Gazetteer.Place p = place.value();
            return !p.shortForm() && p.level() == Gazetteer.Level.COUNTY && p.name().length() == 2 && p.name().endsWith("县")
                    && !TABLES.listJoins.has(p.name().charAt(0)) && wordEdgeBefore(place.end() - 2);
        }

        /**
         * Whether a county's short form of two characters or more stands before its court or procuratorate (永丰法院,
         * 澄迈检察院): the press names a county's judicial bodies so, and no everyday word of two characters that is a
         * county's name stands before 法院 or 检察院 (基层法院, 各级法院 are no county).
         */
        private boolean courtOfACounty(Lexicon.Match<Gazetteer.Place> place) {
            int end = place.end();
            return place.value().shortForm() && place.value().name().length() >= 2
                    && (text.startsWith("法院", end) || text.startsWith("检察院", end) || text.startsWith("人民法院", end)
                            || text.startsWith("人民检察院", end));
        }

        /**
         * Whether a county of one character + 县 is rather that character before a body written with 县 alone: 和县委 in
         * 市政府和县委, 和县人大常委会 (the conjunction 和, then 县委): the body is read, the county is not.
         */
        private boolean conjunctionBeforeBody(Span place) {
            if (place.end() - place.start() != 2 || text.charAt(place.end() - 1) != '县' || !place.cue().startsWith("gazetteer")
                    || !TABLES.listJoins.has(text.charAt(place.start()))) {
                return false;
            }
            Span body = organization(place.start() + 1);
            return body != null && body.named();
        }

        /**
         * The building an institution's name stands for, a place by the labels, or null: its name + a building noun
         * (市人大常委会 + 办公楼, 县政府 + 大楼), or a 中心 where a meeting is held (在市文化艺术中心举行, 在县行政中心四号会议室召开):
         * after 在 or 于 and before 举行, 召开, a meeting room, a 中心 is the house, not the body.
         */
        private Span buildingOf(Span org) {
            int noun = TABLES.buildings.longestEnd(text, org.end());
            if (noun >= 0) {
                return new Span(org.start(), noun, true, "building: " + org.cue() + " + " + text.substring(org.end(), noun));
            }
            int room = roomAfter(org.end());
            if (room > org.end()) {
                return new Span(org.start(), room, true, "venue: " + org.cue() + " + its room " + text.substring(org.end(), room));
            }
            boolean held = org.start() > 0 && (text.charAt(org.start() - 1) == '在' || text.charAt(org.start() - 1) == '于')
                    && text.startsWith("中心", org.end() - 2) && heldInAfter(org.end());
            return held ? new Span(org.start(), org.end(), true, "venue: " + org.cue() + " where a meeting is held") : null;
        }

        /**
         * Where a hall of the building named before {@code at} ends (文化中心 + 多功能厅, 文化中心 + 大剧院, 县委 + 礼堂),
         * else {@code at}: a meeting's venue is written as the building and its hall, and the two are one place
         * (the gold's 市政会议中心大会堂), not the body the building is named after. An ordinal (第一, 三号) may stand
         * between them.
         */
        private int roomAfter(int at) {
            int k = at;
            if (text.startsWith("机关", k) && k + 2 < text.length() && TABLES.numerals.has(text.charAt(k + 2))) {
                int room = roomAfter(k + 2); // the body's organs, the house it works in (区人大 + 机关 + 732会议室)
                return room > k + 2 ? room : at;
            }
            if (k < text.length() && text.charAt(k) == '第') {
                k++;
            }
            while (k < text.length() && k - at < 4 && TABLES.numerals.has(text.charAt(k))) {
                k++;
            }
            if (k > at && k < text.length() && text.charAt(k) == '号') {
                k++;
            }
            if (k > at && k < text.length() && (text.charAt(k) == '楼' || text.charAt(k) == '层')) {
                k++; // the floor the hall is on (党校 + 一楼 + 报告厅)
                k = roomNumberAfter(k); // and the room's own number on that floor (区政府 + 二楼 + 二 + 会议室)
            }
            int room = TABLES.rooms.longestEnd(text, k);
            return room >= 0 ? room : at;
        }

        /**
         * Whether {@code venue} is a meeting room of the body {@code org} names (县委 + 五楼会议室, 县人大 + 四楼会议室): the
         * room is the body's own, in its own house, so the text names the body as 市人大常委会办公楼 does; a hall (县委礼堂)
         * or the house of a 中心 is a building of its own.
         */
        private boolean meetingRoomOf(Span org, Span venue) {
            return text.startsWith("会议室", venue.end() - 3) && !text.startsWith("中心", org.end() - 2);
        }

        /** Where a room's number written after its floor ends (二楼 + 二, 3层 + 301号), else {@code at}. */
        private int roomNumberAfter(int at) {
            int k = at;
            while (k < text.length() && k - at < 4 && TABLES.numerals.has(text.charAt(k))) {
                k++;
            }
            return k > at && k < text.length() && text.charAt(k) == '号' ? k + 1 : k;
        }

        /** Whether a word of meeting (举行, 召开) or a room (会议室, 四号会议室) follows {@code at}, within a room's number. */
        private boolean heldInAfter(int at) {
            for (int k = at; k < Math.min(text.length(), at + 4); k++) {
                if (TABLES.heldIn.longestEnd(text, k) >= 0) {
                    return true;
                }
                if (k > at + 1 && !TABLES.numerals.has(text.charAt(k - 1)) && text.charAt(k - 1) != '号') {
                    return false;
                }
            }
            return false;
        }

        /**
         * Whether 政协 or 自治 starts at {@code i} (政协第十届全国委员会, 自治区党委): 政 and 自 are too common to make every
         * position of theirs a body's possible start, as the characters of {@code mayStartBody} do.
         */
        private boolean startsCommitteeOrAutonomy(int i) {
            char c = text.charAt(i);
            return (c == '政' || c == '自') && i + 1 < text.length() && text.charAt(i + 1) == (c == '政' ? '协' : '治');
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

        /** The positions inside a name taken, for the short forms read after the pass ({@link #districtsByShortName}). */
        private final java.util.BitSet taken = new java.util.BitSet();

        private void add(Map<String, Mention> into, Type type, int start, int end, String cue) {
            taken.set(start, end);
            into.putIfAbsent(text.substring(start, end), new Mention(type, text.substring(start, end), start, end, cue));
        }

        // ---------------------------------------------------------------- organisations

        private Span organization(int start) {
            if (text.startsWith("政协", start)) {
                Span committee = cppccOfATerm(start, start + 2);
                if (committee == null) {
                    committee = cppccOfAPlace(start, start + 2);
                }
                if (committee != null) {
                    return committee;
                }
            }
            Span office = officeOfTheCentre(start);
            if (office != null) {
                return office; // 国务院 + 港澳事务办公室: the office, not 国务院 alone
            }
            Lexicon.Match<String> alone = TABLES.standalone.longest(text, start);
            // a committee of a term or a congress of a number after a body named alone (全国政协十四届常委会, 中国共产党宁波市
            // 第十四次代表大会) is read whole
            Span ofATerm = alone == null ? null : alone.value().contains("政协") || alone.value().contains("政治协商")
                    ? cppccOfATerm(start, alone.end()) : alone.value().equals("中国共产党") ? partyCongress(start, alone.end()) : null;
            if (ofATerm != null) {
                return ofATerm;
            }
            if (alone != null && alone.value().equals("party")) {
                return partyCommittee(start, alone.end());
            }
            Span grammar = byGrammar(start, alone);
            if (alone != null && (grammar == null || alone.end() > grammar.end())) {
                // 中国人民政治协商会议 is one name, not 中国 + 人民政治协 + 商会
                return departments(start, alone.end(), "institution " + alone.value());
            }
            return grammar;
        }

        /**
         * A democratic party (致公党, 九三学社) ending at {@code from}, with its committee of a place where one follows: a
         * province, city or county, in full or by its level alone, then 委会 or 委员会 (致公党浙江省委会, 民盟大同市委员会,
         * 九三学社市委会), as CPPCC news names them.
         */
        private Span partyCommittee(int start, int from) {
            Lexicon.Match<Gazetteer.Place> place = placeAt(from);
            int k = place != null && !place.value().needsParent() ? place.end()
                    : from < text.length() && TABLES.levelChars.has(text.charAt(from)) ? from + 1 : from;
            int end = k == from ? -1 : text.startsWith("委员会", k) ? k + 3 : text.startsWith("委会", k) ? k + 2 : -1;
            String party = text.substring(start, from);
            return end < 0 ? departments(start, from, "democratic party " + party)
                    : departments(start, end, "democratic party " + party + " + its committee of a place");
        }

        /**
         * A CPPCC committee of a term after 政协 (or 全国政协, 郑州市政协, 中国人民政治协商会议) ending at {@code from}: a place or
         * 全国 before or after the term, then 委员会 (政协第十届全国委员会, 政协郑州市第十四届委员会, 政协第十一届定远县委员会).
         * Like a congress with a term it is read over and not named (the labels put it under optional); its standing
         * committee is an institution and is named (政协第十四届全国委员会常务委员会, 全国政协十四届常委会). Null when no term follows.
         */
        private Span cppccOfATerm(int start, int from) {
            int k = placeOrNation(from);
            int term = term(k);
            if (term == k) {
                return null;
            }
            k = k == from ? placeOrNation(term) : term;
            int standing = standingCommittee(k);
            if (standing > k) {
                return new Span(start, standing, true, "政协 + term + standing committee");
            }
            if (!text.startsWith("委员会", k)) {
                return null;
            }
            standing = standingCommittee(k + 3);
            return standing > k + 3 ? new Span(start, standing, true, "政协 + term + 委员会 + standing committee")
                    : new Span(start, k + 3, false, "CPPCC committee with a term");
        }

        /**
         * An office of the centre or of the State Council named by its field (中央港澳工作办公室, 国务院港澳事务办公室,
         * 中央财经委员会办公室): 中共中央, 中央 or 国务院, two to eight characters of its field, 办公室; else null. The field
         * holds no stop word or list join (国务院和中央…办公室 is two bodies).
         */
        private Span officeOfTheCentre(int start) {
            char first = text.charAt(start);
            if (first != '中' && first != '国') {
                return null; // the common case, decided by one character
            }
            for (String centre : CENTRES) {
                if (!text.startsWith(centre, start)) {
                    continue;
                }
                int from = start + centre.length();
                for (int j = from; j < Math.min(text.length(), from + 9); j++) {
                    char c = text.charAt(j);
                    if (j - from >= 2 && text.startsWith("办公室", j)) {
                        return new Span(start, j + 3, true, centre + " + its office of " + text.substring(from, j));
                    }
                    if (!isHan(c) || TABLES.stopChars.has(c) || TABLES.listJoins.has(c)) {
                        return null;
                    }
                }
                return null;
            }
            return null;
        }

        /** The centre's bodies whose offices are named by their field: see {@link #officeOfTheCentre}. */
        private static final List<String> CENTRES = List.of("中共中央", "中央", "国务院");

        /**
         * A CPPCC committee of a place named without its term after 政协 ending at {@code from}: the place, then 委员会
         * (政协湖北省委员会, 政协海西州委员会, 政协内蒙古自治区委员会), the institution itself as its reports and signatures
         * name it, not the place + 委员会 it would otherwise be read as (湖北省委员会). Null when no 委员会 follows the place.
         */
        private Span cppccOfAPlace(int start, int from) {
            int k = placeOrNation(from);
            if (k == from || !text.startsWith("委员会", k)) {
                return null;
            }
            return departments(start, k + 3, "政协 + place + 委员会");
        }

        /**
         * Where a place prefix ends when a level character follows it: a county named after its city and gone from the
         * division tables (芜湖县, 长治县 after 芜湖, 长治), and a city written with its level twice before a body
         * (吉林市市政府, 大同市市委). Else {@code afterPrefix}.
         */
        private int levelAfterPlace(Lexicon.Match<Gazetteer.Place> place, int afterPrefix) {
            if (afterPrefix >= text.length() || afterPrefix != place.end()) {
                return afterPrefix;
            }
            char next = text.charAt(afterPrefix);
            Gazetteer.Place p = place.value();
            boolean countyOfItsCity = next == '县' && p.shortForm() && p.level() == Gazetteer.Level.CITY;
            boolean levelTwice = p.name().length() > 2 && next == p.name().charAt(p.name().length() - 1)
                    && TABLES.levelChars.has(next) && TABLES.institutions.longest(text, afterPrefix + 1) != null;
            return countyOfItsCity || levelTwice ? afterPrefix + 1 : autonomyAfterShortForm(place);
        }

        /**
         * Where an autonomous division written by its short form and its kind ends (湘西 + 自治州, 新疆 + 自治区, 恩施 +
         * 自治州): the press's usual way to write 湘西土家族苗族自治州 or 新疆维吾尔自治区, the division named whole;
         * else the short form's end.
         */
        private int autonomyAfterShortForm(Lexicon.Match<Gazetteer.Place> place) {
            int at = place.end();
            boolean autonomy = place.value().shortForm() && text.startsWith("自治", at) && at + 2 < text.length()
                    && "州区县旗".indexOf(text.charAt(at + 2)) >= 0;
            return autonomy ? at + 3 : at;
        }

        /**
         * Whether a short town name (分乡镇) begins inside a word: after a Han character that ends no word before a
         * name (部分乡镇), as {@link #place} reads it.
         */
        private boolean townInsideAWord(Lexicon.Match<Gazetteer.Place> place) {
            int start = place.end() - place.value().name().length();
            return place.value().level() == Gazetteer.Level.TOWN && place.value().name().length() <= 3 && start > 0
                    && isHan(text.charAt(start - 1)) && !TABLES.beforeName.has(text.charAt(start - 1))
                    && !TABLES.placePrepositions.has(text.charAt(start - 1));
        }

        /** The end of a place name, 全国, or a level alone before 委员会 (政协第十届县委员会) at {@code k}, else {@code k}. */
        private int placeOrNation(int k) {
            Lexicon.Match<Gazetteer.Place> place = placeAt(k);
            if (place != null) {
                return place.end();
            }
            boolean level = k < text.length() && TABLES.levelChars.has(text.charAt(k)) && text.startsWith("委员会", k + 1);
            return text.startsWith("全国", k) ? k + 2 : level ? k + 1 : k;
        }

        /**
         * The end of a special committee of a CPPCC or a congress at {@code at}: two to eight characters of its field +
         * 委员会 (全国政协 + 人口资源环境委员会, 全国人大 + 教育科学文化卫生委员会), else {@code at}. Not over a term, a sitting or
         * a stop word (政协第十届全国委员会 is a committee of a term, read elsewhere), nor the committees taken together
         * (各专门委员会, 有关专门委员会), which name no one body.
         */
        private int specialCommittee(int at) {
            if (text.startsWith("有关", at)) {
                return at;
            }
            for (int j = at + 1; j <= Math.min(text.length() - 3, at + 8); j++) {
                char c = text.charAt(j - 1);
                if (!isHan(c) || TABLES.stopChars.has(c) || TABLES.numerals.has(c) || c == '届' || c == '次' || c == '第') {
                    return at;
                }
                if (j - at >= 2 && text.startsWith("委员会", j)) {
                    return j + 3;
                }
                // the short form of two or three characters + 委 (农环委, 财经委, 教科文卫委), not 委员 or 委托
                boolean shortForm = j - at >= 2 && j - at <= 3 && text.charAt(j) == '委' && text.startsWith("人大常委会", at - 5)
                        && (j + 1 >= text.length() || !isHan(text.charAt(j + 1)) || text.charAt(j + 1) == '《');
                shortForm |= congressCommitteeShortForm(at, j);
                if (shortForm) {
                    return j + 1;
                }
            }
            return at;
        }

        /**
         * A party congress of a number after 中国共产党 or 中共 ending at {@code from}: a place or 全国 where written, 第 +
         * number + 次, 代表大会 (中国共产党宁波市第十四次代表大会, 中共第二十次全国代表大会). A meeting, read over and not named
         * (the labels put it under optional, as a congress of a term); null when none is written.
         */
        private Span partyCongress(int start, int from) {
            Span committee = partyCommitteeOfATerm(start, from);
            if (committee != null) {
                return committee;
            }
            int k = placeOrNation(from);
            if (k >= text.length() || text.charAt(k) != '第') {
                return null;
            }
            int m = k + 1;
            while (m < text.length() && TABLES.numerals.has(text.charAt(m))) {
                m++;
            }
            if (m == k + 1 || m >= text.length() || text.charAt(m) != '次') {
                return null;
            }
            m = placeOrNation(m + 1);
            return text.startsWith("代表大会", m) ? new Span(start, m + 4, false, "party congress of a number") : null;
        }

        /**
         * A party committee of a term after 中国共产党 ending at {@code from}: a place, the term, 委员会 (中国共产党四川省第十二届
         * 委员会, 中国共产党梅州市第七届委员会), as a plenum's full name writes it. Like a congress or a CPPCC committee of a term
         * it is read over and not named (the labels put it under optional); null when no term follows the place.
         */
        private Span partyCommitteeOfATerm(int start, int from) {
            int k = placeOrNation(from);
            int term = k == from ? k : term(k);
            return term > k && text.startsWith("委员会", term) ? new Span(start, term + 3, false, "party committee of a term") : null;
        }

        /** The end of 常务委员会 or 常委会 at {@code k}, else {@code k}. */
        private int standingCommittee(int k) {
            return text.startsWith("常务委员会", k) ? k + 5 : text.startsWith("常委会", k) ? k + 3 : k;
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
                Span congress = partyCongress(start, i + 2);
                if (congress != null) {
                    return congress;
                }
                Lexicon.Match<Gazetteer.Place> place = placeAt(i + 2);
                if (place != null && place.end() < text.length() && text.charAt(place.end()) == '委') {
                    return departments(start, place.end() + 1, "中共 + place + 委");
                }
            }
            Lexicon.Match<Gazetteer.Place> place = placeAt(i);
            if (place != null && place.value().needsParent() && !fullCountyAtLeftEdge(place) && !courtOfACounty(place)) {
                place = null; // 和县委 in 县法院和县委: the conjunction, not the county 和县
            }
            if (place != null && townInsideAWord(place)) {
                place = null; // 部分乡镇人大: 部分 + 乡镇人大, not the town 分乡镇
            }
            if (place != null && building(place)) {
                place = null; // 人民大会堂 + 新闻发布厅: a hall of a building, no body named after a place
            }
            int afterPrefix;
            if (place != null) {
                afterPrefix = place.end();
                // 广东省深圳市: a division inside a division
                Lexicon.Match<Gazetteer.Place> inner = placeAt(afterPrefix);
                if (inner != null && !inner.value().shortForm()) {
                    afterPrefix = inner.end();
                }
                afterPrefix = levelAfterPlace(place, afterPrefix);
                prefix = new Prefix(i, afterPrefix, "place");
            } else if (text.startsWith("全国", i)) {
                afterPrefix = i + 2;
                prefix = new Prefix(i, afterPrefix, "");
            } else if (autonomousLevel(i)) {
                afterPrefix = i + 3;
                prefix = new Prefix(i, afterPrefix, "level");
            } else if (townshipLevel(i)) {
                afterPrefix = i + 1;
                prefix = new Prefix(i, afterPrefix, "level");
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
            if (institution != null && membersOfAPlace(institution, prefix)) {
                institution = null; // 港澳委员, 港澳政协委员: the members from a place, not its committee
            }
            if (institution != null) {
                if (institution.value().equals("congress")) {
                    // 人民代表大会 alone after a place is the congress (optional); its committees are institutions
                    Span committee = generic(start, institution.end(), prefix);
                    return committee != null ? committee : new Span(start, institution.end(), false, "congress");
                }
                if (institution.value().equals("政协")) {
                    Span committee = cppccOfATerm(start, institution.end()); // 郑州市政协第十四届委员会常务委员会
                    if (committee != null && committee.named()) {
                        return committee; // else 定远县政协 (第十一届委员会 read on its own): the body, named as written
                    }
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

        /**
         * Whether the institution after a place opens the word for members from there rather than a body of it: 委 + 员
         * (港澳委员, 北京委员), or 政协委员 after a region of the tables that elects no CPPCC of its own (港澳政协委员); a
         * division's 政协委员 (市政协委员) names its body, as a title does.
         */
        private boolean membersOfAPlace(Lexicon.Match<String> institution, Prefix prefix) {
            if (institution.value().equals("委") && text.startsWith("员", institution.end())) {
                return true;
            }
            Lexicon.Match<Gazetteer.Place> place = placeAt(prefix.start());
            return institution.value().equals("政协") && text.startsWith("委员", institution.end()) && place != null
                    && place.end() == prefix.end() && place.value().level() == Gazetteer.Level.OTHER;
        }

        /** Whether a place of the tables is a building, its name ending in a venue noun (人民大会堂). */
        private boolean building(Lexicon.Match<Gazetteer.Place> place) {
            if (place.value().level() != Gazetteer.Level.OTHER) {
                return false;
            }
            int start = place.end() - place.value().name().length();
            for (int k = start + 1; k < place.end(); k++) {
                if (TABLES.anchors.longestEnd(text, k) == place.end() || TABLES.venues.longestEnd(text, k) == place.end()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a township or town is written at {@code i} by its level alone before one of its bodies, as 市 and 县 are
         * (镇人大, 镇政府, 乡人大主席团, 该镇人大): a township's news names its own congress and government so. Not after a
         * character that makes it part of a word or of no one place (乡镇政府, 城乡, 各乡, 全镇, the levels listed in 各乡、镇人民政府),
         * and only where a body of a township follows ({@code township-body}), which keeps every other 乡 and 镇 of a text
         * (乡村, 镇上) out.
         */
        private boolean townshipLevel(int i) {
            char c = text.charAt(i);
            return (c == '乡' || c == '镇') && (i == 0 || !TABLES.notBeforeLevel.has(text.charAt(i - 1))
                    && text.charAt(i - 1) != '乡' && text.charAt(i - 1) != '镇' && text.charAt(i - 1) != '村')
                    && !(i >= 2 && text.charAt(i - 1) == '、' && (text.charAt(i - 2) == '乡' || text.charAt(i - 2) == '镇'))
                    && TABLES.townshipBodies.longestEnd(text, i + 1) >= 0;
        }

        /**
         * Whether an autonomous region, prefecture or county is written at {@code i} by its level alone, as 市 and 县 are
         * (自治区人民政府, 自治区党委, 自治县人大常委会): the texts of an autonomous place name their own bodies so. Not after
         * a word that makes it no body of one place (全自治区, 各自治县), nor before one that makes it a word (自治区级).
         */
        private boolean autonomousLevel(int i) {
            return text.startsWith("自治", i) && i + 2 < text.length() && text.charAt(i + 2) != '市'
                    && TABLES.levelChars.has(text.charAt(i + 2)) && (i == 0 || !TABLES.notBeforeLevel.has(text.charAt(i - 1)))
                    && (i + 3 >= text.length() || !TABLES.notAfterLevel.has(text.charAt(i + 3)));
        }

        /**
         * The other name of a body in brackets right after it, which an office also bears (市政府办（目标办）, 县委办（县
         * 档案局）): two to six Han characters ending in an office's or an institution's noun (办, 局, 委, 室, 中心); else null.
         */
        private Span aliasInBrackets(int at) {
            if (at >= text.length() || (text.charAt(at) != '（' && text.charAt(at) != '(')) {
                return null;
            }
            int end = at + 1;
            while (end < text.length() && end - at <= 7 && isHan(text.charAt(end))) {
                end++;
            }
            if (end >= text.length() || (text.charAt(end) != '）' && text.charAt(end) != ')') || end - at - 1 < 2 || end - at - 1 > 6) {
                return null;
            }
            char last = text.charAt(end - 1);
            boolean office = "办局委室".indexOf(last) >= 0 || text.startsWith("中心", end - 2);
            Lexicon.Match<String> department = TABLES.departments.longest(text, at + 1);
            if (department != null && department.end() == end) {
                return null; // 镇人大（办公室）: the body's own office in general words, no other name
            }
            return office ? new Span(at + 1, end, true, "another name in brackets after a body") : null;
        }

        /**
         * A department listed after a body without its place, which it shares (县政府办、公安局、财政局、发改局, 省发改委、
         * 财政厅): one to four characters + an institution noun (局, 厅, 委, 中心 …) that ends the item (、，。等, the
         * end of the text, or what follows the last of a list of bodies: 负责人, 主要负责同志, 参加), or null.
         */
        private Span listedAfterABody(int start) {
            for (int j = start + 1; j <= Math.min(text.length() - 1, start + 4); j++) {
                char c = text.charAt(j - 1);
                if (!isHan(c) || TABLES.stopChars.has(c)) {
                    return null;
                }
                Lexicon.Match<Integer> noun = TABLES.genericNouns.longest(text, j);
                Lexicon.Match<String> institution = TABLES.institutions.longest(text, j);
                int end = noun != null ? noun.end() : institution != null ? institution.end() : -1;
                if (end > 0 && (end >= text.length() || TABLES.listEnds.has(text.charAt(end)) || TABLES.clauseMarks.has(text.charAt(end))
                        || TABLES.afterListOfBodies.longestEnd(text, end) >= 0)) {
                    return new Span(start, end, true, "listed after a body: " + text.substring(j, end));
                }
            }
            return null;
        }

        /** A free middle of up to six characters + a generic institution noun (大数据 + 中心, 二人台剧种传习 + 中心). */
        private Span generic(int start, int from, Prefix prefix) {
            if (countAt(from, "个")) {
                return null; // 市人民代表大会 + 四个专门委员会: a count of bodies names no one of them
            }
            int limit = Math.min(text.length(), from + 10);
            int brackets = 0;
            boolean joined = false; // a list join (和, 与, 及, 、) seen in the middle
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
                    if (TABLES.listJoins.has(c) && placeAt(j) != null) {
                        return null; // 宝坻区 + 和蓟县 + 代表团: two places joined, each with its own body, not one middle
                    }
                    joined |= TABLES.listJoins.has(c);
                }
                if (j > from && countAt(j, "位名")) {
                    // 湖南任命 + 四位 + 厅长: a free middle that counts the heads a text names (numerals + a measure
                    // word for people) names no body
                    return null;
                }
                Lexicon.Match<Integer> noun = TABLES.genericNouns.longest(text, j);
                if (noun != null && j > from && (endsAWordThatIsNoBody(j) || TABLES.nounRunsOn.contains(text.substring(noun.end() - 1,
                        Math.min(text.length(), noun.end() + 1))))) {
                    continue; // 经济格局, 开新局; 开创新局面: a word that ends or begins on 局, not a bureau
                }
                if (noun != null && joined && TABLES.levelChars.has(text.charAt(j - 1))) {
                    return null; // the same with a place the tables lack (蓟县, now 蓟州区): a level before the noun
                }
                if (noun != null && j - from >= noun.value()) {
                    return departments(start, noun.end(), prefix.cue(text) + " + " + text.substring(j, noun.end()));
                }
            }
            return null;
        }

        /**
         * Whether a count begins at {@code at}: numerals + one of the measure words {@code measures} (个: 四个, 两个,
         * 十几个; 位 or 名 for people: 四位, 两名).
         */
        private boolean countAt(int at, String measures) {
            int k = at;
            while (k < text.length() && (TABLES.numerals.has(text.charAt(k)) || text.charAt(k) == '两' || text.charAt(k) == '几')) {
                k++;
            }
            return k > at && k < text.length() && measures.indexOf(text.charAt(k)) >= 0;
        }

        /** Whether the one-character noun at {@code j} ends a word of {@code not-a-body} (经济格局, 开新局). */
        private boolean endsAWordThatIsNoBody(int j) {
            return TABLES.wordsEndingInNoun.contains(text.substring(j - 1, j + 1));
        }

        /** Departments chained after an institution: 市委 + 宣传部, 市人大常委会 + 党组, 市政府 + 办公室. */
        private Span departments(int start, int end, String cue) {
            Lexicon.Match<Gazetteer.Place> surveyed = cue.endsWith("国家统计局") ? placeAt(end) : null;
            if (surveyed != null && text.startsWith("调查队", surveyed.end())) {
                // 国家统计局晋中调查队: the bureau's survey team in a place is named with the bureau
                return new Span(start, surveyed.end() + 3, true, cue + " + place + 调查队");
            }
            Lexicon.Match<String> department = TABLES.departments.longest(text, end);
            if (department != null) {
                return new Span(start, department.end(), true, cue + " + " + department.value());
            }
            int committee = cue.contains("政协") || cue.endsWith("人大") || cue.endsWith("人大常委会") ? specialCommittee(end) : end;
            if (committee > end) {
                return new Span(start, committee, true, cue + " + special committee " + text.substring(end, committee));
            }
            int office = shortDepartment(end);
            if (office > end) {
                return new Span(start, office, true, cue + " + " + text.substring(end, office) + " (an office's short form)");
            }
            int stationed = officeStationedIn(end);
            if (stationed > end) {
                return new Span(start, stationed, true, cue + " + " + text.substring(end, stationed) + " (its office in a place)");
            }
            int group = inspectionGroupStationedIn(end);
            if (group > end) {
                return new Span(start, group, true, cue + " + " + text.substring(end, group) + " (its group stationed in a body)");
            }
            return new Span(start, end, true, cue);
        }

        /**
         * Whether the characters from {@code at} to {@code j} + 委 are the short form of a congress's committee beyond the
         * standing committee's own two or three characters: a special committee of the congress itself (市人大法制委,
         * 市人大财经委), a working committee of up to five (民宗侨外工委, 法工委), and one before 关于 (法工委关于…的报告).
         */
        private boolean congressCommitteeShortForm(int at, int j) {
            if (j >= text.length() || text.charAt(j) != '委' || j - at < 2) {
                return false;
            }
            boolean standing = text.startsWith("人大常委会", at - 5);
            boolean congress = text.startsWith("人大", at - 2);
            // 相关工委, 各工委: which committees, not one's name
            boolean working = text.charAt(j - 1) == '工' && j - at <= 5 && !text.startsWith("相关", at) && !text.startsWith("有关", at)
                    && text.charAt(at) != '各';
            boolean ends = j + 1 >= text.length() || !isHan(text.charAt(j + 1)) || text.charAt(j + 1) == '《'
                    || j + 3 <= text.length() && FUNCTION_WORDS.contains(text.substring(j + 1, j + 3));
            // a working committee of three characters or more (民宗侨外工委调研) is no word of running text: no end needed
            return standing && working && j - at >= 3 || ends && (standing && (j - at <= 3 || working) || congress && j - at <= 3);
        }

        /**
         * The end of a body's office stationed in another place (驻湖南联络处, 驻京办事处, 驻沪办): 驻 + a place + 联络处 /
         * 办事处 / 办, named with the body it belongs to (香港特别行政区政府驻湖南联络处), else {@code at}.
         */
        private int officeStationedIn(int at) {
            if (at >= text.length() || text.charAt(at) != '驻') {
                return at;
            }
            Lexicon.Match<Gazetteer.Place> place = placeAt(at + 1);
            int k = place != null ? place.end() : at + 2; // 驻京, 驻沪: the one-character short form
            for (String office : List.of("联络处", "办事处", "联络办公室", "办")) {
                if (k <= text.length() && text.startsWith(office, k)) {
                    return k + office.length();
                }
            }
            return at;
        }

        /**
         * The end of a discipline inspection group a commission stations in another body (市纪委监委 + 驻市人大机关纪检监察组,
         * 省纪委 + 驻省政府纪检组), else {@code at}: 驻 + the body it watches + 纪检监察组 or 纪检组, one name with the
         * commission that sends it, as every such group since the stationing reform is named.
         */
        private int inspectionGroupStationedIn(int at) {
            if (at + 1 >= text.length() || text.charAt(at) != '驻') {
                return at;
            }
            Span body = organization(at + 1);
            if (body == null || !body.named()) {
                return at;
            }
            int organs = text.startsWith("机关", body.end()) ? body.end() + 2 : body.end(); // 驻市人大 + 机关 + 纪检监察组
            for (String group : List.of("纪检监察组", "纪检组")) {
                if (text.startsWith(group, organs)) {
                    return organs + group.length();
                }
            }
            return at;
        }

        /**
         * The end of an office written in its short form right after its body (县政府办, 市人大办), else {@code at}. 办 is
         * also a verb (市政府办实事, 县政府办理): the office is taken only where no word goes on after it, that is before
         * punctuation, a space, the end of the text, or the post that heads it (县政府办主任).
         */
        private int shortDepartment(int at) {
            int end = TABLES.shortDepartments.longestEnd(text, at);
            if (end < 0) {
                return at;
            }
            boolean closed = end >= text.length() || !isHan(text.charAt(end)) || text.startsWith("主任", end)
                    || text.startsWith("副主任", end);
            return closed ? end : at;
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

        /**
         * A district's short form where the text names the district in full (抚州市东乡区 … 建设品质新东乡): a reader of
         * the page knows it for the district. (Where only the city is named, a district's short form is too often part of
         * another name: 云州 in 云州国家级现代农业示范区, 宝塔 in 宝塔山, 中原 in 中原经济区.) The full name may stand inside a
         * body's or a congress's name; the short form is taken where no longer place name or other name taken covers it
         * (东乡县, 洪山礼堂) and 区, 县 or 市 does not follow it.
         */
        private void districtsByShortName(Map<String, Mention> places) {
            if (text.indexOf('区') < 0 && text.indexOf('县') < 0) {
                return; // no district nor county named in full
            }
            java.util.Map<String, String> shortNames = null; // short name -> what it is the short form of
            for (int p = 0; p < placeAt.length; p++) {
                String shortName = placeAt[p] == null ? null : Gazetteer.districtShortForm(placeAt[p].value());
                String of = "a district";
                if (shortName == null && placeAt[p] != null) {
                    shortName = autonomousCountysOwnName(placeAt[p].value());
                    of = "an autonomous county";
                }
                if (shortName != null) {
                    shortNames = shortNames == null ? new java.util.LinkedHashMap<>() : shortNames;
                    shortNames.putIfAbsent(shortName, of);
                }
            }
            for (int at = text.indexOf('县'); at >= 2; at = text.indexOf('县', at + 1)) {
                // 凤翔县 for the district 凤翔区 the county became: the district named in full as its older texts write it
                String stem = text.substring(at - 2, at);
                if (isHan(stem.charAt(0)) && isDistrict(stem) && Gazetteer.districtShortForm(GAZETTEER.at(stem + "区", 0).value()) != null) {
                    shortNames = shortNames == null ? new java.util.LinkedHashMap<>() : shortNames;
                    shortNames.putIfAbsent(stem, "a district (written as the county it was)");
                }
            }
            if (shortNames == null) {
                return;
            }
            for (Map.Entry<String, String> named : shortNames.entrySet()) {
                String shortName = named.getKey();
                for (int at = text.indexOf(shortName); at >= 0; at = text.indexOf(shortName, at + 1)) {
                    int end = at + shortName.length();
                    boolean covered = placeAt[at] != null && placeAt[at].end() > end
                            || at > 0 && placeAt[at - 1] != null && placeAt[at - 1].end() > at
                            || taken.nextSetBit(at) >= 0 && taken.nextSetBit(at) < end; // 洪山 in 洪山礼堂
                    // (nor where it opens a body's name, 江华 + 法院: a place inside an organisation's name is none)
                    if (!covered && (end >= text.length() || "区县市".indexOf(text.charAt(end)) < 0)
                            && TABLES.institutions.longestEnd(text, end) < 0) {
                        places.putIfAbsent(shortName, new Mention(Type.PLACE, shortName, at, end,
                                "short form of " + named.getValue() + " named in full"));
                        break;
                    }
                }
            }
        }

        /**
         * An autonomous county's own name (昌江 of 昌江黎族自治县, 孟村 of 孟村回族自治县), for a text that names the county in
         * full, as a district's short form is: the gazetteer keeps no such short form alone, since 长阳, 江华 end and begin
         * the posts and names around them where no text names the county.
         */
        private static String autonomousCountysOwnName(Gazetteer.Place county) {
            return county.level() != Gazetteer.Level.COUNTY || county.shortForm() ? null : Gazetteer.autonomousName(county.name());
        }

        /**
         * Towns and villages listed by their short names before the noun that counts them (向阳、洄水、瓦庙、汉王四镇人大主席,
         * 东关、西街等村, 高山、平川等3个乡镇): each item of two or three characters is a place. The noun (镇, 乡, 村, 乡镇)
         * comes right after a number or 等 (+ number + 个), and makes no word with what follows (等乡村振兴, 四镇村干部 are
         * no towns).
         */
        private void townsListedBeforeTheirNoun(Map<String, Mention> places) {
            for (char noun : new char[] {'镇', '乡', '村'}) { // String.indexOf finds each far faster than a look at every character
                for (int at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + 1)) {
                    townsListedBefore(at, places);
                }
            }
        }

        /** The towns listed before the noun at {@code at} ({@link #townsListedBeforeTheirNoun}). */
        private void townsListedBefore(int at, Map<String, Mention> places) {
            char c = text.charAt(at);
            int nounEnd = c == '乡' && text.startsWith("乡镇", at) ? at + 2 : at + 1;
            if (nounEnd < text.length() && "村镇民域级风里长委干庄".indexOf(text.charAt(nounEnd)) >= 0) {
                return;
            }
            int k = at;
            if (k > 0 && text.charAt(k - 1) == '个') {
                k--;
            }
            int numberEnd = k;
            while (k > 0 && TABLES.numerals.has(text.charAt(k - 1))) {
                k--;
            }
            if (k > 0 && text.charAt(k - 1) == '等') {
                k--;
            } else if (k == numberEnd) {
                return; // neither a number nor 等 before the noun
            }
            List<int[]> items = new ArrayList<>();
            int end = k;
            while (true) {
                int begin = end;
                while (begin > 0 && end - begin < 3 && isHan(text.charAt(begin - 1)) && text.charAt(begin - 1) != '、'
                        && !TABLES.numerals.has(text.charAt(begin - 1))) {
                    begin--;
                }
                if (end - begin == 3 && TABLES.stopChars.has(text.charAt(begin))) {
                    begin++; // 在东关、西街等村: the preposition before the first item
                }
                boolean opens = begin == 0 || !isHan(text.charAt(begin - 1)) || text.charAt(begin - 1) == '、'
                        || TABLES.stopChars.has(text.charAt(begin - 1));
                if (end - begin < 2 || !opens) {
                    break; // an item runs on into a longer word: no list of short names
                }
                items.add(new int[] {begin, end});
                if (begin == 0 || text.charAt(begin - 1) != '、') {
                    break;
                }
                end = begin - 1;
            }
            if (items.size() >= 2) {
                for (int n = items.size() - 1; n >= 0; n--) {
                    int[] item = items.get(n);
                    String name = text.substring(item[0], item[1]);
                    places.putIfAbsent(name, new Mention(Type.PLACE, name, item[0], item[1], "listed before " + text.substring(k, nounEnd)));
                }
            }
        }

        /**
         * Names written in two parts joined by a middle dot (帕巴拉·格列朗杰, 阿不来提·阿不都热西提, 司马义·艾买提): Tibetan,
         * Uyghur and other names of the genre's lists of leaders, which open with no surname of the table. Taken where the
         * context says person as for other names: after a post (省领导尔肯江·吐拉洪) or between list joins (、帕巴拉·格列朗杰、)
         * or before a word of office; each part of one to six Han characters, the first no place (福建日报·新福建 is a paper).
         * A surname-led name read inside it (司马义 or 艾买提 of 司马义·艾买提) gives way.
         */
        private void namesWithADot(Map<String, Mention> people) {
            for (char d : new char[] {'·', '•', '・', '‧'}) {
                for (int dot = text.indexOf(d); dot >= 0; dot = text.indexOf(d, dot + 1)) {
                    nameWithADot(dot, people);
                }
            }
        }

        /** A name in two parts joined by the dot at {@code dot} ({@link #namesWithADot}). */
        private void nameWithADot(int dot, Map<String, Mention> people) {
            int left = dot;
            while (left > 0 && dot - left < 8 && isHan(text.charAt(left - 1)) && text.charAt(left - 1) != '、') {
                left--;
            }
            int post = -1; // where a post before the name ends (省领导 + 尔肯江·吐拉洪)
            for (int k = left + 1; k < dot && post < 0; k++) {
                post = TABLES.postsBefore.longestEnd(text, k) >= left ? k : -1;
            }
            boolean afterPost = post > left;
            left = afterPost ? post : left;
            char before = left == 0 ? '\n' : text.charAt(left - 1);
            boolean leftEdge = afterPost || !isHan(before) || before == '、';
            int right = dot + 1;
            while (right < text.length() && right - dot <= 6 && isHan(text.charAt(right)) && text.charAt(right) != '、'
                    && (right == dot + 1 || TABLES.afterName.longestEnd(text, right) < 0)) {
                right++;
            }
            char next = right >= text.length() ? '\n' : text.charAt(right);
            boolean officeAfter = right < text.length() && TABLES.afterName.longestEnd(text, right) >= 0;
            boolean rightEdge = "、，。；,;（(\n）)".indexOf(next) >= 0 || officeAfter || right >= text.length();
            boolean personal = afterPost || before == '、' || next == '、' || officeAfter;
            if (dot - left < 1 || dot - left > 5 || right - dot - 1 < 1 || !leftEdge || !rightEdge || !personal
                    || placeAt(left) != null) {
                return;
            }
            String name = text.substring(left, right);
            final int from = left;
            final int to = right;
            people.values().removeIf(m -> m.start() >= from && m.end() <= to); // 司马义, 艾买提 of 司马义·艾买提
            people.putIfAbsent(name, new Mention(Type.PERSON, name, left, right, "name in two parts joined by a dot"));
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
            if (place != null && onTheHeadsChar(start, place)) {
                return null; // 市长江华: the mayor 江华, not the river 长江
            }
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
                    && !TABLES.placePrepositions.has(text.charAt(start - 1)) && !divisionEndsAt(start)) {
                return null; // 新建城镇棚户区: a short town name inside running text is a word, not the town
            }
            int facility = place == null ? -1 : TABLES.facilities.longestEnd(text, place.end());
            facility = facility < 0 && place != null ? zoneAfter(place.end()) : facility;
            if (facility >= 0) {
                // 天津港, 大同南站: a facility named after the place (optional by the labels), not the place
                return new Span(start, facility, false, "facility");
            }
            int autonomy = place == null ? -1 : autonomyAfterShortForm(place);
            if (place != null && autonomy > place.end()) {
                return new Span(start, autonomy, true, "short form + the kind of autonomous division");
            }
            if (place != null && place.value().shortForm() && place.value().level() == Gazetteer.Level.CITY
                    && levelAfterPlace(place, place.end()) > place.end()
                    && (place.end() + 1 >= text.length() || !TABLES.notAfterLevel.has(text.charAt(place.end() + 1)))) {
                // 芜湖县: the county named after its city, gone from the division tables, not the city 芜湖
                return new Span(start, place.end() + 1, true, "county named after its city");
            }
            if (place != null) {
                Span venue = venue(start, place.end(), 0);
                if (venue != null && !placeOfItsOwn(place.end(), venue.end())) {
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
         * Where the name of a village ends at its 村 ({@code noun}) starts, when a division written in full stands right before
         * it (林芝市 + 嘎拉 + 村, 西陵区 + 南津关 + 村, 王团镇 + 罗家河湾 + 村): a village after its county, district or town,
         * as an address writes it; else -1. The name is two to four Han characters, and not the words 乡村 and 农村
         * (宜都市美丽乡村, 新农村建设).
         */
        private int villageAfterDivision(int noun) {
            char last = text.charAt(noun - 1);
            if (last == '乡' || last == '农') {
                return -1;
            }
            for (int s = Math.max(1, noun - 4); s <= noun - 2; s++) {
                boolean name = true;
                for (int k = s; k < noun && name; k++) {
                    name = isHan(text.charAt(k)) && !TABLES.stopChars.has(text.charAt(k)) && (k == s || placeAt(k) == null);
                }
                if (name && divisionEndsAt(s)) {
                    return s;
                }
            }
            return -1;
        }

        /**
         * Whether a division's full name ends at {@code at} (谷城县 + 城关镇, 青浦区 + 重固镇): a town written after its county
         * or district is the town, as an address writes it, not a word of running text.
         */
        private boolean divisionEndsAt(int at) {
            return placeEndsAt(at, p -> !p.shortForm() && p.level() != Gazetteer.Level.OTHER);
        }

        /**
         * Whether a name of the gazetteer that {@code which} accepts, of two to {@value #PLACE_REACH} characters, ends at
         * {@code at}: every name it may hold, not only the longest read from its start (谷城县 inside 谷城县城关镇).
         */
        private boolean placeEndsAt(int at, java.util.function.Predicate<Gazetteer.Place> which) {
            for (int k = Math.max(0, at - PLACE_REACH); k < at - 1; k++) {
                for (Lexicon.Match<Gazetteer.Place> m : GAZETTEER.all(text, k)) {
                    if (m.end() == at && which.test(m.value())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * How far back a place name that ends at a position is looked for (as {@link #stationBefore} does): eight
         * characters hold a division's full name with its level (呼和浩特市, 鄂伦春自治旗); a longer one is rare enough.
         */
        private static final int PLACE_REACH = 8;

        /**
         * Whether a place that is no division's full name (长江, 长沙) starts on the 长 of a head's post written with a level
         * character (市长, 县长, 区长): 市长江华 is the mayor 江华, as the post is read before the name. Not where a place
         * ends at that level character (重庆市 + 长江流域, 吉林市 + 长春): there the level is the place's, no post.
         */
        private boolean onTheHeadsChar(int start, Lexicon.Match<Gazetteer.Place> place) {
            if (text.charAt(start) != '长' || start == 0 || "市县区".indexOf(text.charAt(start - 1)) < 0
                    || place.value().level() != Gazetteer.Level.OTHER && !place.value().shortForm()) {
                return false;
            }
            return !placeEndsAt(start, p -> true);
        }

        /**
         * Whether {@code [at, end)} is a place of the tables on its own (人民大会堂 in 北京人民大会堂): then the place before it
         * is its city, a mention of its own, and the venue is named without it, as the labels and a reader split them.
         */
        private boolean placeOfItsOwn(int at, int end) {
            Lexicon.Match<Gazetteer.Place> own = placeAt(at);
            return own != null && own.end() == end;
        }

        /**
         * Where a meeting is held, indexed by start: what stands between 在 and a verb of holding it (在城关举行, 在县花鼓剧院
         * 闭幕, 在科尔沁文化中心多功能厅隆重开幕). The sentence makes it a place, so the run is taken where it ends in a
         * venue's noun (剧院, 会堂, 多功能厅, 中心, 楼), or is a short name ending in a place noun (梅城, 新安江, 永兴岛, 城关)
         * or a district's name (武昌) after any divisions written before it (三沙市 + 永兴岛). A district's name before a
         * venue (在武昌洪山礼堂) is taken alone, as where the hall stands; the hall is read as before. Words of time or
         * reference (在这里, 在近期) start with a stop character or end in no such noun, and are no place.
         */
        private Span[] heldVenues() {
            Span[] out = NO_SPANS;
            for (int at = text.indexOf('在'); at >= 0 && at + 3 < text.length(); at = text.indexOf('在', at + 1)) {
                int r = at + 1;
                if (!isHan(text.charAt(r)) || TABLES.stopChars.has(text.charAt(r)) && placeAt(r) == null) {
                    continue;
                }
                int k = r + 1;
                String verb = null;
                for (; k < text.length() && k - r <= HELD_VENUE_MAX; k++) {
                    char c = text.charAt(k);
                    if (!isHan(c) && (c < '0' || c > '9') || "的了是和与及在".indexOf(c) >= 0) {
                        break;
                    }
                    int adverb = TABLES.heldAdverbs.longestEnd(text, k);
                    Lexicon.Match<String> v = TABLES.heldVerbs.longest(text, adverb >= 0 ? adverb : k);
                    if (v != null) {
                        verb = v.value();
                        break;
                    }
                }
                if (verb == null) {
                    continue;
                }
                Span where = venueHeldIn(r, k);
                if (where == null && !verb.equals("venue")) {
                    where = placeHeldIn(r, k);
                }
                if (where != null) {
                    if (out == NO_SPANS) {
                        out = new Span[text.length()];
                    }
                    out[where.start()] = where;
                }
            }
            return out;
        }

        /**
         * The longest run read between 在 and a verb of holding: a venue with its house, floor and hall
         * (科尔沁文化中心多功能厅, 11 characters) fits with room; a longer run without 的 or a mark is a clause, no venue.
         */
        private static final int HELD_VENUE_MAX = 16;

        /** The venue {@code [r, k)} between 在 and a verb of holding, or the district's name that opens it, else null. */
        private Span venueHeldIn(int r, int k) {
            for (String noun : TABLES.heldVenueEnds) {
                if (k - r - noun.length() >= 2 && text.startsWith(noun, k - noun.length())) {
                    if (placeAt(r) == null && districtByItsName(r) && anchoredAt(r + 2)) {
                        return new Span(r, r + 2, true, "district where a meeting is held, before its venue");
                    }
                    return new Span(r, k, true, "venue where a meeting is held (在 + venue + " + noun + " + verb)");
                }
            }
            return null;
        }

        /**
         * A short place name, after any divisions written in full before it (三沙市 + 永兴岛), that ends at {@code k} before a
         * verb of holding, else null; a county's short form it begins with (新安 of 新安江, 永兴 of 永兴岛) is no division there.
         */
        private Span placeHeldIn(int r, int k) {
            int s = r;
            while (placeAt(s) != null && !placeAt(s).value().shortForm() && placeAt(s).end() < k) {
                s = placeAt(s).end();
            }
            int length = k - s;
            if (placeAt(s) != null && placeAt(s).end() == k || length < 2 || length > 3 || TABLES.levelChars.has(text.charAt(s))) {
                return null; // a division the gazetteer reads itself, or 县城, 省城: the level's own town
            }
            if (TABLES.heldPlaceNouns.has(text.charAt(k - 1)) || length == 2 && districtByItsName(s)) {
                return new Span(s, k, true, "place where a meeting is held (在 + place + verb)");
            }
            return null;
        }

        /**
         * Whether the venue a meeting is held in, {@code where}, takes the place of what the grammar read at its start,
         * {@code read}: a body or place that ends where the venue ends (县花鼓剧院), or before a floor or hall of the same
         * house (吉安国际会展中心 + 二楼1号会议厅, 上海展览中心 + 中央大厅); not before a place or venue of its own (北京 +
         * 人民大会堂), nor a venue read whole before another hall (苍山饭店 + 苍山会堂, 花园酒店 + 一会议室), nor a body whose
         * own building or room the grammar reads (县委 + 礼堂).
         */
        private boolean heldOver(Span read, Span where, boolean body) {
            if (read.end() > where.end()) {
                return false;
            }
            if (!body && where.cue().startsWith("place where")) {
                return true; // 在新安江召开: the river town, not the county 新安 its name begins with
            }
            if (read.end() < where.end() && (placeAt(read.end()) != null || anchoredAt(read.end())
                    || !body && !floorOrRoomAt(read.end(), where.end()))) {
                return false; // a venue of its own (苍山饭店, 花园酒店) keeps its name before the hall or room after it
            }
            Span house = body ? buildingOf(read) : null;
            return house == null || house.end() < where.end();
        }

        /**
         * Whether {@code [at, end)} is a floor of the house read before it and what follows on that floor (二楼1号会议厅,
         * 三楼金色大厅), or one of its halls ({@code room}: 多功能厅, 中央大厅): the same house, one venue with it.
         */
        private boolean floorOrRoomAt(int at, int end) {
            int k = at;
            while (k < end && k - at < 3 && TABLES.numerals.has(text.charAt(k))) {
                k++;
            }
            return k > at && k < end && (text.charAt(k) == '楼' || text.charAt(k) == '层') || TABLES.rooms.longestEnd(text, at) == end;
        }

        /** Whether a venue found from its noun back starts at {@code at} ({@link #anchoredVenues}, read once). */
        private boolean anchoredAt(int at) {
            return anchoredSpans != null && at < anchoredSpans.length && anchoredSpans[at] != null;
        }

        private Span[] anchoredSpans;

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
                            && TABLES.listEnds.has(text.charAt(single)) && !amongNames(j - 3, single);
                    int village = single - j == 1 && text.charAt(j) == '村' ? villageAfterDivision(j) : -1;
                    if (village >= 0 && out[village] == null) {
                        out[village] = new Span(village, single, true, "village written after its division");
                        j = single - 1;
                        continue;
                    }
                    if (single < 0 || single - j != 1 || TABLES.sides.longestEnd(text, single) < 0 && !listed && !houseNumber(single)) {
                        continue;
                    }
                    nounEnd = single;
                    sided = true;
                }
                int start = j - 2;
                if (sided && j >= 3 && TABLES.directions.has(text.charAt(j - 1)) && isHan(text.charAt(j - 3))
                        && !TABLES.stopChars.has(text.charAt(j - 3))) {
                    // a street named by a name and a direction (团结 + 西 + 路, 解放 + 北 + 路): the name is the two
                    // characters before the direction, not the direction and the one before it (结西路)
                    start = j - 3;
                }
                if (TABLES.notAName.contains(text.substring(start, j))) {
                    j = nounEnd - 1; // 机关大礼堂: no venue, nor 关大 + 礼堂 inside the same noun
                    continue;
                }
                if (placeAt(start + 1) != null) { // 实施黄河流域: 黄河 is the place, not 施黄河
                    continue;
                }
                start = sided ? start : nameFromClauseStart(start);
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

        /**
         * Where a venue's name starts when it is longer than two characters: a name of three or four characters that
         * opens its clause (其中，恒安瑞士酒店设在…, 、希尔顿酒店) is the whole name, since nothing else stands before the
         * noun; a longer run, or one that a stop word (在人民大会堂) or a place name (北京人民大会堂) breaks, keeps the two
         * characters before the noun.
         */
        private int nameFromClauseStart(int start) {
            int k = start;
            while (k > 0 && start - k < 2 && isHan(text.charAt(k - 1)) && !TABLES.stopChars.has(text.charAt(k - 1))) {
                k--;
            }
            if (k == start || k > 0 && isHan(text.charAt(k - 1)) && !opensAVenuesName(k)) {
                return start; // no clause opens within two characters before the name
            }
            for (int m = k; m <= start; m++) {
                if (placeAt(m) != null) {
                    return start;
                }
            }
            return k;
        }

        /**
         * Whether a preposition of place right before {@code k} opens a venue's name there, as a clause does (到舒怡国际大酒店
         * 报到, 在恒安瑞士酒店举行), unless the name would begin with a level character, which says whose the house is (在市
         * 中原宾馆: the city's, named 中原宾馆), or with a district's name, which says where it stands (在武昌洪山礼堂).
         */
        private boolean opensAVenuesName(int k) {
            return TABLES.placePrepositions.has(text.charAt(k - 1)) && text.charAt(k - 1) != '、' && !TABLES.levelChars.has(text.charAt(k))
                    && !districtByItsName(k);
        }

        /** Whether the two characters at {@code k} are a district's name without 区 (武昌 + 洪山礼堂: where the hall stands). */
        private boolean districtByItsName(int k) {
            return isDistrict(text.substring(k, k + 2));
        }

        /**
         * News sites named where a page credits its source, indexed by start: before 讯 at the head of a report
         * (长江网讯, 红网嘉禾讯: the name ends at 网 or 港, a station's place may follow), after 来源 (来源:人民网,
         * 来源: 长城网) and before the dash or arrow of a dateline or a channel path (大洋网-广州日报, 人民网>>四川频道). A
         * name is a run of two to six Han characters that opens its line or follows a space or a mark, ends in 网 or 港
         * (after 来源 also 报), and is not the page's own 本网. 互联网 and 电网 stand in none of these places.
         */
        private Span[] mediaCredits() {
            if (text.indexOf('讯') < 0 && text.indexOf('网') < 0 && text.indexOf("来源") < 0 && text.indexOf('报') < 0
                    && text.indexOf("记者") < 0 && text.indexOf("消息") < 0) {
                return NO_SPANS; // a text with none of the words a credit is written with: no array as long as the text
            }
            Span[] out = new Span[text.length()];
            for (int at = text.indexOf('讯'); at > 0; at = text.indexOf('讯', at + 1)) {
                int start = runStart(at);
                for (int k = start + 1; k < at; k++) {
                    // the name ends at 讯 or before its station's place (红网嘉禾讯), not inside a word (汇港通讯, 香港文汇网讯)
                    boolean named = (text.charAt(k) == '网' || text.charAt(k) == '港') && text.charAt(k - 1) != '本'
                            && (k + 1 == at || placeAt(k + 1) != null && placeAt(k + 1).end() == at);
                    if (named) {
                        credit(out, start, k + 1, "news site before 讯");
                        break;
                    }
                }
            }
            for (int at = text.indexOf("来源"); at >= 0; at = text.indexOf("来源", at + 2)) {
                int k = at + 2;
                if (k < text.length() && (text.charAt(k) == ':' || text.charAt(k) == '：')) {
                    k++;
                    while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '　')) {
                        k++;
                    }
                    int end = k;
                    while (end < text.length() && end - k <= 6 && isHan(text.charAt(end))) {
                        end++;
                    }
                    if (end < text.length() && isHan(text.charAt(end)) || end == k) {
                        continue;
                    }
                    char last = text.charAt(end - 1);
                    // (互联网, 网络: the internet is where it was found, no site that published it)
                    if ((last == '网' || last == '港' || last == '报') && !text.startsWith("互联网", end - 3)) {
                        credit(out, k, end, "source after 来源");
                    }
                }
            }
            for (int at = text.indexOf('网'); at > 0; at = text.indexOf('网', at + 1)) {
                char next = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
                int start = runStart(at + 1);
                boolean lineHead = start == 0 || Character.isWhitespace(text.charAt(start - 1)) || text.charAt(start - 1) == '　';
                if ((next == '-' || next == '－' || next == '>' || next == '＞') && lineHead) {
                    credit(out, start, at + 1, "news site in a dateline"); // a dateline stands on its own: not 。互联网-
                }
            }
            pressCredits(out);
            pressInAPathOrFooter(out);
            pressNamedAgain(out);
            return out;
        }

        /**
         * The press a web page names in its channel path and its footer: a name opening its line or after a colon before
         * the path's arrow (您的位置：台湾网 > 新闻中心, 中国之声 > 央广新闻, spaces allowed around it), and a name before
         * 版权所有 or 主办 (井冈山报社主办, 台湾网版权所有). Only names with a press ending ({@link PressNames}) count.
         */
        /** What a page's footer says of the press behind it (井冈山报社版权所有, 主办：…): the name before it is the press. */
        private static final List<String> FOOTER_WORDS = List.of("版权所有", "主办");

        private void pressInAPathOrFooter(Span[] out) {
            for (int at = 0; at < text.length(); at++) {
                char c = text.charAt(at);
                if (c != '>' && c != '＞') {
                    continue;
                }
                int end = at;
                while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '　')) {
                    end--;
                }
                int start = runStart(end);
                char before = start > 0 ? text.charAt(start - 1) : '\n';
                if (start < end && (Character.isWhitespace(before) || before == ':' || before == '：' || before == '　')) {
                    pressAt(out, start, end, "press in a channel path");
                }
                while (at + 1 < text.length() && (text.charAt(at + 1) == '>' || text.charAt(at + 1) == '＞')) {
                    at++; // >> is one arrow
                }
            }
            for (String word : FOOTER_WORDS) {
                for (int at = text.indexOf(word); at > 0; at = text.indexOf(word, at + word.length())) {
                    pressAt(out, runStart(at), at, "press in a page's footer");
                }
            }
        }

        /**
         * A press name a credit took, named again elsewhere in the text (中国网进行现场直播, 中国网 杨佳摄影): the same
         * site or paper, not its place (中国, 台湾). Only where the name opens a clause, as a credit does.
         */
        private void pressNamedAgain(Span[] out) {
            Set<String> names = new java.util.LinkedHashSet<>();
            for (Span s : out) {
                if (s != null && s.end() - s.start() >= 3) {
                    names.add(text.substring(s.start(), s.end()));
                }
            }
            for (String name : names) {
                for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                    credit(out, at, at + name.length(), "press named again, credited before");
                }
            }
        }

        /**
         * The press a page credits, named by its ending ({@link PressNames}), in the places a credit stands: a
         * reporter's byline (东北网记者 魏义松, (三峡日报记者王莹): 记者 followed by the reporter's name, not by a verb, as in
         * 接受新华社记者采访), a dateline (大众网济南1月24日讯, 紅网平江站11月22日讯, 南都讯 at a line's head, 北方网消息(记者…)),
         * a report it is quoted from (据陕西日报消息, 据人民日报报道), a source and the paper behind its site (来源:吉安新闻网—井冈山报,
         * 信息来源:中安在线) and a masthead (《光明日报》, 光明日报 2023年03月05日, a line of its own). The name is the run of Han
         * characters before the place, opening its clause.
         */
        private void pressCredits(Span[] out) {
            for (int at = text.indexOf("记者"); at > 0; at = text.indexOf("记者", at + 2)) {
                if (bylineAfter(at + 2)) {
                    pressBefore(out, at, "press before a reporter's byline");
                }
            }
            for (int at = text.indexOf('讯'); at > 0; at = text.indexOf('讯', at + 1)) {
                int end = dateBefore(at);
                int start = runStart(end);
                boolean lineHead = start == 0 || Character.isWhitespace(text.charAt(start - 1)) || text.charAt(start - 1) == '　';
                if (end < at) {
                    pressBefore(out, end, "press in a dateline");
                } else if (lineHead && !PressNames.wordBeforeXun(text.charAt(at - 1)) && at - start >= 2 && at - start <= 4
                        && !text.startsWith("讯息", at) && !PressNames.generic(text.substring(start, at))
                        && (placeAt(start) == null || placeAt(start).end() != at)) {
                    // 南都讯, 新京报讯: any name, but no 讯息 (实时讯息), no generic press (晨报讯) and no place alone
                    // (西和讯: a report from the county, whose press is not named)
                    credit(out, start, at, "press before 讯 at a line's head");
                }
            }
            for (int at = text.indexOf('电'); at > 0; at = text.indexOf('电', at + 1)) {
                int end = dateBefore(at);
                if (end < at) {
                    pressBefore(out, end, "press in a dateline");
                }
            }
            for (String word : List.of("消息", "报道")) {
                for (int at = text.indexOf(word); at > 0; at = text.indexOf(word, at + 2)) {
                    int start = runStart(at);
                    boolean quoted = text.charAt(start) == '据';
                    if (quoted || word.equals("消息") && (start == 0 || !isHan(text.charAt(start - 1)))) {
                        pressAt(out, quoted ? start + 1 : start, at, "press a report is quoted from");
                    }
                }
            }
            for (int at = text.indexOf("来源"); at >= 0; at = text.indexOf("来源", at + 2)) {
                int k = at + 2;
                if (k < text.length() && (text.charAt(k) == ':' || text.charAt(k) == '：')) {
                    k = skipSpaces(k + 1);
                    int end = hanRunEnd(k);
                    pressAt(out, k, end, "source after 来源");
                    if (end < text.length() && "—-－".indexOf(text.charAt(end)) >= 0) {
                        int next = skipSpaces(end + 1 + (text.startsWith("——", end) ? 1 : 0));
                        pressAt(out, next, hanRunEnd(next), "press behind the source's site");
                    }
                }
            }
            for (int at = text.indexOf('《'); at >= 0; at = text.indexOf('《', at + 1)) {
                int k = skipSpaces(at + 1);
                int end = hanRunEnd(k);
                if (skipSpaces(end) < text.length() && text.charAt(skipSpaces(end)) == '》' && text.charAt(end - 1) == '报') {
                    pressAt(out, k, end, "newspaper in a masthead"); // 《光明日报》, not 《政府工作报告》
                }
            }
            for (int start = 0; start < text.length(); start = text.indexOf('\n', start) + 1) {
                int k = skipSpaces(start);
                int end = hanRunEnd(k);
                int after = skipSpaces(end);
                boolean alone = after >= text.length() || text.charAt(after) == '\n' || text.charAt(after) == '|'
                        || after > end && Character.isDigit(text.charAt(after));
                if (end > k && alone) {
                    pressAt(out, k, end, "press on a line of its own"); // 光明日报 2023年03月05日, a site's name in its header
                }
                if (text.indexOf('\n', start) < 0) {
                    break;
                }
            }
            for (int bar = text.indexOf('|'); bar > 0; bar = text.indexOf('|', bar + 1)) {
                int end = bar;
                while (end > 0 && text.charAt(end - 1) == ' ') {
                    end--;
                }
                int start = runStart(end);
                if (start < end && start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
                    pressAt(out, start, end, "press in a page's header"); // 06:09 中国青年报 | 新闻
                }
            }
        }

        /** Credits the press name that ends at {@code end}, over the run of Han characters before it and a place it ends in. */
        private void pressBefore(Span[] out, int end, String cue) {
            int station = stationBefore(end);
            if (station > 0) { // 中国侨网 + 呼和浩特: a run longer than runStart reads back, the station's place ends it
                int press = runStart(station);
                press = press < station && text.charAt(press) == '据' ? press + 1 : press;
                if (press < station && PressNames.named(text.substring(press, station))) {
                    pressAt(out, press, station, cue);
                    return;
                }
            }
            int start = runStart(end);
            if (start < end && text.charAt(start) == '据') {
                start++;
            }
            for (int k = start + 2; k < end - 1; k++) { // 东北网北京: the site, then the place it reports from
                Lexicon.Match<Gazetteer.Place> place = placeAt(k);
                if (place != null && place.end() == end && PressNames.named(text.substring(start, k))) {
                    end = k;
                    break;
                }
            }
            for (int k = start + 1; k < end - 1; k++) { // 头版新华社: a body named alone ends the run, it is the name
                Lexicon.Match<String> alone = TABLES.standalone.longest(text, k);
                if (alone != null && alone.end() == end) {
                    start = k;
                    break;
                }
            }
            pressAt(out, start, end, cue);
        }

        /** Where the longest place name that ends at {@code end} starts (the station of a dateline), or -1. */
        private int stationBefore(int end) {
            for (int k = Math.max(1, end - 8); k < end - 1; k++) {
                Lexicon.Match<Gazetteer.Place> place = placeAt(k);
                if (place != null && place.end() == end) {
                    return k;
                }
            }
            return -1;
        }

        private void pressAt(Span[] out, int start, int end, String cue) {
            if (start < end && end <= text.length() && PressNames.named(text.substring(start, end))) {
                if (start > 0 && text.charAt(start - 1) == '据' && out[start] == null) {
                    out[start] = new Span(start, end, true, cue); // 据陕西日报消息: the name opens after 据
                } else {
                    credit(out, start, end, cue);
                }
            }
        }

        /** Whether a reporter's name (or the colon or space before it) follows 记者 at {@code at}: a byline, not a verb. */
        private boolean bylineAfter(int at) {
            if (at >= text.length()) {
                return false;
            }
            char c = text.charAt(at);
            if (c == ' ' || c == '　' || c == ':' || c == '：' || c == '/') {
                return true;
            }
            int end = hanRunEnd(at);
            return end - at >= 2 && end - at <= 4 && end < text.length() && ")）、 　\n".indexOf(text.charAt(end)) >= 0
                    && TABLES.surnames.starts(c);
        }

        /** Where a dateline's date (3月5日, 11月22日) ends before {@code at}, or {@code at} when none does. */
        private int dateBefore(int at) {
            int k = at;
            if (k < 1 || text.charAt(k - 1) != '日') {
                return at;
            }
            k--;
            int digits = k;
            while (k > 0 && Character.isDigit(text.charAt(k - 1))) {
                k--;
            }
            if (k == digits || k < 1 || text.charAt(k - 1) != '月') {
                return at;
            }
            k--;
            digits = k;
            while (k > 0 && Character.isDigit(text.charAt(k - 1))) {
                k--;
            }
            return k < digits ? k : at;
        }

        private int skipSpaces(int k) {
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '　' || text.charAt(k) == '\t')) {
                k++;
            }
            return k;
        }

        /** Where the run of Han characters from {@code k} ends (at most nine on). */
        private int hanRunEnd(int k) {
            int end = k;
            while (end < text.length() && end - k < 9 && isHan(text.charAt(end))) {
                end++;
            }
            return end;
        }

        /**
         * The end of a development zone named after the place that ends at {@code at}, over a county's short name and
         * the kind of zone (安徽 + 广德 + 经济 + 开发区, 大同 + 经济技术 + 开发区, 太原 + 高新技术产业 + 开发区), else -1: a facility,
         * optional by the labels, not a mention of the place. The kind is one of a few words ({@code zone-kind} in
         * institutions.tsv), never a free middle (在大同参观园区 is the city).
         */
        private int zoneAfter(int at) {
            Lexicon.Match<Gazetteer.Place> inner = placeAt(at);
            int from = inner != null ? inner.end() : at;
            int kind = TABLES.zoneKinds.longestEnd(text, from);
            int end = kind < 0 ? -1 : TABLES.facilities.longestEnd(text, kind);
            return end - Math.max(kind, 0) >= 2 ? end : -1;
        }

        /**
         * Whether a house number follows {@code at} (熙湖路1号, 迎宾街28号): a street of an address, which a one-character
         * noun (路, 街) read alone is too often not.
         */
        private boolean houseNumber(int at) {
            int k = at;
            while (k < text.length() && k - at < 5 && (Character.isDigit(text.charAt(k)) || TABLES.numerals.has(text.charAt(k)))) {
                k++;
            }
            return k > at && k < text.length() && text.charAt(k) == '号';
        }

        /** The credit starting at {@code i} in {@code credits}, or null (none in {@link #NO_SPANS}). */
        private static Span creditAt(Span[] credits, int i) {
            return i < credits.length ? credits[i] : null;
        }

        /** Where the run of Han characters that ends before {@code end} starts (at most seven back). */
        private int runStart(int end) {
            int k = end;
            while (k > 0 && end - k < 7 && isHan(text.charAt(k - 1))) {
                k--;
            }
            return k;
        }

        private void credit(Span[] out, int start, int end, String cue) {
            boolean opens = start == 0 || !isHan(text.charAt(start - 1));
            if (opens && end - start >= 2 && end - start <= 6 && text.charAt(start) != '本' && out[start] == null) {
                out[start] = new Span(start, end, true, cue);
            }
        }

        /**
         * Whether the list item between the joins at {@code before} and {@code after} stands among personal names (…、柳洪、
         * 自福庄、沐华斌, 唐成钢、徐支河、刘金山): a list of a presidium or of executive chairs whose names end in 村, 河 or
         * 庄 by chance, not a list of villages (前坪村、龙泉山村), whose neighbours end in a place noun themselves.
         */
        private boolean amongNames(int before, int after) {
            return text.charAt(before) == '、' && personalNameEndsAt(before)
                    || text.charAt(after) == '、' && listOfNames(after + 1, 1) && TABLES.venues.longestEnd(text, after + 3) != after + 4;
        }

        /** Whether a surname + a given name of one or two characters, no place, ends at {@code end} after a list join. */
        private boolean personalNameEndsAt(int end) {
            for (int len = 3; len >= 2; len--) {
                int start = end - len;
                if (start < 0 || start > 0 && isHan(text.charAt(start - 1)) && text.charAt(start - 1) != '、') {
                    continue;
                }
                int surname = TABLES.surnames.longestEnd(text, start);
                if (surname > start && surname < end && placeAt(start) == null && givenName(surname, end)
                        && TABLES.venues.longestEnd(text, end - 1) != end) {
                    return true;
                }
            }
            return false;
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

        /**
         * A name where a place's or a body's name begins too (张北 of 张北平, 安福 of 安福清, the venues 石崇村 and 徐支河
         * read from their nouns back), read first where the
         * context asks for a name: the next member of a list of names (…、张北平、陈某) or the name after a post (副主任
         * 安福清、). A place there would break the list; the name reading must end well ({@link #person}).
         */
        private Span nameBeforeAPlace(int start, int lastPersonEnd) {
            if (!TABLES.surnames.starts(text.charAt(start))) {
                return null;
            }
            boolean listed = start > 0 && text.charAt(start - 1) == '、' && lastPersonEnd == start - 1;
            // (starts first: few characters end a post, and the bit says so before the lexicon's walk)
            if (!listed && (start == 0 || !TABLES.postsBefore.starts(text.charAt(start - 1))
                    || TABLES.postsBefore.longestEnd(text, start) < 0)) {
                return null;
            }
            Span name = person(start, lastPersonEnd);
            return name != null && name.end() - start >= 3 && name.end() < text.length() && text.charAt(name.end()) == '、' ? name : null;
        }

        private Span person(int start, int lastPersonEnd) {
            int surname = TABLES.surnames.longestEnd(text, start);
            if (surname < 0) {
                return null;
            }
            int leader = TABLES.leaders.starts(text.charAt(start)) ? TABLES.leaders.longestEnd(text, start) : -1;
            if (leader >= 0 && (leader - start >= 3 || mayEndName(leader) && after(leader) != null) && !opensADoctrine(leader)) {
                return new Span(start, leader, true, "a national leader's name");
            }
            String before = null;
            boolean beforeRead = false; // what comes before is read once a name ends well: most surnames start no name
            int word = -2; // where an everyday word that opens here ends (支持), looked up once a name could end well
            for (int len = 2; len >= 1; len--) {
                int end = surname + len;
                if (end > text.length() || !mayEndName(end) || !givenName(surname, end)) {
                    continue;
                }
                word = word == -2 ? TABLES.notPersons.longestEnd(text, start) : word;
                if (word >= 0 && word <= end) {
                    continue; // 支持 in 信任和支持表示感谢: an everyday word, not 支 + 持
                }
                if (insideAnEverydayWord(start)) {
                    return null; // 国家领导同志, 有关负责同志: 家 and 关 are a word's second character, no name's first
                }
                if (len == 2 && TABLES.functionChars.has(text.charAt(end - 1)) && after(end - 1) != null) {
                    continue; // 区长黄劲作报告: 黄劲 + 作, not 黄劲作
                }
                if (len == 2 && text.startsWith("以及", end - 1)) {
                    continue; // 钱红以及常委会组成人员: 钱红 + 以及, not 钱红以 + 及
                }
                if (len == 2 && end < text.length() && text.charAt(end) == '于'
                        && FUNCTION_WORDS.contains(text.substring(end - 1, end + 1))) {
                    continue; // 副主任徐德关于…的说明: 徐德 + 关于, not 徐德关 + 于
                }
                String after = after(end);
                if (after == null) {
                    continue;
                }
                if (!beforeRead) {
                    before = roleBefore(start, lastPersonEnd);
                    beforeRead = true;
                }
                if (before != null && (before != LISTED_AFTER_A_COMMA || after.isEmpty() || after.equals("、"))) {
                    // (a comma also ends a clause after a name: a name after it must end at a mark, 马某,傅某,曹某、)
                    return new Span(start, end, true, before);
                }
                if (resignationAccepted(start, after)) {
                    return new Span(start, end, true, "resignation accepted: " + text.substring(start - 2, start) + "…" + after);
                }
                if (creditInBrackets(start, end)) {
                    return new Span(start, end, true, "credit in brackets after the last sentence");
                }
                if (after.equals("同志") || after.equals("总书记")) {
                    return new Span(start, end, true, "followed by " + after);
                }
                if (after.equals("为") && leftBoundary(start) && electedInSentence(start)) {
                    return new Span(start, end, true, "elected: 选举…为");
                }
                boolean credit = !after.equals("摄") || end + 1 >= text.length() || "像影制取入".indexOf(text.charAt(end + 1)) < 0;
                if (!after.isEmpty() && TABLES.strongAfter.contains(after) && leftBoundary(start) && credit) {
                    // (摄 is a photo credit where it makes no word with what follows: 谢勇云摄, not 高清摄像)
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

        /**
         * Tibetan and Mongolian names made of two syllables of {@code name-syllables.txt} (次仁平措, 公保扎西, 乌云其木格),
         * read wherever they stand: they open with no Han surname, and two such syllables together make no word or
         * place. A surname-led name read inside one gives way (平措旦增, not 平措旦).
         */
        private void namesOfSyllables(Map<String, Mention> people) {
            for (int i = 0; i < text.length(); i++) {
                if (!TABLES.nameSyllables.starts(text.charAt(i))) {
                    continue;
                }
                int first = TABLES.nameSyllables.longestEnd(text, i);
                int second = first < 0 ? -1 : TABLES.nameSyllables.longestEnd(text, first);
                if (second < 0 || placeAt(i) != null && placeAt(i).end() >= first || takenByABody(i, second, people)) {
                    continue;
                }
                int from = i;
                if (people.values().stream().anyMatch(m -> m.start() == from && m.end() == second)) {
                    i = second - 1;
                    continue; // read already, in its list
                }
                people.values().removeIf(m -> m.start() < second && m.end() > from);
                add(people, Type.PERSON, i, second, "name of two Tibetan or Mongolian syllables");
                i = second - 1;
            }
        }

        /** Whether a body or a place found before covers part of {@code [start, end)}, which no person name then is. */
        private boolean takenByABody(int start, int end, Map<String, Mention> people) {
            for (int k = start; k < end; k++) {
                int at = k;
                if (taken.get(at) && people.values().stream().noneMatch(m -> m.start() <= at && m.end() > at)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The words a credit writes beside its names (记者 王某 李某 文 张某 图, (王某 摄)): see {@link #creditsOfNamesAlone}.
         */
        private static final Set<String> CREDIT_WORDS = Set.of("记者", "本报记者", "本网记者", "实习记者", "通讯员", "文", "图", "摄",
                "摄影", "文图", "文/图", "编辑", "责编", "助编", "报道", "摄影报道");

        /**
         * Names standing alone in a credit: a bracket, or a line below the headline, that holds nothing but names and a
         * credit's words, parted by spaces ((李某 赵某某), (王某 摄), 记者 王某 李某 文 张某 图, a line 赵某 许某 under the
         * last paragraph). No sentence is written so, so the names need no post or verb around them; a bracket needs
         * two parts (one name alone is read by {@link #creditInBrackets}), a line two names.
         */
        private void creditsOfNamesAlone(Map<String, Mention> people) {
            int lineStart = -1; // the headline's line is no credit
            for (int k = 0; k <= text.length(); k++) {
                char c = k < text.length() ? text.charAt(k) : '\n';
                if (c == '\n') {
                    if (lineStart >= 0) {
                        creditOfNames(lineStart, k, 2, people);
                    }
                    lineStart = k + 1;
                } else if (c == '(' || c == '（') {
                    int close = k + 1;
                    while (close < text.length() && close - k <= MAX_CREDIT && ")）(（\n".indexOf(text.charAt(close)) < 0) {
                        close++;
                    }
                    if (close < text.length() && ")）".indexOf(text.charAt(close)) >= 0) {
                        creditOfNames(k + 1, close, 1, people);
                    }
                }
            }
        }

        private static final int MAX_CREDIT = 40;

        /** The names of {@code text[from, to)} if it holds names and credit words alone, two parts at least. */
        private void creditOfNames(int from, int to, int leastNames, Map<String, Mention> people) {
            if (to - from > MAX_CREDIT || to - from < 4) {
                return;
            }
            List<int[]> names = new ArrayList<>(4);
            int parts = 0;
            int k = from;
            while (k < to) {
                while (k < to && isSpace(text.charAt(k))) {
                    k++;
                }
                if (k >= to) {
                    break;
                }
                int e = k;
                while (e < to && !isSpace(text.charAt(e))) {
                    e++;
                }
                parts++;
                if (nameAlone(k, e)) {
                    names.add(new int[] {k, e});
                } else if (!CREDIT_WORDS.contains(text.substring(k, e))) {
                    return;
                }
                k = e;
            }
            if (parts >= 2 && names.size() >= leastNames) {
                names.forEach(n -> add(people, Type.PERSON, n[0], n[1], "credit of names alone"));
            }
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '　' || c == '\t' || c == '\r';
        }

        /** Whether {@code text[start, end)} is, whole, a surname and a given name of one or two characters. */
        private boolean nameAlone(int start, int end) {
            int surname = end - start <= 4 ? TABLES.surnames.longestEnd(text, start) : -1;
            return surname > start && end - surname >= 1 && end - surname <= 2 && givenName(surname, end)
                    && TABLES.notPersons.longestEnd(text, start) < 0 && placeAt(start) == null;
        }

        /** What follows a leader's name that opens the name of a doctrine (习近平新时代中国特色社会主义思想, 习近平法治思想). */
        private static final List<String> DOCTRINES = List.of("新时代", "思想", "法治思想", "经济思想", "外交思想", "生态文明思想",
                "强军思想", "文化思想", "理论");

        /**
         * Whether a doctrine's name goes on at {@code end}: a name that only opens a doctrine's is the doctrine's, no
         * mention of the person (the labels leave it optional).
         */
        private boolean opensADoctrine(int end) {
            return DOCTRINES.stream().anyMatch(d -> text.startsWith(d, end));
        }

        /**
         * Whether the characters at {@code i} may open a name read by its place ({@link #nameByItsPlace}): two Han
         * characters at least, neither one a name never holds (的, 是). A cheap look ahead.
         */
        private boolean mayHoldNameByItsPlace(int i) {
            return i + 2 <= text.length() && !notInNameByItsPlace(text.charAt(i)) && isHan(text.charAt(i + 1))
                    && !notInNameByItsPlace(text.charAt(i + 1));
        }

        /**
         * Whether an everyday word of {@code not-a-person} runs over {@code start} from the character before it (国家 +
         * 领导同志, 有关 + 负责同志, 个别 + 专门委员会, 关于 + 李某同志): a name begins at a word's edge, never on its second
         * character.
         */
        private boolean insideAnEverydayWord(int start) {
            return start > 0 && TABLES.notPersons.longestEnd(text, start - 1) > start;
        }

        /** Whether a name without a Han surname may start at {@code i} ({@link #nameByItsPlace}): a cheap look back. */
        private boolean mayStartNameByItsPlace(int i) {
            if (i == 0) {
                return false;
            }
            char before = text.charAt(i - 1);
            // (starts first: few characters end a post, and the bit says so before the lexicon's walk)
            return before == '、' || !isHan(before) || TABLES.postsBefore.starts(before) && TABLES.postsBefore.longestEnd(text, i) >= 0;
        }

        /**
         * A name read by where it stands rather than by its surname: the Tibetan, Mongolian and Uyghur names of the
         * autonomous regions' papers (才让当周, 公保扎西, 乌云其木格, 布小林) begin with no Han surname, and neither do a
         * few Han ones the surname table lacks (茶, 涂). Four places name a person whatever the name: the next member of
         * a list whose last member was a name (黨保、才讓當周、劉波), a name glossed with its nationality (欧根(白族)), the
         * first of a list of names after a post (副主任坚参、江白、…), and the name after a post or a name and a space that
         * ends its line or bracket (州长 白加扎西, 记者 田格斯 青普力).
         */
        private Span nameByItsPlace(int start, int lastPersonEnd) {
            if (start == 0 || !mayHoldNameByItsPlace(start) || taken.get(start) || placeAt(start) != null) {
                return null;
            }
            char before = text.charAt(start - 1);
            boolean listed = before == '、' && lastPersonEnd == start - 1;
            boolean spaced = before == ' ' || before == '　';
            boolean edge = !isHan(before) || before == '、';
            boolean post = !edge && TABLES.postsBefore.longestEnd(text, start) >= 0;
            if (!listed && !spaced && !post && (!edge || !bracketAfterAName(start))) {
                return null; // after a mark alone, only a name glossed with its nationality is read (欧根(白族))
            }
            // (after the look at the character before, which rules out most positions at less cost than two lexicons)
            if (TABLES.notPersons.longestEnd(text, start) >= 0 || TABLES.postsBefore.longestEnd(text, start + 1) >= 0
                    || text.charAt(start) == '人') {
                // (委员 + 长王兆国, 领导 + 人峰会: the first character ends a post or a word for people, 委员长, 领导人)
                return null;
            }
            String role = spaced ? roleBefore(start, lastPersonEnd) : null;
            for (int end = start + 2; end <= Math.min(start + 4, text.length()); end++) {
                if (!isHan(text.charAt(end - 1)) || notInNameByItsPlace(text.charAt(end - 1))) {
                    return null;
                }
                if (edge && nationalityGlossAt(end)) {
                    return new Span(start, end, true, "name glossed with its nationality");
                }
                if (endsWithAWordAfterAName(start, end) || text.charAt(end - 1) == '性') {
                    // (先进性、广泛性: a quality, never a name)
                    return null; // 报道, 视频报道: the word after a byline's names, not one
                }
                if (listed && (end < text.length() && text.charAt(end) == '、' && listOfNames(end + 1, 1) || listEndsAt(start, end))) {
                    return new Span(start, end, true, "listed with a name (a name without a Han surname)");
                }
                if (post && end < text.length() && text.charAt(end) == '、' && listOfNames(end + 1, 1)
                        && !(end - start > 2 && TABLES.surnames.longestEnd(text, start + 1) >= 0)) {
                    // (领导 + 人 + 胡锦涛: after a longer post, 领导人, the name begins with a surname after the first character)

                    return new Span(start, end, true, "post " + text.substring(TABLES.postsBefore.longestEnd(text, start), start)
                            + " and a list of names after it (a name without a Han surname)");
                }
                if (role != null && endsItsLineOrBracket(end)) {
                    return new Span(start, end, true, role + " (a name without a Han surname, ending its line)");
                }
            }
            return null;
        }

        /**
         * Whether the last member of a list of names may end at {@code end}: before a word that takes a name (出席,
         * 同志), 在 or 等, or 以及 after three characters or fewer. A member before 、 needs a name after it instead
         * (才让当周、刘波): a list of bodies or words after a name (民建中央、民盟中央) has none.
         */
        private boolean listEndsAt(int start, int end) {
            String after = after(end);
            return after != null && LAST_OF_A_LIST.contains(after) || end - start <= 3 && text.startsWith("以及", end);
        }

        /**
         * What follows the last name of a list: the person's doings, not a post (a list of bodies and their heads,
         * 民盟中央主席丁仲礼、民建中央主席郝明金, writes the post after the body).
         */
        private static final Set<String> LAST_OF_A_LIST = Set.of("同志", "在", "等", "出席", "列席", "当选", "主持", "讲话", "发言",
                "表示", "指出", "强调", "说", "一行", "率", "带队", "致辞", "宣布", "介绍");

        /** Whether {@code text[start, end)} ends in a word that follows names (报道, 摄): no name then. */
        private boolean endsWithAWordAfterAName(int start, int end) {
            for (int k = start; k < end; k++) {
                // (starts first: few characters start such a word, and the bit says so before the lexicon's walk)
                if (TABLES.afterName.starts(text.charAt(k)) && TABLES.afterName.longestEnd(text, k) == end) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The characters a name read by its place cannot hold: those of {@code notInGivenName} but 次, which the
         * surname reading rules out (三次) and Tibetan names often hold (次仁, 次旦).
         */
        private static boolean notInNameByItsPlace(char c) {
            return c != '次' && TABLES.notInGivenName.has(c);
        }

        /** Whether a bracket opens after a name of two to four characters at {@code start}: where its gloss may stand. */
        private boolean bracketAfterAName(int start) {
            for (int at = start + 2; at <= start + 4 && at < text.length(); at++) {
                if (text.charAt(at) == '(' || text.charAt(at) == '（') {
                    return true;
                }
            }
            return false;
        }

        /** Whether a nationality in brackets follows {@code at}: (白族), （女，彝族）, the gloss of election lists. */
        private boolean nationalityGlossAt(int at) {
            if (at >= text.length() || "(（".indexOf(text.charAt(at)) < 0) {
                return false;
            }
            int close = at + 1;
            while (close < text.length() && close - at <= 8 && ")）".indexOf(text.charAt(close)) < 0) {
                close++;
            }
            return close < text.length() && close - at >= 3 && text.charAt(close - 1) == '族' && ")）".indexOf(text.charAt(close)) >= 0;
        }

        /** Where the nationality gloss opening at {@code at} ends, after its closing bracket ({@link #nationalityGlossAt}). */
        private int glossEnd(int at) {
            int close = at + 1;
            while (")）".indexOf(text.charAt(close)) < 0) {
                close++;
            }
            return close + 1;
        }

        /** Whether spaces, then a line break, a closing bracket or the end follow {@code at}. */
        private boolean endsItsLineOrBracket(int at) {
            int k = at;
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '　' || text.charAt(k) == '\r')) {
                k++;
            }
            return k >= text.length() || "\n)）".indexOf(text.charAt(k)) >= 0;
        }

        /**
         * Whether the name at {@code start} is one whose resignation a standing committee accepts (接受张某辞去…职务, 同意
         * 李某辞职): the decisions and reports of the genre name the person so, with no post before the name.
         */
        private boolean resignationAccepted(int start, String after) {
            return (after.equals("辞去") || after.equals("辞职")) && start >= 2
                    && (text.startsWith("接受", start - 2) || text.startsWith("同意", start - 2) || text.startsWith("批准", start - 2));
        }

        /**
         * Whether the name {@code [start, end)} stands alone in brackets after a story's last sentence, the reporter's
         * credit of the genre (…就座。（杨春莲）), with nothing after the bracket on its line.
         */
        private boolean creditInBrackets(int start, int end) {
            if (start < 2 || end >= text.length() || "(（".indexOf(text.charAt(start - 1)) < 0 || ")）".indexOf(text.charAt(end)) < 0) {
                return false;
            }
            char before = text.charAt(start - 2);
            int k = end + 1;
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '　' || text.charAt(k) == '\r')) {
                k++;
            }
            return "。！？”\n".indexOf(before) >= 0 && (k >= text.length() || text.charAt(k) == '\n');
        }

        /** The cue of a name after a name and a comma: lists of names are written with commas too (马某,傅某,曹某). */
        private static final String LISTED_AFTER_A_COMMA = "listed with a name after a comma";

        /** The cue of a post, a byline or a list of names just before {@code start}, or null. */
        private String roleBefore(int start, int lastPersonEnd) {
            int post = TABLES.postsBefore.longestEnd(text, start);
            if (post >= 0) {
                return "post " + text.substring(post, start);
            }
            if (headOfADepartment(start)) {
                return "post " + text.substring(start - 2, start) + " (the head of the body named before it)";
            }
            int k = start - 1;
            // (a byline's word and its name are parted by spaces, a colon, or the bar or slash of web pages: 三审 | 陈某, 记者/李某)
            while (k >= 0 && " 　:：|｜/／".indexOf(text.charAt(k)) >= 0) {
                k--;
            }
            int byline = TABLES.postsBefore.longestEnd(text, k + 1);
            if (k < start - 1 && byline >= 0) {
                return "byline " + text.substring(byline, k + 1);
            } else if (k < start - 1 && lastPersonEnd == k + 1) {
                return "listed with a name"; // 记者:向昊 杨旭珲
            } else if (k >= 0 && text.charAt(k) == '、' && lastPersonEnd == k) {
                return "listed with a name";
            } else if (k >= 0 && (text.charAt(k) == '，' || text.charAt(k) == ',') && lastPersonEnd == k) {
                return LISTED_AFTER_A_COMMA;
            }
            return null;
        }

        /**
         * Whether the head's 长 of a department the grammar has just named stands before {@code start} (县委组织部 + 长 +
         * 邱某, 市财政局 + 长): the post is written as one word with the body (组织部长, 财政局长), which is read first.
         */
        private boolean headOfADepartment(int start) {
            return start >= 2 && text.charAt(start - 1) == '长' && "部局厅处科所站队室".indexOf(text.charAt(start - 2)) >= 0
                    && taken.get(start - 2);
        }

        private boolean givenName(int from, int to) {
            if (TABLES.afterName.longestEnd(text, from) == to) {
                return false; // 和列席: a surname-like character before a word of office is no name
            }
            for (int j = from; j < to; j++) {
                char c = text.charAt(j);
                if (!isHan(c) || TABLES.notInGivenName.has(c) && !oneOpeningAGivenName(from, to, j) && !wordCharInAName(from, to, j)) {
                    return false;
                }
            }
            return placeAt(from - 1) == null || placeAt(from - 1).end() < to;
        }

        /**
         * The characters of {@code notInGivenName} that given names often hold (胡书龙, 周代军, 张院忠, 何任叔, 梁伟年, 康为民),
         * kept out for the words of office they make with the character after them (书记, 代表, 院长, 任命): such a character
         * is taken where it makes none of those words. The value says where in the given name it may stand and which next
         * characters turn it down ({@link #wordCharInAName}): each opens a given name of two characters, but 年, which
         * ends one.
         */
        private static final Map<Character, String> WORD_CHARS_IN_NAMES = Map.of(
                '书', "记长面写法",     // 书记, 秘书长, 书面
                '代', "表理会言替价",   // 代表, 代理, 代会
                '院', "长士校内",       // 院长, 院士
                '任', "命职务期免何意",  // 任命, 任职, 任期, 任何
                '年', "度龄代来轻初底内终后前间",  // 梁伟年, not 年度, 年底
                '为', "主副止此了期人首");  // 康为民, not 为主, 为副

        /** Whether the character at {@code j} of {@link #WORD_CHARS_IN_NAMES} may stand in the given name {@code [from, to)}. */
        private boolean wordCharInAName(int from, int to, int j) {
            char c = text.charAt(j);
            String turnedDown = WORD_CHARS_IN_NAMES.get(c);
            // (one given character alone makes the words: 连任, 上任, 王书; and 年 only ends names, 伟年, 舜年)
            if (turnedDown == null || to - from != 2 || (c == '年' ? j != to - 1 : j != from)) {
                return false;
            }
            char next = j + 1 < text.length() ? text.charAt(j + 1) : ' ';
            return turnedDown.indexOf(next) < 0 && !TABLES.numerals.has(text.charAt(j - 1));
        }

        /**
         * Whether the 一 at {@code j} opens a given name of two characters (王一平, 刘一民, 邱一平): common in names, but kept
         * out of them because 一 also opens words (周一上午, 集于一体, 进一步); it is taken only before a character that makes
         * no such word with it ({@link Tables#notAfterOne}).
         */
        private boolean oneOpeningAGivenName(int from, int to, int j) {
            // (a second character of notInGivenName is turned down by givenName's own loop, on its next character)
            return text.charAt(j) == '一' && j == from && to - from == 2 && !TABLES.notAfterOne.has(text.charAt(j + 1));
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
        /** The syllables of Tibetan and Mongolian names ({@code name-syllables.txt}). */
        Lexicon<String> nameSyllables;
        /** The national leaders named whatever stands around the name ({@code leaders.txt}). */
        Lexicon<String> leaders;
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
        /** Offices written in their short form after their body (县政府办): see {@link Reading#shortDepartment}. */
        Lexicon<String> shortDepartments;
        /** Buildings named after the institution they house (市人大常委会 + 办公楼): places, not bodies. */
        Lexicon<String> buildings;
        /** The halls of a building a meeting is held in (多功能厅, 会议室): see {@link Reading#roomAfter}. */
        Lexicon<String> rooms;
        /** What follows a venue a meeting is held in (举行, 召开, 会议室): see {@link Reading#buildingOf}. */
        Lexicon<String> heldIn;
        /** Verbs of holding a meeting, manners before them, and the ends of what is held where: see {@link Reading#heldVenues}. */
        Lexicon<String> heldVerbs;
        Lexicon<String> heldAdverbs;
        List<String> heldVenueEnds;
        Chars heldPlaceNouns;
        /** Everyday words that open with a surname's character (支持, 有效, 代理): no name begins with one. */
        Lexicon<String> notPersons;
        /** The bodies a township names after its level alone (镇 + 人大): see {@link Reading#townshipLevel}. */
        Lexicon<String> townshipBodies;
        /** Words that end in a one-character institution noun and name no body (格局, 大局): see {@link Reading#generic}. */
        Set<String> wordsEndingInNoun;
        /** Words that begin on an institution noun's last character (局面, 局势): a name never runs into one. */
        Set<String> nounRunsOn;
        /** The kinds of development zone before its noun (经济 + 开发区): see {@link Reading#zoneAfter}. */
        Lexicon<String> zoneKinds;
        /** What follows the last of a list of bodies (司法局、民政局负责人): see {@link Reading#listedAfterABody}. */
        Lexicon<String> afterListOfBodies;
        List<String> listIntroductions;
        Chars levelChars = new Chars("市县区省州旗"); // 旗: the banner, a county of Inner Mongolia (旗委, 旗人大常委会)
        Chars notBeforeLevel = new Chars("全本我各该城都两县省市区地园一二三四五六七八九十");
        Chars notAfterLevel = new Chars("级城内外里属直场区域情长会");
        Chars numerals = new Chars("一二三四五六七八九十百零〇0123456789");
        Chars functionChars = new Chars("作在为等与及受因于所说率");
        Chars stopChars = new Chars("的了在是为对与及把将从到向等着过也都而并或以于让被给就还又再所其这那之各全本我该年月日上下要");
        Chars beforeVenue = new Chars("在于到赴至从经");
        Chars clauseMarks = new Chars("，。；：,;:\n");
        Chars placePrepositions = new Chars("、在于到赴至从经");
        /** The directions a street's name may end in before its noun (团结西路, 解放北路, 人民中路). */
        Chars directions = new Chars("东西南北中");
        Chars listJoins = new Chars("、和与及");
        Chars listEnds = new Chars("、和与及等");
        Chars beforeName = new Chars("由和与及是为请向对经据把被让给了：:（(，。；\n");
        Set<String> gluedPairs = Set.of("乡村", "乡镇", "区域", "区划", "区位", "区间", "区块", "县域", "县城", "市场", "市民", "市区", "市域",
                "省会", "省级", "镇村", "州市", "庆祝", "庆贺");
        /** The second characters of {@link #gluedPairs}. */
        Chars gluedSeconds = new Chars(gluedPairs.stream().map(p -> p.substring(1)).collect(java.util.stream.Collectors.joining()));
        Chars venueGlue = new Chars("北南东西民道办区段口边长委");
        /** What makes a word with 一 before it (一体, 一步, 一起, 一致, 一线 …): no given name is 一 + one of these. */
        Chars notAfterOne = new Chars("体步起致样直批些次个年天线流定般道同并律切项季周月届心向系级把手举贯时份半生带路连方面轮张场点边");
        Chars notInGivenName = new Chars("的了在是与及等为对市县省区委副书他她务指表出讲说率到赴一年日上下任们个这那就也都所要把被代党府院局部厅处队组团届次位名感");

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
            Map<String, String> leaders = new HashMap<>();
            Gazetteer.table("leaders.txt", (name, ignored) -> leaders.put(name, name));
            t.leaders = Lexicon.forward(leaders);
            Map<String, String> syllables = new HashMap<>();
            Gazetteer.table("name-syllables.txt", (syllable, ignored) -> syllables.put(syllable, syllable));
            t.nameSyllables = Lexicon.forward(syllables);
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
            t.shortDepartments = Lexicon.forward(sections.get("short-department"));
            t.buildings = Lexicon.forward(sections.get("building"));
            t.rooms = Lexicon.forward(sections.get("room"));
            t.heldIn = Lexicon.forward(sections.get("held-in"));
            t.heldVerbs = Lexicon.forward(sections.get("held-verb"));
            t.heldAdverbs = Lexicon.forward(sections.get("held-adverb"));
            t.heldVenueEnds = List.copyOf(sections.get("held-venue").keySet());
            t.heldPlaceNouns = new Chars(String.join("", sections.get("held-place").keySet()));
            t.notPersons = Lexicon.forward(sections.get("not-a-person"));
            t.wordsEndingInNoun = Set.copyOf(sections.get("not-a-body").keySet());
            t.nounRunsOn = Set.copyOf(sections.get("noun-runs-on").keySet());
            t.townshipBodies = Lexicon.forward(sections.get("township-body"));
            t.zoneKinds = Lexicon.forward(sections.get("zone-kind"));
            t.afterListOfBodies = Lexicon.forward(sections.get("after-list-of-bodies"));
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
