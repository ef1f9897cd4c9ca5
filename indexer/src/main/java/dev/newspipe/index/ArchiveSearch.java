package dev.newspipe.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Questions a person asks of the archive: counts, and searches with highlighted snippets and figures. */
public final class ArchiveSearch {

    /** A matching article, its highlighted snippets and its figures. */
    public record ArticleHit(String id, String title, String category, String issueDate, double score, List<String> snippets,
            List<Map<String, Object>> figures) {}

    /** What to look for; absent parts are {@code null}. */
    public record Criteria(String text, String category, LocalDate from, LocalDate to, String metric, int size) {}

    private final ElasticsearchClient client;
    private final IndexNames names;

    public ArchiveSearch(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(names.articles(), names.figures()));
    }

    public long articleCount() throws IOException {
        return client.count(c -> c.index(names.articles())).count();
    }

    public long figureCount() throws IOException {
        return client.count(c -> c.index(names.figures())).count();
    }

    /** How many of these article ids are searchable now. */
    public long countIds(List<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return 0;
        }
        return client.count(c -> c.index(names.articles()).query(q -> q.ids(i -> i.values(ids)))).count();
    }

    public Map<String, Long> articlesPerCategory() throws IOException {
        SearchResponse<Void> response = client.search(s -> s.index(names.articles()).size(0)
                .aggregations("categories", a -> a.terms(t -> t.field("category").size(20))), Void.class);
        Map<String, Long> counts = new LinkedHashMap<>();
        response.aggregations().get("categories").sterms().buckets().array()
                .forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
        return counts;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public List<ArticleHit> search(Criteria query) throws IOException {
        List<co.elastic.clients.elasticsearch._types.query_dsl.Query> filters = new ArrayList<>();
        if (query.category() != null) {
            filters.add(co.elastic.clients.elasticsearch._types.query_dsl.Query.of(q -> q.term(t -> t.field("category")
                    .value(query.category()))));
        }
        if (query.from() != null || query.to() != null) {
            filters.add(co.elastic.clients.elasticsearch._types.query_dsl.Query.of(q -> q.range(r -> r.date(d -> {
                d.field("issue_date");
                if (query.from() != null) {
                    d.gte(query.from().toString());
                }
                if (query.to() != null) {
                    d.lte(query.to().toString());
                }
                return d;
            }))));
        }
        if (query.metric() != null) {
            filters.add(co.elastic.clients.elasticsearch._types.query_dsl.Query.of(q -> q.wildcard(w -> w.field("metrics")
                    .value("*" + query.metric() + "*"))));
        }
        SearchResponse<Map> response = client.search(s -> s.index(names.articles()).size(query.size())
                .query(q -> q.bool(b -> {
                    if (query.text() != null && !query.text().isBlank()) {
                        b.must(m -> m.multiMatch(mm -> mm.query(query.text()).fields("title^3", "kicker", "subtitle", "body")));
                    }
                    return b.filter(filters);
                }))
                .sort(so -> so.score(sc -> sc.order(SortOrder.Desc)))
                .sort(so -> so.field(f -> f.field("issue_date").order(SortOrder.Desc)))
                .source(src -> src.filter(f -> f.includes("id", "title", "subtitle", "category", "issue_date")))
                .highlight(h -> h.preTags("【").postTags("】").fields("body", f -> f.fragmentSize(60).numberOfFragments(2))
                        .fields("title", f -> f.numberOfFragments(0))), Map.class);
        List<ArticleHit> hits = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            Map source = hit.source();
            List<String> snippets = new ArrayList<>();
            hit.highlight().getOrDefault("body", List.of()).forEach(snippets::add);
            String title = source.get("title") != null ? (String) source.get("title") : (String) source.get("subtitle");
            List<Map<String, Object>> figures = figuresOf(hit.id(), query.metric());
            List<String> figureTexts = figures.stream().map(f -> (String) f.get("text")).filter(t -> t != null && !t.isEmpty()).toList();
            snippets.replaceAll(snippet -> markFigures(snippet, figureTexts));
            hits.add(new ArticleHit(hit.id(), title, (String) source.get("category"), (String) source.get("issue_date"),
                    hit.score() == null ? 0 : hit.score(), snippets, figures));
        }
        return hits;
    }

    /** Query terms are marked 【like this】 by Elasticsearch; figures 〖like this〗 by {@link #markFigures}. */
    public static final String FIGURE_OPEN = "〖";
    public static final String FIGURE_CLOSE = "〗";

    /**
     * Marks the figures of an article in one of its highlighted snippets: each figure's {@code text}, exactly as
     * printed in the body, is wrapped in 〖〗 wherever the snippet shows it. A query term inside a figure gives way
     * to the figure mark, so marks never interleave.
     */
    static String markFigures(String snippet, List<String> figureTexts) {
        StringBuilder plain = new StringBuilder(snippet.length());
        boolean[] query = new boolean[snippet.length()];
        boolean inQuery = false;
        for (int i = 0; i < snippet.length(); i++) {
            char c = snippet.charAt(i);
            if (c == '【' || c == '】') {
                inQuery = c == '【';
                continue;
            }
            query[plain.length()] = inQuery;
            plain.append(c);
        }
        boolean[] figure = new boolean[plain.length()];
        boolean[] figureStart = new boolean[plain.length()];
        List<String> longestFirst = new ArrayList<>(new java.util.LinkedHashSet<>(figureTexts));
        longestFirst.sort((a, b) -> Integer.compare(b.length(), a.length()));
        for (String text : longestFirst) {
            for (int at = plain.indexOf(text); at >= 0; at = plain.indexOf(text, at + 1)) {
                boolean free = true;
                for (int k = at; k < at + text.length(); k++) {
                    free &= !figure[k];
                }
                boolean cutsANumber = at > 0 && Character.isDigit(plain.charAt(at - 1)) || at + text.length() < plain.length()
                        && Character.isDigit(text.charAt(text.length() - 1)) && Character.isDigit(plain.charAt(at + text.length()));
                if (free && !cutsANumber) {
                    figureStart[at] = true;
                    for (int k = at; k < at + text.length(); k++) {
                        figure[k] = true;
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder(snippet.length() + 8);
        boolean openQuery = false;
        for (int i = 0; i < plain.length(); i++) {
            boolean q = query[i] && !figure[i];
            if (openQuery && (!q || figureStart[i])) {
                out.append('】');
                openQuery = false;
            }
            if (figureStart[i]) {
                out.append(FIGURE_OPEN);
            }
            if (q && !openQuery) {
                out.append('【');
                openQuery = true;
            }
            out.append(plain.charAt(i));
            if (figure[i] && (i + 1 == plain.length() || !figure[i + 1] || figureStart[i + 1])) {
                out.append(FIGURE_CLOSE);
            }
        }
        if (openQuery) {
            out.append('】');
        }
        return out.toString();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private List<Map<String, Object>> figuresOf(String articleId, String metric) throws IOException {
        SearchResponse<Map> response = client.search(s -> s.index(names.figures()).size(50)
                .query(q -> q.bool(b -> {
                    b.filter(f -> f.term(t -> t.field("article_id").value(FieldValue.of(articleId))));
                    if (metric != null) {
                        b.filter(f -> f.wildcard(w -> w.field("metric").value("*" + metric + "*")));
                    }
                    return b;
                }))
                .sort(so -> so.field(f -> f.field("ordinal").order(SortOrder.Asc))), Map.class);
        List<Map<String, Object>> figures = new ArrayList<>();
        response.hits().hits().forEach(h -> figures.add((Map<String, Object>) h.source()));
        return figures;
    }
}
