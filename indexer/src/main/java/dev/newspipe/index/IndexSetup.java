package dev.newspipe.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Index templates and write aliases, applied idempotently: templates are put (an unchanged template is a
 * no-op for Elasticsearch), the first index behind each alias is created only if the alias does not exist.
 */
public final class IndexSetup {

    private final ElasticsearchClient client;
    private final IndexNames names;

    public IndexSetup(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /** Applies everything and returns what it changed, for the setup command to print. */
    public List<String> apply() throws IOException {
        List<String> changes = new ArrayList<>();
        putTemplate(names.articles(), "news-articles.template.json", changes);
        putTemplate(names.figures(), "news-figures.template.json", changes);
        createAliasedIndex(names.articles(), changes);
        createAliasedIndex(names.figures(), changes);
        return changes;
    }

    private void putTemplate(String alias, String resource, List<String> changes) throws IOException {
        String body = resource(resource).replace("\"news-articles-*\"", "\"" + names.articles() + "-*\"")
                .replace("\"news-figures-*\"", "\"" + names.figures() + "-*\"");
        boolean existed = client.indices().existsIndexTemplate(t -> t.name(alias)).value();
        client.indices().putIndexTemplate(t -> t.name(alias).withJson(new java.io.StringReader(body)));
        changes.add((existed ? "updated" : "created") + " index template " + alias);
    }

    private void createAliasedIndex(String alias, List<String> changes) throws IOException {
        if (client.indices().existsAlias(a -> a.name(alias)).value()) {
            changes.add("alias " + alias + " exists");
            return;
        }
        String index = IndexNames.firstIndex(alias);
        client.indices().create(c -> c.index(index).aliases(alias, a -> a.isWriteIndex(true)));
        changes.add("created index " + index + " with write alias " + alias);
    }

    private static String resource(String name) {
        try (InputStream in = IndexSetup.class.getResourceAsStream("/elasticsearch/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource /elasticsearch/" + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
