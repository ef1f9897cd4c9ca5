package dev.newspipe.enrich;

import dev.newspipe.enrich.classify.ArticleClassifier;
import dev.newspipe.enrich.entities.EntityExtractor;
import dev.newspipe.enrich.figures.FigureExtractor;
import dev.newspipe.enrich.session.SessionParser;

/** Classification, figures, entities and session of one article: the enricher's whole pure core. */
public final class ArticleEnricher {

    private final ArticleClassifier classifier = new ArticleClassifier();
    private final FigureExtractor figures = new FigureExtractor();
    private final EntityExtractor entities = new EntityExtractor();
    private final SessionParser sessions = new SessionParser();

    public Enrichment enrich(ArticleText article) {
        String text = article.headline() + "\n" + article.body();
        return new Enrichment(classifier.classify(article), figures.extract(article.paragraphs(), article.issueDate()),
                entities.extract(text), sessions.parse(article).orElse(null));
    }
}
