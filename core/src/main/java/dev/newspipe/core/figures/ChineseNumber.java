package dev.newspipe.core.figures;

import java.util.OptionalDouble;

/**
 * Reads numbers written in Chinese numerals: 一千二百三十四, 两万, 十五, 三点五, 一百零八, 二〇二五 (digit by
 * digit). Strict: {@code 十四五} or {@code 万万} are not numbers, so slogans fail to parse instead of
 * turning into figures.
 */
public final class ChineseNumber {

    private ChineseNumber() {}

    public static OptionalDouble parse(String text) {
        if (text == null || text.isEmpty()) {
            return OptionalDouble.empty();
        }
        int point = text.indexOf('点');
        if (point >= 0) {
            OptionalDouble whole = parseInteger(text.substring(0, point));
            String fraction = text.substring(point + 1);
            if (whole.isEmpty() || fraction.isEmpty()) {
                return OptionalDouble.empty();
            }
            StringBuilder digits = new StringBuilder();
            for (char c : fraction.toCharArray()) {
                int d = digit(c);
                if (d < 0) {
                    return OptionalDouble.empty();
                }
                digits.append(d);
            }
            return OptionalDouble.of(whole.getAsDouble() + Double.parseDouble("0." + digits));
        }
        return parseInteger(text);
    }

    private static OptionalDouble parseInteger(String text) {
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (text.chars().allMatch(c -> digit((char) c) >= 0) && text.indexOf('两') < 0
                && (text.length() >= 4 || text.indexOf('〇') >= 0 || text.indexOf('零') >= 0)) {
            // 二〇二五: digit by digit, as years and codes are written
            long value = 0;
            for (char c : text.toCharArray()) {
                value = value * 10 + digit(c);
            }
            return OptionalDouble.of(value);
        }
        double total = 0;
        double section = 0;
        int number = -1;
        int lastUnit = Integer.MAX_VALUE;
        long lastBigUnit = Long.MAX_VALUE;
        boolean zeroSeen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (number >= 0 && !(zeroSeen && d > 0) && number != 0) {
                    return OptionalDouble.empty();
                }
                if (d == 0) {
                    zeroSeen = true;
                    number = 0;
                    continue;
                }
                number = d;
                continue;
            }
            int unit = smallUnit(c);
            if (unit > 0) {
                if (unit >= lastUnit && section > 0 || (number == 0)) {
                    return OptionalDouble.empty();
                }
                int n = number < 0 ? (unit == 10 && section == 0 ? 1 : -1) : number;
                if (n < 0) {
                    return OptionalDouble.empty();
                }
                section += n * unit;
                lastUnit = unit;
                number = -1;
                zeroSeen = false;
                continue;
            }
            long big = bigUnit(c);
            if (big > 0) {
                if (i + 1 < text.length() && text.charAt(i + 1) == '亿' && c == '万') {
                    big = 1_000_000_000_000L;
                    i++;
                }
                if (big >= lastBigUnit) {
                    return OptionalDouble.empty();
                }
                double value = section + Math.max(number, 0);
                if (value == 0) {
                    return OptionalDouble.empty();
                }
                total += value * big;
                section = 0;
                number = -1;
                lastUnit = Integer.MAX_VALUE;
                lastBigUnit = big;
                zeroSeen = false;
                continue;
            }
            return OptionalDouble.empty();
        }
        if (number > 0 && lastUnit != Integer.MAX_VALUE && lastUnit > 10 && !zeroSeen) {
            // 一千二 means 1200 in speech, but in print it is ambiguous: reject
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(total + section + Math.max(number, 0));
    }

    static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static int smallUnit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }

    private static long bigUnit(char c) {
        return switch (c) {
            case '万' -> 10_000L;
            case '亿' -> 100_000_000L;
            case '兆' -> 1_000_000_000_000L; // 四十九兆九千五百九十二亿: 兆 as a numeral is 10^12
            default -> 0;
        };
    }
}
