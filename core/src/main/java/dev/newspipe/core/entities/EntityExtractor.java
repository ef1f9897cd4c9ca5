package dev.newspipe.core.entities;

import dev.newspipe.core.model.NamedEntities;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names people, organisations and places with HanLP's recognisers, then keeps only organisation names that
 * look like one (HanLP's organisation recogniser also tags fragments such as 作政府), and adds the
 * congress and government bodies the genre names in full, which HanLP splits.
 */
public final class EntityExtractor {

    private static final Pattern ORGANIZATION_SUFFIX = Pattern.compile(
            "(委员会|人民政府|政府|人民法院|法院|人民检察院|检察院|人大|政协|常委会|委|局|厅|部|署|办公室|公司|集团|大学|学院|研究院|中心|协会|"
                    + "银行|医院|学校|基地|代表团|主席团|联合会|商会|学会|党委|支部|法庭|宾馆|剧院|总院|红十字会|军分区)$");
    private static final Pattern BODY = Pattern.compile(
            "(?:[\\p{IsHan}]{2,8}?(?:省|市|县|区|自治区|州))?(?:第[一二三四五六七八九十]+届)?(?:人民代表大会常务委员会|人民代表大会|人民政府|"
                    + "中级人民法院|人民法院|人民检察院|政协[\\p{IsHan}]{0,4}委员会)");
    private static final int MAX_TEXT = 20_000;

    private final Segment segment = HanLP.newSegment()
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true);

    public NamedEntities extract(String text) {
        String input = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        Set<String> people = new LinkedHashSet<>();
        Set<String> organizations = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        for (Term term : segment.seg(input)) {
            String word = term.word.strip();
            String nature = term.nature.toString();
            if (word.length() < 2) {
                continue;
            }
            if (nature.startsWith("nr") && word.length() <= 4) {
                people.add(word);
            } else if (nature.startsWith("ns")) {
                places.add(word);
            } else if (nature.startsWith("nt") && ORGANIZATION_SUFFIX.matcher(word).find() && word.length() >= 3
                    && !Character.isDigit(word.charAt(0)) && !word.startsWith("第") && !word.startsWith("作")) {
                organizations.add(word);
            }
        }
        Matcher bodies = BODY.matcher(input);
        while (bodies.find()) {
            if (bodies.group().length() >= 4) {
                organizations.add(bodies.group());
            }
        }
        return new NamedEntities(people.stream().toList(), organizations.stream().toList(), places.stream().toList());
    }
}
