package dev.newspipe.core.read;

import dev.newspipe.core.model.IssueMetadata;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IssueFileReaderTest {

    private static final String PAGE = "市十六届人大六次会议闭幕\n\n本报讯（记者 李雪峰）2026年1月22日，会议闭幕。\n";

    @TempDir
    Path dir;

    private final IssueFileReader reader = new IssueFileReader(1024 * 1024, "大同日报", ZoneId.of("Asia/Shanghai"));

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "GBK"})
    void shouldReadEveryEncodingTheGenreUses(String encoding) throws IOException {
        Charset charset = Charset.forName(encoding);
        byte[] body = PAGE.getBytes(charset);
        byte[] bom = switch (encoding) {
            case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            case "UTF-16BE" -> new byte[] {(byte) 0xFE, (byte) 0xFF};
            default -> new byte[0];
        };
        Path file = dir.resolve("page.txt");
        Files.write(file, concat(bom, body));
        assertThat(page(file).text()).isEqualTo(PAGE);
    }

    @Test
    void shouldReadUtf8WithBomAndStripControlCharacters() throws IOException {
        Path file = dir.resolve("page.txt");
        byte[] text = ("市委会议举行\u0007\r\n本报讯\u0000（记者 王五）会议举行。\r\n").replace("\u0000", "\u001B").getBytes(StandardCharsets.UTF_8);
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text));
        assertThat(page(file).text()).isEqualTo("市委会议举行\n本报讯（记者 王五）会议举行。\n");
    }

    @Test
    void shouldRejectBinaryEmptyBlankAndOversizedFiles() throws IOException {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        assertThat(reason(write("image.txt", random))).startsWith("not text");
        assertThat(reason(write("empty.txt", new byte[0]))).isEqualTo("empty file");
        assertThat(reason(write("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)))).startsWith("no text");
        byte[] large = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        assertThat(reason(write("large.txt", large))).contains("larger than the limit");
    }

    @Test
    void shouldTakeMetadataFromSidecarFirst() throws IOException {
        Path file = write("p1.txt", PAGE.getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("p1.json"), "{\"paper\": \"山西日报\", \"issue_date\": \"2026-01-23\", \"page\": \"4\"}");
        assertThat(page(file).metadata()).isEqualTo(new IssueMetadata("山西日报", LocalDate.of(2026, 1, 23), "4",
                IssueMetadata.Source.SIDECAR));
    }

    @Test
    void shouldQuarantineABadSidecar() throws IOException {
        Path file = write("p2.txt", PAGE.getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("p2.json"), "{\"issue_date\": \"23/01/2026\"}");
        assertThat(reason(file)).contains("p2.json").contains("yyyy-mm-dd");
    }

    @Test
    void shouldTakeMetadataFromThePathConvention() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("大同日报/2026-01-23"));
        Path file = folder.resolve("1.txt");
        Files.writeString(file, PAGE);
        assertThat(page(file).metadata()).isEqualTo(new IssueMetadata("大同日报", LocalDate.of(2026, 1, 23), "1",
                IssueMetadata.Source.PATH));
    }

    @Test
    void shouldTakeTheLatestPrintedDateElseTheFileTime() throws IOException {
        Path dated = write("dated.txt", "会议于2026年1月20日开幕，2026年1月22日闭幕，2035年基本实现现代化。".getBytes(StandardCharsets.UTF_8));
        assertThat(page(dated).metadata()).isEqualTo(new IssueMetadata("大同日报", LocalDate.of(2026, 1, 22), "dated",
                IssueMetadata.Source.TEXT));

        Path undated = write("undated.txt", "会议举行。".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(undated, FileTime.from(Instant.parse("2025-03-04T20:00:00Z")));
        IssuePage page = page(undated);
        assertThat(page.metadata().issueDate()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(page.metadata().source()).isEqualTo(IssueMetadata.Source.FILE_TIME);
    }

    @Test
    void shouldKeepAPageWhoseLastCharacterIsCutAsReplacementCharacter() throws IOException {
        byte[] whole = PAGE.strip().getBytes(StandardCharsets.UTF_8);
        Path file = write("cut.txt", java.util.Arrays.copyOf(whole, whole.length - 1));
        IssuePage page = page(file);
        assertThat(page.text()).isEqualTo(PAGE.strip().substring(0, PAGE.strip().length() - 1) + "\uFFFD");
        assertThat(page.replaced()).isEqualTo(1);
    }

    @Test
    void shouldKeepAPageWithOneNulByte() throws IOException {
        byte[] bytes = PAGE.replace("\n\n", "\n\u0000\n").getBytes(StandardCharsets.UTF_8);
        IssuePage page = page(write("nul.txt", bytes));
        assertThat(page.replaced()).isEqualTo(1);
        assertThat(page.text()).contains("\uFFFD").contains("本报讯（记者 李雪峰）");
    }

    @Test
    void shouldKeepAGbkPageWithAFewFlippedBytes() throws IOException {
        String text = PAGE.repeat(20);
        byte[] bytes = text.getBytes(Charset.forName("GBK"));
        bytes[bytes.length / 3] = (byte) 0xFF;
        bytes[bytes.length / 2] = (byte) 0xFF;
        IssuePage page = page(write("flipped.txt", bytes));
        assertThat(page.encoding()).isEqualTo(TextDecoder.GB18030);
        assertThat(page.replaced()).isBetween(1, 4);
        assertThat(page.text()).contains("市十六届人大六次会议闭幕");
    }

    @Test
    void shouldStillRejectFilesThatAreMostlyNotText() throws IOException {
        byte[] bytes = PAGE.repeat(10).getBytes(StandardCharsets.UTF_8);
        Random random = new Random(7);
        for (int i = 0; i < bytes.length / 10; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x40));
        }
        assertThat(reason(write("noise.txt", bytes))).startsWith("not text");
        byte[] utf16WithoutBom = PAGE.getBytes(StandardCharsets.UTF_16LE);
        assertThat(reason(write("utf16.txt", utf16WithoutBom))).startsWith("not text");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"paper\": {\"name\": \"x\"}, \"issue_date\": \"2026-01-23\"}|paper of type object",
            "{\"page\": [1], \"issue_date\": \"2026-01-23\"}|page of type array",
            "{\"page\": \"\", \"issue_date\": \"2026-01-23\"}|empty page",
            "{\"issue_date\": \"2026-01-23\"} trailing|not valid JSON",
            "{\"issue_date\": \"2026-01-23\"} {}|trailing content",
            "{\"issue_date\": \"+12026-01-01\"}|not yyyy-mm-dd",
            "{\"issue_date\": \"1850-01-01\"}|outside 1900",
            "{\"issue_date\": \"2026-02-30\"}|not a calendar date",
            "{\"issue_date\": 20260123}|not yyyy-mm-dd",
            "[\"2026-01-23\"]|not a JSON object"})
    void shouldQuarantineASidecarThatDoesNotValidate(String caseAndReason) throws IOException {
        String[] parts = caseAndReason.split("\\|");
        Path file = write("s.txt", PAGE.getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("s.json"), parts[0]);
        assertThat(reason(file)).contains("s.json").contains(parts[1]);
    }

    @Test
    void shouldTakeANumericPageFromASidecar() throws IOException {
        Path file = write("n.txt", PAGE.getBytes(StandardCharsets.UTF_8));
        Files.writeString(dir.resolve("n.json"), "{\"paper\": \"大同日报\", \"issue_date\": \"2026-01-23\", \"page\": 4}");
        assertThat(page(file).metadata().page()).isEqualTo("4");
    }

    private IssuePage page(Path file) {
        ReadResult result = reader.read(file);
        assertThat(result).isInstanceOf(ReadResult.Page.class);
        return ((ReadResult.Page) result).page();
    }

    private String reason(Path file) {
        ReadResult result = reader.read(file);
        assertThat(result).isInstanceOf(ReadResult.Rejected.class);
        return ((ReadResult.Rejected) result).reason();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
