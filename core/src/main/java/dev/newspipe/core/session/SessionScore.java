package dev.newspipe.core.session;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newspipe.core.model.SessionInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Scores session metadata against independent labels (the {@code session} records of the entity gold files): six
 * fields per article (body, level, term, session, meeting, date), each right when equal to the label, {@code null}
 * included; an article labelled without a session scores its six fields against {@code null}. A plain function over
 * (labels, extracted) for the unit tests and {@code ./bench quality}.
 */
public final class SessionScore {

    private SessionScore() {}

    private static final Map<String, Function<SessionInfo, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("body", SessionInfo::body);
        FIELDS.put("level", s -> s.level() == null ? null : s.level().wireName());
        FIELDS.put("term", SessionInfo::term);
        FIELDS.put("session", SessionInfo::session);
        FIELDS.put("meeting", SessionInfo::meeting);
        FIELDS.put("date", SessionInfo::date);
    }

    /** One scored article: an id for the report, the labelled session ({@code null}: none) and the extracted one. */
    public record Case(String id, SessionInfo labelled, SessionInfo extracted) {}

    /** Right fields out of all, per field name, and every wrong field as {@code id field: extracted (labelled)}. */
    public record Result(Map<String, int[]> perField, List<String> wrong) {

        public int right() {
            return perField.values().stream().mapToInt(a -> a[0]).sum();
        }

        public int total() {
            return perField.values().stream().mapToInt(a -> a[1]).sum();
        }

        public double accuracy() {
            return total() == 0 ? 1.0 : (double) right() / total();
        }

        public String table(String title) {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-28s %6s %6s %8s%n", title, "right", "of", "accuracy"));
            perField.forEach((field, a) -> out.append(String.format(Locale.ROOT, "%-28s %6d %6d %8.3f%n", field, a[0], a[1],
                    a[1] == 0 ? 1.0 : (double) a[0] / a[1])));
            out.append(String.format(Locale.ROOT, "%-28s %6d %6d %8.3f%n", "all fields", right(), total(), accuracy()));
            return out.toString();
        }
    }

    /** Reads a labelled {@code session} record; {@code null} for a JSON null or a missing record. */
    public static SessionInfo label(JsonNode session) {
        if (session == null || session.isNull()) {
            return null;
        }
        return new SessionInfo(session.get("body").asText(), text(session, "level") == null ? null
                : SessionInfo.Level.valueOf(text(session, "level").toUpperCase(Locale.ROOT)),
                session.hasNonNull("term") ? session.get("term").asInt() : null,
                session.hasNonNull("session") ? session.get("session").asInt() : null, text(session, "meeting"),
                text(session, "date") == null ? null : LocalDate.parse(text(session, "date")));
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    public static Result score(List<Case> cases) {
        Map<String, int[]> perField = new LinkedHashMap<>();
        FIELDS.keySet().forEach(f -> perField.put(f, new int[2]));
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            FIELDS.forEach((field, get) -> {
                Object want = c.labelled() == null ? null : get.apply(c.labelled());
                Object got = c.extracted() == null ? null : get.apply(c.extracted());
                int[] a = perField.get(field);
                a[1]++;
                if (Objects.equals(want, got)) {
                    a[0]++;
                } else {
                    wrong.add(c.id() + " " + field + ": " + got + " (labelled " + want + ")");
                }
            });
        }
        return new Result(perField, wrong);
    }
}
