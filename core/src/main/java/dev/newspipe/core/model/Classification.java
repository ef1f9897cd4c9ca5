package dev.newspipe.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A category with how sure the classifier is and why.
 *
 * @param confidence in [0, 1]
 * @param cues what decided it, in words a reader of Kibana understands
 */
public record Classification(Category category, double confidence, List<String> cues) {

    public Classification {
        Objects.requireNonNull(category, "category");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        cues = List.copyOf(cues);
    }
}
