package dev.newspipe.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newspipe.core.model.Enrichment;
import dev.newspipe.core.model.Figure;
import dev.newspipe.core.model.SessionInfo;
import dev.newspipe.core.model.Article;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON Lines of the offline commands. Field names are a contract: outside checks read them. */
final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private JsonLines() {}

    static Map<String, Object> article(String file, Article a) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", file);
        line.put("seq", a.seq());
        line.put("kicker", a.kicker());
        line.put("title", a.title());
        line.put("subtitle", a.subtitle());
        line.put("byline", a.byline());
        line.put("body", a.body());
        line.put("continued_from", a.continuedFrom());
        line.put("continues_on", a.continuesOn());
        // added fields: the issue's date and where it came from (sidecar, path, text, file_time)
        line.put("issue_date", a.issueDate() == null ? null : a.issueDate().toString());
        line.put("issue_date_source", a.page().issue().source().wireName());
        return line;
    }

    static Map<String, Object> enriched(String file, Article a) {
        Map<String, Object> line = article(file, a);
        Enrichment e = a.enrichment();
        line.put("category", e.classification().category().wireName());
        line.put("confidence", Math.round(e.classification().confidence() * 1000) / 1000.0);
        line.put("cues", e.classification().cues());
        line.put("figures", e.figures().stream().map(JsonLines::figure).toList());
        Map<String, Object> entities = new LinkedHashMap<>();
        entities.put("people", e.entities().people());
        entities.put("organizations", e.entities().organizations());
        entities.put("places", e.entities().places());
        line.put("entities", entities);
        // each entity's first mention, offsets into headline + "\n" + body (an extra field: the three lists stay the contract)
        line.put("entity_mentions", e.entities().mentions().stream().map(m -> {
            Map<String, Object> mention = new LinkedHashMap<>();
            mention.put("type", m.type().wireName());
            mention.put("name", m.name());
            mention.put("start", m.start());
            mention.put("end", m.end());
            mention.put("cue", m.cue());
            return mention;
        }).toList());
        line.put("session", e.session() == null ? null : session(e.session()));
        return line;
    }

    static Map<String, Object> figure(Figure f) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("text", f.text());
        line.put("value", f.value() == Math.rint(f.value()) && Math.abs(f.value()) < 1e15 ? (Object) (long) f.value() : f.value());
        line.put("value_max", f.valueMax() == null ? null
                : f.valueMax() == Math.rint(f.valueMax()) ? (Object) f.valueMax().longValue() : f.valueMax());
        line.put("unit", f.unit().isEmpty() ? null : f.unit());
        line.put("qualifier", f.qualifier() == null ? null : f.qualifier().wireName());
        line.put("metric", f.metric());
        line.put("kind", f.kind().wireName());
        line.put("year", f.year());
        line.put("sentence", f.sentence());
        line.put("start", f.start());
        line.put("end", f.end());
        line.put("direction", f.direction());
        return line;
    }

    static Map<String, Object> session(SessionInfo s) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("body", s.body());
        line.put("level", s.level() == null ? null : s.level().wireName());
        line.put("term", s.term());
        line.put("session", s.session());
        line.put("meeting", s.meeting());
        line.put("date", s.date() == null ? null : s.date().toString());
        return line;
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> lines(List<Map<String, Object>> values) {
        return values.stream().map(JsonLines::write).toList();
    }
}
