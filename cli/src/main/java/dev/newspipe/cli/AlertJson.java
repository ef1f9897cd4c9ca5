package dev.newspipe.cli;

import dev.newspipe.avro.Alert;
import java.util.LinkedHashMap;
import java.util.Map;

/** An alert as the JSON the alerts command prints and posts. */
final class AlertJson {

    private AlertJson() {}

    static String of(Alert alert) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rule_id", alert.getRuleId());
        json.put("rule_description", alert.getRuleDescription());
        json.put("article_id", alert.getArticleId());
        json.put("title", alert.getTitle());
        json.put("category", alert.getCategory());
        json.put("paper", alert.getPaper());
        json.put("issue_date", alert.getIssueDate().toString());
        json.put("matched", alert.getMatched());
        json.put("created_at", alert.getCreatedAt().toString());
        return JsonLines.write(json);
    }
}
