package dev.newspipe.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newspipe.config.Config;
import dev.newspipe.enrich.alerts.AlertRules;
import picocli.CommandLine;
import dev.newspipe.index.ArchiveSearch;
import dev.newspipe.index.ElasticsearchClients;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the archive: hits with highlighted snippets and their figures.")
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption configOption;

    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "Words to look for in titles and bodies.")
    String query;

    @Option(names = "--category", description = "session_notice, resolution, work_report or other.")
    String category;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Issues on or after this date.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Issues on or before this date.")
    LocalDate to;

    @Option(names = "--metric", description = "Only articles with a figure whose metric contains this, and only those figures.")
    String metric;

    @Option(names = "--size", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int size;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (category != null && !AlertRules.CATEGORIES.contains(category)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown category '" + category + "'; one of "
                    + String.join(", ", AlertRules.CATEGORIES));
        }
        Config config = configOption.load();
        Preflight.require(config, Preflight.Need.ELASTICSEARCH);
        ElasticsearchClient client = ElasticsearchClients.create(config);
        try {
            var hits = new ArchiveSearch(client, ElasticsearchClients.indexNames(config))
                    .search(new ArchiveSearch.Criteria(query, category, from, to, metric, size));
            if (hits.isEmpty()) {
                out.println("No articles found.");
            }
            for (var hit : hits) {
                out.printf("%s  [%s] %s  (%s)%n", hit.issueDate(), hit.category(), hit.title() == null ? "(no headline)" : hit.title(),
                        hit.id());
                hit.snippets().forEach(s -> out.println("    … " + s.replace('\n', ' ') + " …"));
                for (Map<String, Object> f : hit.figures().stream().limit(8).toList()) {
                    out.printf("    %-14s %-24s %s %s%n", f.get("text"), f.get("metric") == null ? "" : f.get("metric"), f.get("kind"),
                            f.get("year") == null ? "" : f.get("year"));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.IOException("Elasticsearch at " + config.get(ElasticsearchClients.URL) + " did not answer: " + e.getMessage(), e);
        } finally {
            client._transport().close();
        }
        out.flush();
        return 0;
    }
}
