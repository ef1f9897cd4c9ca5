package dev.newspipe.devstack;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Registers the {@code cjk} analyzer, which a stock distribution has from its analysis-common module but
 * which is not published on Maven Central. Built as Elasticsearch builds it, so the same index templates
 * work on the embedded node and on a real cluster.
 */
public class NewspipeAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("cjk", (indexSettings, environment, name, settings) -> new AbstractIndexAnalyzerProvider<CJKAnalyzer>(name, settings) {
            private final CJKAnalyzer analyzer = new CJKAnalyzer();

            @Override
            public CJKAnalyzer get() {
                return analyzer;
            }
        });
    }
}
