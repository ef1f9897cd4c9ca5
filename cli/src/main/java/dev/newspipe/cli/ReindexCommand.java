package dev.newspipe.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newspipe.config.Config;
import dev.newspipe.index.ElasticsearchClients;
import dev.newspipe.index.IndexNames;
import dev.newspipe.index.IndexRollover;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Roll a mapping change out: apply the updated index templates, create the next index behind the alias"
                + " (news-articles-000001 -> news-articles-000002), copy every document with its version (_reindex when the cluster has"
                + " it, else scroll + bulk), move the alias atomically, then copy once more for what was written meanwhile.",
                "The old index is kept; delete it once the new one looks right."})
final class ReindexCommand implements Callable<Integer> {

    enum Which { articles, figures, all }

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption configOption;

    @Option(names = "--index", defaultValue = "all", description = "articles, figures or all (default: ${DEFAULT-VALUE}).")
    Which which;

    @Override
    public Integer call() throws Exception {
        Config config = configOption.load();
        Preflight.require(config, Preflight.Need.ELASTICSEARCH);
        PrintWriter out = spec.commandLine().getOut();
        IndexNames names = ElasticsearchClients.indexNames(config);
        List<String> aliases = new ArrayList<>();
        if (which != Which.figures) {
            aliases.add(names.articles());
        }
        if (which != Which.articles) {
            aliases.add(names.figures());
        }
        ElasticsearchClient client = ElasticsearchClients.create(config);
        try {
            IndexRollover rollover = new IndexRollover(client, names);
            for (String alias : aliases) {
                IndexRollover.Result result = rollover.roll(alias);
                out.printf("%s: %s -> %s, %d documents (%s)%n", result.alias(), result.from(), result.to(), result.documents(),
                        result.serverSide() ? "_reindex" : "copied client-side: no _reindex on this cluster");
            }
        } finally {
            client._transport().close();
        }
        out.flush();
        return Newspipe.OK;
    }
}
