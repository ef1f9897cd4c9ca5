package dev.newspipe.core.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a page dump into text: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030
 * (a superset of GBK and GB2312). Each candidate must decode without a single malformed sequence, so a
 * GBK file is never read as mojibake UTF-8 and a binary file is rejected rather than guessed at.
 */
public final class TextDecoder {

    public static final Charset GB18030 = Charset.forName("GB18030");

    public record Decoded(String text, Charset charset) {}

    private TextDecoder() {}

    /** The text, or empty when no supported encoding reads these bytes cleanly. */
    public static Optional<Decoded> decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        for (byte b : bytes) {
            if (b == 0) {
                // NUL never occurs in UTF-8 or GB18030 text; UTF-16 without a BOM is not supported
                return Optional.empty();
            }
        }
        Optional<Decoded> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        return utf8.isPresent() ? utf8 : strict(bytes, 0, GB18030).filter(d -> looksLikeChinese(d.text()));
    }

    /** Removes control characters other than newline and tab, and normalises line ends to {@code \n}. */
    public static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                out.append('\n');
            } else if (c == '\n' || c == '\t' || !(Character.isISOControl(c) || c == '\uFEFF' || c == '\u200B')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Optional<Decoded> strict(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(new Decoded(chars.toString(), charset));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * GB18030 maps almost every byte pair to some character, so random bytes can decode "cleanly". Real
     * Chinese text is mostly common Han characters, ASCII and CJK punctuation.
     */
    private static boolean looksLikeChinese(String text) {
        int plausible = 0;
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            total++;
            if ((c >= 0x20 && c < 0x7F) || (c >= 0x4E00 && c <= 0x9FA5) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)
                    || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·') {
                plausible++;
            }
        }
        return total > 0 && plausible >= total * 0.95;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
