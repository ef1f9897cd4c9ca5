package dev.newspipe.enrich.continuation;

import dev.newspipe.core.figures.ChineseNumber;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads page labels such as {@code 第一版}, {@code 4版}, {@code 4} or {@code A04} as page numbers. */
public final class PageNumber {

    private static final Pattern LABEL = Pattern.compile("^(?:第)?\\s*([0-9]{1,3}|[一二三四五六七八九十]{1,3})\\s*(?:版)?$|^[A-Za-z]0*([0-9]{1,3})$");

    private PageNumber() {}

    /** The page number, or empty for labels that name no page (a file name, {@code unknown page}). */
    public static Optional<Integer> of(String label) {
        if (label == null) {
            return Optional.empty();
        }
        Matcher m = LABEL.matcher(label.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String number = m.group(1) != null ? m.group(1) : m.group(2);
        if (Character.isDigit(number.charAt(0))) {
            return Optional.of(Integer.parseInt(number));
        }
        var value = ChineseNumber.parse(number);
        return value.isPresent() ? Optional.of((int) value.getAsDouble()) : Optional.empty();
    }
}
