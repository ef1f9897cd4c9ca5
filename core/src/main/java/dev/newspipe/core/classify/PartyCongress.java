package dev.newspipe.core.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text is about a party congress (中国共产党某区第五次代表大会, 党代表大会, 党代会): a congress of the party's
 * delegates, not a people's congress, though it is told in the very words of a session's news (预备会议, 主席团, 秘书长,
 * 代表资格审查, 议程, 选举). Its name holds no 人民 and says which time the party's congress meets (第N次), where a people's
 * congress counts its term (第N届) and its sitting (第N次会议).
 */
final class PartyCongress {

    /** The party's congress named: in full (中国共产党…第五次代表大会, 党的第二十次全国代表大会) or short (党代表大会, 党代会). */
    private static final Pattern NAMED = Pattern.compile(
            "(?:中国共产党|中共|党的)[^。，,；;：:\\n]{0,20}?第[0-9一二三四五六七八九十百零〇]+次(?:全国)?代表大会|党代表大会|党代会");

    private PartyCongress() {}

    /** Whether the text names a party congress more often than a people's congress in any form (人民代表大会, 人大, 人代会). */
    static boolean isAbout(String text) {
        if (text.indexOf("次代表大会") < 0 && text.indexOf("次全国代表大会") < 0 && text.indexOf("党代表大会") < 0 && text.indexOf("党代会") < 0) {
            return false; // every form of the name holds one of these (a people's congress counts 第N届 before its name), so
                          // the many texts about a people's congress are not searched with the expression
        }
        int party = 0;
        for (Matcher m = NAMED.matcher(text); m.find();) {
            party++;
        }
        if (party == 0) {
            return false;
        }
        return party > ArticleClassifier.peoplesCongressNamed(text);
    }
}
