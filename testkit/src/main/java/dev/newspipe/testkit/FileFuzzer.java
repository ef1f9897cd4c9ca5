package dev.newspipe.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Writes page files a user could drop into the inbox, most of them damaged: random bytes, broken encodings,
 * NUL bytes, a few flipped bytes, huge lines, files over the size limit, odd sidecars. Each says where the
 * ingestor must put it, so a test can assert the exact outcome of every file. Seeded: the same seed writes the
 * same files.
 */
public final class FileFuzzer {

    /** Where a file must end up. */
    public enum Fate {
        /** Published: in {@code done/}. */
        DONE,
        /** In {@code quarantine/} with a {@code .reason}. */
        QUARANTINE
    }

    /** One written page file (and its sidecar, if the kind has one). */
    public record Fuzzed(Path page, String kind, Fate fate) {}

    /** Files over this many bytes are written to exceed a 1 MiB {@code ingest.max.file.mib}. */
    public static final int HUGE_FILE_BYTES = 1024 * 1024 + 4096;

    private static final Charset GBK = Charset.forName("GBK");
    private static final String[] KINDS = {"valid", "valid-gbk", "random-bytes", "utf8-cut-last-char", "nul-byte", "flipped-bytes",
        "gbk-flipped", "utf16-without-bom", "utf16-with-bom", "empty", "blank", "huge-line", "huge-file", "binary-header",
        "sidecar-paper-object", "sidecar-page-array", "sidecar-trailing-garbage", "sidecar-year-12026", "sidecar-not-json",
        "sidecar-valid", "crlf-and-controls", "mostly-mojibake"};

    private final Random random;
    private final List<String> samples;

    public FileFuzzer(long seed) {
        this.random = new Random(seed);
        this.samples = TestData.sampleFiles().stream().map(TestData::read).toList();
    }

    /** Writes {@code count} files into {@code dir}, cycling through every kind. */
    public List<Fuzzed> write(Path dir, int count) {
        List<Fuzzed> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < count; i++) {
                String kind = KINDS[i % KINDS.length];
                files.add(write(dir, String.format("fuzz-%04d-%s", i, kind), kind, i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private Fuzzed write(Path dir, String stem, String kind, int n) throws IOException {
        Path page = dir.resolve(stem + ".txt");
        Path sidecar = dir.resolve(stem + ".json");
        // every page gets its own text, so no two files share article ids
        String text = samples.get(n % samples.size()) + "\n\n第" + n + "号测试稿件\n\n本报讯 这是第" + n + "份测试页面的正文，共计" + (n * 7 + 3) + "字。\n";
        String date = String.format("2026-%02d-%02d", 1 + n % 12, 1 + n % 28);
        String goodSidecar = "{\"paper\": \"测试日报\", \"issue_date\": \"" + date + "\", \"page\": \"" + n + "\"}";
        Fate fate = Fate.DONE;
        switch (kind) {
            case "valid" -> Files.writeString(page, text);
            case "valid-gbk" -> Files.write(page, text.getBytes(GBK));
            case "random-bytes" -> {
                byte[] b = new byte[1 + random.nextInt(64 * 1024)];
                random.nextBytes(b);
                Files.write(page, b);
                fate = Fate.QUARANTINE;
            }
            case "utf8-cut-last-char" -> {
                byte[] b = text.strip().getBytes(StandardCharsets.UTF_8);
                Files.write(page, Arrays.copyOf(b, b.length - 1));
            }
            case "nul-byte" -> Files.writeString(page, text.replaceFirst("\n", "\n\u0000"));
            case "flipped-bytes" -> Files.write(page, flip(text.getBytes(StandardCharsets.UTF_8), 3));
            case "gbk-flipped" -> Files.write(page, flip(text.getBytes(GBK), 2));
            case "utf16-without-bom" -> {
                Files.write(page, text.getBytes(StandardCharsets.UTF_16LE));
                fate = Fate.QUARANTINE;
            }
            case "utf16-with-bom" -> Files.write(page, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
            case "empty" -> {
                Files.write(page, new byte[0]);
                fate = Fate.QUARANTINE;
            }
            case "blank" -> {
                Files.writeString(page, " \n\t\r\n　\n");
                fate = Fate.QUARANTINE;
            }
            case "huge-line" -> {
                StringBuilder line = new StringBuilder(text).append("\n本报讯 ");
                for (int i = 0; line.length() < 250_000; i++) {
                    line.append("第").append(n).append('-').append(i).append("段没有换行的正文，");
                }
                Files.writeString(page, line.append('\n'));
            }
            case "huge-file" -> {
                byte[] b = new byte[HUGE_FILE_BYTES];
                Arrays.fill(b, (byte) 'a');
                Files.write(page, b);
                fate = Fate.QUARANTINE;
            }
            case "binary-header" -> {
                Files.write(page, concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, randomBytes(2048)));
                fate = Fate.QUARANTINE;
            }
            case "sidecar-paper-object" -> {
                Files.writeString(page, text);
                Files.writeString(sidecar, "{\"paper\": {\"name\": \"x\"}, \"issue_date\": \"" + date + "\"}");
                fate = Fate.QUARANTINE;
            }
            case "sidecar-page-array" -> {
                Files.writeString(page, text);
                Files.writeString(sidecar, "{\"page\": [1, 2], \"issue_date\": \"" + date + "\"}");
                fate = Fate.QUARANTINE;
            }
            case "sidecar-trailing-garbage" -> {
                Files.writeString(page, text);
                Files.writeString(sidecar, goodSidecar + " {\"more\": 1}");
                fate = Fate.QUARANTINE;
            }
            case "sidecar-year-12026" -> {
                Files.writeString(page, text);
                Files.writeString(sidecar, "{\"issue_date\": \"+12026-01-01\"}");
                fate = Fate.QUARANTINE;
            }
            case "sidecar-not-json" -> {
                Files.writeString(page, text);
                Files.write(sidecar, randomBytes(100));
                fate = Fate.QUARANTINE;
            }
            case "sidecar-valid" -> {
                Files.writeString(page, text);
                Files.writeString(sidecar, goodSidecar);
            }
            case "crlf-and-controls" -> Files.writeString(page, text.replace("\n", "\r\n").replace("。", "。\u0007\u001B"));
            case "mostly-mojibake" -> {
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                Files.write(page, flip(b, b.length / 5));
                fate = Fate.QUARANTINE;
            }
            default -> throw new IllegalStateException(kind);
        }
        return new Fuzzed(page, kind, fate);
    }

    /** {@code count} bytes at random positions replaced by bytes that are invalid as a UTF-8 or GBK start. */
    private byte[] flip(byte[] bytes, int count) {
        byte[] out = bytes.clone();
        for (int i = 0; i < count; i++) {
            out[random.nextInt(out.length)] = (byte) 0xFF;
        }
        return out;
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
