package dev.newspipe.core.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The congress or CPPCC session an article belongs to.
 *
 * @param body e.g. 大同市第十六届人民代表大会
 * @param term 届, e.g. 16; {@code null} if not named
 * @param session 次会议, e.g. 6; {@code null} if not named
 * @param meeting e.g. 第三次全体会议, {@code null} if not named
 * @param date {@code null} if not named
 */
public record SessionInfo(String body, Level level, Integer term, Integer session, String meeting, LocalDate date) {

    /**
     * The tier of the congress. Townships (乡, 民族乡, 镇, 苏木) elect congresses too: the lowest of the constitution's five
     * tiers, with sessions and terms of their own.
     */
    public enum Level {
        NATIONAL, PROVINCE, CITY, COUNTY, DISTRICT, TOWNSHIP;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SessionInfo {
        Objects.requireNonNull(body, "body");
    }
}
