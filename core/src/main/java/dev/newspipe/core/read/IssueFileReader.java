package dev.newspipe.core.read;

import com.fasterxml.jackson.core.JsonParser;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a page file into an {@link IssuePage}, or says why it cannot: not text, empty, too large, or a
 * sidecar that does not validate (types, a yyyy-mm-dd date between 1900 and 2100, nothing after the object).
 * A few undecodable bytes do not reject a page: they become U+FFFD, counted and logged. Never throws for bad input; only the caller decides where the file goes.
 *
 * <p>Metadata, first match wins: a sidecar {@code NAME.json} with {@code paper}, {@code issue_date}
 * (yyyy-mm-dd) and {@code page}; the path {@code <paper>/<yyyy-mm-dd>/<page>.txt}; the date the text gives
 * ({@link IssueDates}: datelines first, then the latest full date, then a month and day with the year from context);
 * the file's modification time. Without a sidecar or path the paper is {@code defaultPaper}
 * and the page is the file name without extension.
 */
public final class IssueFileReader {

    private static final Logger log = LoggerFactory.getLogger(IssueFileReader.class);
    /** yyyy-mm-dd, in folder names and sidecars alike (rejects the signed and 5-digit years ISO allows). */
    private static final Pattern DATE_DIR = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Issue dates a page can plausibly have: the genre starts after 1949; the upper bound catches typos like 12026. */
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;
    private static final int MAX_FIELD_LENGTH = 200;

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
                return new ReadResult.Rejected("not text: the bytes are mostly neither UTF-8, UTF-16 with BOM nor GB18030");
            }
            String text = TextDecoder.clean(decoded.get().text());
            if (text.isBlank()) {
                return new ReadResult.Rejected("no text: the file holds only white space");
            }
            int replaced = decoded.get().replaced();
            if (replaced > 0) {
                log.warn("{}: {} undecodable byte sequences read as U+FFFD ({})", file.getFileName(), replaced, decoded.get().charset());
            }
            IssueMetadata metadata = metadata(file, text, Files.getLastModifiedTime(file).toMillis());
            return new ReadResult.Page(new IssuePage(file, metadata, text, decoded.get().charset(), replaced));
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
            log.debug("{}: issue date {} from the text \"{}\"", file.getFileName(), printed.get().date(), printed.get().evidence());
            return new IssueMetadata(defaultPaper, printed.get().date(), stem, IssueMetadata.Source.TEXT);
        }
        return new IssueMetadata(defaultPaper, fileDay, stem, IssueMetadata.Source.FILE_TIME);
    }

    private IssueMetadata fromSidecar(Path sidecar, String stem) throws IOException {
        String name = sidecar.getFileName().toString();
        JsonNode node;
        try (JsonParser parser = json.getFactory().createParser(sidecar.toFile())) {
            node = json.readTree(parser);
            if (node != null && parser.nextToken() != null) {
                throw new SidecarException("sidecar " + name + " is not valid JSON: trailing content after the object");
            }
        } catch (SidecarException e) {
            throw e;
        } catch (IOException e) {
            throw new SidecarException("sidecar " + name + " is not valid JSON: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new SidecarException("sidecar " + name + " is not a JSON object");
        }
        String paper = text(node, "paper", name, defaultPaper);
        String page = text(node, "page", name, stem);
        String date = text(node, "issue_date", name, null);
        if (date == null) {
            throw new SidecarException("sidecar " + name + " has no issue_date");
        }
        if (!DATE_DIR.matcher(date).matches()) {
            throw new SidecarException("sidecar " + name + " has issue_date '" + date + "', not yyyy-mm-dd");
        }
        LocalDate issueDate;
        try {
            issueDate = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new SidecarException("sidecar " + name + " has issue_date '" + date + "', not a calendar date");
        }
        if (issueDate.getYear() < MIN_YEAR || issueDate.getYear() > MAX_YEAR) {
            throw new SidecarException("sidecar " + name + " has issue_date " + date + ", outside " + MIN_YEAR + "–" + MAX_YEAR);
        }
        return new IssueMetadata(paper, issueDate, page, IssueMetadata.Source.SIDECAR);
    }

    /**
     * A string field of a sidecar: absent or null gives {@code fallback}; a number is taken as written (page 4);
     * anything else (object, array, boolean, blank) is an error, so two pages never collide on an empty value.
     */
    private static String text(JsonNode node, String field, String sidecar, String fallback) throws SidecarException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!(value.isTextual() || value.isIntegralNumber())) {
            throw new SidecarException("sidecar " + sidecar + " has " + field + " of type " + value.getNodeType().name().toLowerCase(
                    java.util.Locale.ROOT) + ", expected a string");
        }
        String text = value.asText().strip();
        if (text.isEmpty()) {
            throw new SidecarException("sidecar " + sidecar + " has an empty " + field);
        }
        if (text.length() > MAX_FIELD_LENGTH || text.chars().anyMatch(Character::isISOControl)) {
            throw new SidecarException("sidecar " + sidecar + " has a " + field + " longer than " + MAX_FIELD_LENGTH
                    + " characters or with control characters");
        }
        return text;
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
