package dev.newspipe.core.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a page dump into text: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030
 * (a superset of GBK and GB2312). A candidate that decodes without a single malformed sequence wins, so a
 * GBK file is never read as mojibake UTF-8. A page is never lost for a few bad bytes (a UTF-8 sequence cut
 * at the end, a NUL, flipped bytes): they become U+FFFD and are counted, as long as at most
 * {@link #MAX_REPLACED_SHARE} of the characters had to be replaced; only files that are mostly not text are
 * rejected.
 */
public final class TextDecoder {

    public static final Charset GB18030 = Charset.forName("GB18030");
    /** Above this share of replaced characters (or of NUL bytes) the bytes are not text but something else. */
    public static final double MAX_REPLACED_SHARE = 0.01;

    /** @param replaced how many undecodable byte sequences (and NUL bytes) became U+FFFD */
    public record Decoded(String text, Charset charset, int replaced) {}

    private TextDecoder() {}

    /** The text, or empty when no supported encoding reads these bytes as mostly text. */
    public static Optional<Decoded> decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(lenient(bytes, 3, StandardCharsets.UTF_8)).filter(TextDecoder::mostlyText);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(lenient(bytes, 2, StandardCharsets.UTF_16LE)).filter(TextDecoder::mostlyText);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(lenient(bytes, 2, StandardCharsets.UTF_16BE)).filter(TextDecoder::mostlyText);
        }
        int nuls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                nuls++;
            }
        }
        if (nuls > Math.max(2, bytes.length * MAX_REPLACED_SHARE)) {
            // NUL never occurs in UTF-8 or GB18030 text: this many are binary data or UTF-16 without a BOM
            return Optional.empty();
        }
        Decoded utf8 = lenient(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.replaced() == nuls) {
            return Optional.of(utf8);
        }
        Decoded gb = lenient(bytes, 0, GB18030);
        if (gb.replaced() == nuls && looksLikeChinese(gb.text())) {
            return Optional.of(gb);
        }
        // neither reads cleanly: the one with fewer bad sequences, if it is still mostly text
        Decoded best = utf8.replaced() <= gb.replaced() ? utf8 : gb;
        if (best == gb && !looksLikeChinese(gb.text())) {
            best = utf8;
        }
        return Optional.of(best).filter(TextDecoder::mostlyText);
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

    /**
     * Decodes {@code bytes}, replacing every malformed or unmappable sequence and every NUL byte with U+FFFD,
     * and counts the replacements.
     */
    private static Decoded lenient(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(Math.max(16, (int) ((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 16));
        int replaced = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            if (result.isOverflow() || out.remaining() < 1) {
                out = grow(out);
                continue;
            }
            // malformed or unmappable: one U+FFFD for the bad sequence, then go on after it
            out.put(REPLACEMENT);
            replaced++;
            in.position(in.position() + result.length());
        }
        while (decoder.flush(out).isOverflow()) {
            out = grow(out);
        }
        out.flip();
        String text = out.toString();
        if (text.indexOf('\u0000') >= 0) {
            int nuls = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\u0000') {
                    nuls++;
                }
            }
            text = text.replace('\u0000', REPLACEMENT);
            replaced += nuls;
        }
        return new Decoded(text, charset, replaced);
    }

    private static final char REPLACEMENT = '\uFFFD';

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
        out.flip();
        return bigger.put(out);
    }

    private static boolean mostlyText(Decoded decoded) {
        int length = decoded.text().length();
        return length > 0 && decoded.replaced() <= Math.max(1, length * MAX_REPLACED_SHARE);
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
