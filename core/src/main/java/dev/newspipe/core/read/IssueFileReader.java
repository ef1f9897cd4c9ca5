package dev.newspipe.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newspipe.core.model.IssueMetadata;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a page file into an {@link IssuePage}, or says why it cannot: not text, empty, too large, or a
 * sidecar that does not parse. Never throws for bad input; only the caller decides where the file goes.
 *
 * <p>Metadata, first match wins: a sidecar {@code NAME.json} with {@code paper}, {@code issue_date}
 * (yyyy-mm-dd) and {@code page}; the path {@code <paper>/<yyyy-mm-dd>/<page>.txt}; the date the text gives
 * ({@link IssueDates}: datelines first, then the latest full date, then a month and day with the year from context);
 * the file's modification time. Without a sidecar or path the paper is {@code defaultPaper}
 * and the page is the file name without extension.
 */
public final class IssueFileReader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IssueFileReader.class);

    private static final Pattern DATE_DIR = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final long maxBytes;
    private final String defaultPaper;
    private final ZoneId zone;
    private final ObjectMapper json = new ObjectMapper();

    public IssueFileReader(long maxBytes, String defaultPaper, ZoneId zone) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
        this.defaultPaper = defaultPaper;
        this.zone = zone;
    }

    public ReadResult read(Path file) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                return new ReadResult.Rejected("empty file");
            }
            if (size > maxBytes) {
                return new ReadResult.Rejected("file of " + size + " bytes is larger than the limit of " + maxBytes + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            Optional<TextDecoder.Decoded> decoded = TextDecoder.decode(bytes);
            if (decoded.isEmpty()) {
                return new ReadResult.Rejected("not text: the bytes are neither UTF-8, UTF-16 with BOM nor GB18030");
            }
            String text = TextDecoder.clean(decoded.get().text());
            if (text.isBlank()) {
                return new ReadResult.Rejected("no text: the file holds only white space");
            }
            long revision = Files.getLastModifiedTime(file).toMillis();
            IssueMetadata metadata = metadata(file, text, revision);
            return new ReadResult.Page(new IssuePage(file, metadata, text, revision, decoded.get().charset()));
        } catch (SidecarException e) {
            return new ReadResult.Rejected(e.getMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            return new ReadResult.Rejected("no such file");
        } catch (IOException e) {
            return new ReadResult.Rejected("cannot read: " + e);
        }
    }

    private IssueMetadata metadata(Path file, String text, long revision) throws IOException {
        String stem = stem(file);
        Path sidecar = sidecarOf(file);
        if (Files.isRegularFile(sidecar)) {
            return fromSidecar(sidecar, stem);
        }
        Path dateDir = file.getParent();
        Path paperDir = dateDir == null ? null : dateDir.getParent();
        if (paperDir != null && paperDir.getFileName() != null && DATE_DIR.matcher(dateDir.getFileName().toString()).matches()) {
            try {
                return new IssueMetadata(paperDir.getFileName().toString(), LocalDate.parse(dateDir.getFileName().toString()), stem,
                        IssueMetadata.Source.PATH);
            } catch (DateTimeParseException e) {
                // a folder that only looks like a date: fall through to the text
            }
        }
        LocalDate fileDay = Instant.ofEpochMilli(revision).atZone(zone).toLocalDate();
        Optional<IssueDates.Found> printed = IssueDates.fromText(text, fileDay);
        if (printed.isPresent()) {
            LOG.debug("{}: issue date {} from the text \"{}\"", file.getFileName(), printed.get().date(), printed.get().evidence());
            return new IssueMetadata(defaultPaper, printed.get().date(), stem, IssueMetadata.Source.TEXT);
        }
        return new IssueMetadata(defaultPaper, fileDay, stem, IssueMetadata.Source.FILE_TIME);
    }

    private IssueMetadata fromSidecar(Path sidecar, String stem) throws IOException {
        JsonNode node;
        try {
            node = json.readTree(sidecar.toFile());
        } catch (IOException e) {
            throw new SidecarException("sidecar " + sidecar.getFileName() + " is not valid JSON: " + e.getMessage());
        }
        String paper = node.path("paper").asText(defaultPaper);
        String page = node.path("page").asText(stem);
        String date = node.path("issue_date").asText(null);
        if (date == null) {
            throw new SidecarException("sidecar " + sidecar.getFileName() + " has no issue_date");
        }
        try {
            return new IssueMetadata(paper, LocalDate.parse(date), page, IssueMetadata.Source.SIDECAR);
        } catch (DateTimeParseException e) {
            throw new SidecarException("sidecar " + sidecar.getFileName() + " has issue_date '" + date + "', not yyyy-mm-dd");
        }
    }

    /** Where the metadata of a page file would be: {@code NAME.json} beside {@code NAME.txt}. */
    public static Path sidecarOf(Path page) {
        return page.resolveSibling(stem(page) + ".json");
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static final class SidecarException extends IOException {
        SidecarException(String message) {
            super(message);
        }
    }
}
