package dev.newspipe.core.classify;

import dev.newspipe.core.model.Category;
import java.util.Objects;

/**
 * Evidence an article's page gives it, from outside the article's own text: what the page step of
 * {@code Newsdesk.process} found (a caption standing in a photo set that reports a congress session, say). The
 * classifier weighs it with the text's own cues, so a caption that names another body or a party meeting can still
 * outweigh it, and lists it among the cues as {@code page: name «found» +weight}.
 *
 * @param category the category the page speaks for
 * @param name what the page shows, in words a reader of Kibana understands
 * @param found what on the page shows it (the session the page reports, a word of the sitting)
 * @param weight how much it counts, in the units of {@link ArticleClassifier#CUES}
 */
public record PageEvidence(Category category, String name, String found, double weight) {

    public PageEvidence {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(found, "found");
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight must be positive: " + weight);
        }
    }

    /** As the cues print it: {@code page: caption of the session's photo set «…» +2.50}. */
    String describe() {
        return "page: " + name + " «" + found + "» +" + ArticleClassifier.twoDecimals(weight);
    }
}
