package dev.newspipe.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.ScrollResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rolls a mapping change out behind an alias: the updated template is applied, the next index
 * ({@code news-articles-000002}) is created from it, every document is copied with its version, the alias moves
 * to the new index in one atomic step, and a second copy picks up what was written to the old index meanwhile
 * (external versions keep the newer document). The old index is kept until the operator deletes it.
 *
 * <p>Elasticsearch's {@code _reindex} does the copy when the cluster has the reindex module; the embedded dev
 * node does not, so the copy falls back to scrolling the old index and bulk-writing into the new one.
 */
public final class IndexRollover {

    private static final Logger log = LoggerFactory.getLogger(IndexRollover.class);
    private static final Pattern GENERATION = Pattern.compile("^(.*)-(\\d{6})$");
    private static final int BATCH = 500;

    /** What a roll-over did. */
    public record Result(String alias, String from, String to, long documents, boolean serverSide) {}

    private final ElasticsearchClient client;
    private final IndexNames names;

    public IndexRollover(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /** Rolls the alias over to the next generation of its index. */
    public Result roll(String alias) throws IOException {
        new IndexSetup(client, names).apply().forEach(change -> log.info("Elasticsearch: {}", change));
        List<String> current = client.indices().getAlias(a -> a.name(alias)).result().keySet().stream().sorted().toList();
        if (current.size() != 1) {
            throw new IllegalStateException("Alias " + alias + " points at " + current + "; expected exactly one index");
        }
        String from = current.get(0);
        String to = next(from);
        client.indices().create(c -> c.index(to));
        boolean serverSide = copy(from, to);
        client.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(from).alias(alias)))
                .actions(a -> a.add(ad -> ad.index(to).alias(alias).isWriteIndex(true))));
        copy(from, to);
        client.indices().refresh(r -> r.index(to));
        long documents = client.count(c -> c.index(to)).count();
        log.info("Moved alias {} from {} to {} ({} documents)", alias, from, to, documents);
        return new Result(alias, from, to, documents, serverSide);
    }

    /** The next generation of an index name: {@code news-articles-000001} → {@code news-articles-000002}. */
    public static String next(String index) {
        Matcher m = GENERATION.matcher(index);
        if (!m.matches()) {
            return index + "-000002";
        }
        return m.group(1) + "-" + String.format("%06d", Integer.parseInt(m.group(2)) + 1);
    }

    /** Copies with {@code _reindex} when the cluster has it, else client-side; returns whether the server did it. */
    private boolean copy(String from, String to) throws IOException {
        try {
            client.reindex(r -> r.source(s -> s.index(from)).dest(d -> d.index(to).versionType(VersionType.External))
                    .conflicts(co.elastic.clients.elasticsearch._types.Conflicts.Proceed).refresh(true));
            return true;
        } catch (ElasticsearchException | TransportException e) {
            log.info("No _reindex on this cluster ({}); copying {} to {} client-side", e.getMessage(), from, to);
        }
        copyClientSide(from, to);
        return false;
    }

    private void copyClientSide(String from, String to) throws IOException {
        SearchResponse<JsonData> page = client.search(s -> s.index(from).size(BATCH).version(true).scroll(Time.of(t -> t.time("2m")))
                .sort(o -> o.doc(d -> d)), JsonData.class);
        String scrollId = page.scrollId();
        List<Hit<JsonData>> hits = page.hits().hits();
        try {
            while (!hits.isEmpty()) {
                write(to, hits);
                String id = scrollId;
                ScrollResponse<JsonData> more = client.scroll(s -> s.scrollId(id).scroll(Time.of(t -> t.time("2m"))), JsonData.class);
                scrollId = more.scrollId();
                hits = more.hits().hits();
            }
        } finally {
            if (scrollId != null) {
                String id = scrollId;
                client.clearScroll(c -> c.scrollId(id));
            }
        }
    }

    private void write(String to, List<Hit<JsonData>> hits) throws IOException {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Hit<JsonData> hit : hits) {
            bulk.operations(op -> op.index(i -> {
                i.index(to).id(hit.id()).document(hit.source());
                if (hit.version() != null) {
                    i.version(hit.version()).versionType(VersionType.ExternalGte);
                }
                return i;
            }));
        }
        BulkResponse response = client.bulk(bulk.build());
        if (response.errors()) {
            long refused = response.items().stream().filter(item -> item.error() != null
                    && !"version_conflict_engine_exception".equals(item.error().type())).count();
            if (refused > 0) {
                throw new IOException(refused + " documents refused while copying into " + to + ", first: "
                        + response.items().stream().filter(item -> item.error() != null).findFirst().map(item -> item.error().reason()).orElse(""));
            }
        }
    }
}
