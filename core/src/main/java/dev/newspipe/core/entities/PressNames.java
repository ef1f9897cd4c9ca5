package dev.newspipe.core.entities;

import java.util.List;
import java.util.Set;

/**
 * What a newspaper, a news site, an agency or a county media centre is called, for the places a page credits its
 * press (a reporter's byline 东北网记者 魏义松, a dateline 大众网济南1月24日讯, 据陕西日报消息, a masthead 《光明日报》).
 * Only the name's ending is read: a press name ends in one of a few nouns (日报, 报, 网, 社, 电视台, 融媒, 在线 …); the
 * everyday words with the same ending (通报, 简报, 互联网, 电网, 合作社) and the page's own or generic press (本报, 党报,
 * 全媒体) are none. A name is checked in the simplified script (the extractor reads folded text).
 */
final class PressNames {

    private PressNames() {}

    /** The nouns a press name ends in, longest first (电视台 before 台 is not listed: 平台, 舞台 are no press). */
    private static final List<String> ENDINGS = List.of("广播电视台", "电视台", "电台", "总台", "融媒体", "全媒体", "融媒", "在线",
            "日报", "晚报", "报社", "报", "网", "社",
            "之声"); // a broadcaster's channel (中国之声, 经济之声)

    /** Everyday words with a press ending: never a name, nor the end of a longer one (情况通报, 国家电网). */
    private static final List<String> EVERYDAY = List.of("通报", "简报", "汇报", "公报", "情报", "申报", "预报", "举报", "回报", "海报",
            "画报", "喜报", "电报", "捷报", "上报", "呈报", "填报", "快报", "互联网", "物联网", "电网", "上网",
            "联网", "全网", "播报", "官网", "外网", "内网", "管网", "天网", "法网", "合作社", "公社", "旅行社", "出版社", "结社");

    /** Generic press words, no name on their own (but the end of one: 郑报全媒体, 卓尼融媒). */
    private static final Set<String> GENERIC = Set.of("年报", "月报", "周报", "晨报", "小报", "大报", "党报", "省报", "市报", "县报",
            "全媒体", "融媒体", "融媒", "新媒体", "自媒体", "在线", "日报", "晚报", "报社", "电视台", "电台", "总台",
            "地方网", "新闻网"); // a site's channels in its path (地方网 > 山东 > 德州市), no site's name

    /** Characters a press name does not open with: the page's own (本报), another's (该报), a preposition read over (据). */
    private static final String NOT_FIRST = "本该我各据从在经向";

    /** Whether {@code name} (two to eight characters) is a press name by its ending. */
    static boolean named(String name) {
        if (name.length() < 2 || name.length() > 8 || NOT_FIRST.indexOf(name.charAt(0)) >= 0 || name.contains("本报")
                || name.contains("本网")) { // 均本报记者: the page's own press after a word of the caption
            return false;
        }
        int site = name.indexOf('网');
        if (name.endsWith("站") && site >= 1 && site < name.length() - 2 && named(name.substring(0, site + 1))) {
            return true; // a site's local station (红网平江站)
        }
        for (String ending : ENDINGS) {
            if (name.endsWith(ending)) {
                return !GENERIC.contains(name) && EVERYDAY.stream().noneMatch(name::endsWith);
            }
        }
        return false;
    }

    /** Whether {@code name} is a generic press word (本报, 晨报, 全媒体), no name whatever stands around it. */
    static boolean generic(String name) {
        return GENERIC.contains(name) || NOT_FIRST.indexOf(name.charAt(0)) >= 0;
    }

    /** Whether {@code c} before the dateline's 讯 makes a word that is no credit (通讯, 资讯, 快讯, 简讯, 喜讯). */
    static boolean wordBeforeXun(char c) {
        return "通资快简喜视电传闻音短".indexOf(c) >= 0;
    }
}
