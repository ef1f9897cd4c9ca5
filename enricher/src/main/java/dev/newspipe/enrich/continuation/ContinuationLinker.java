package dev.newspipe.enrich.continuation;

import dev.newspipe.avro.EnrichedArticle;
import dev.newspipe.avro.RawArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Links the article that says {@code (下转第四版)} on page 1 with the fragment that says {@code (上接第一版)} on
 * page 4, whichever arrives first. Each side waits in a store under the link key (paper, issue date, from page,
 * to page); when the other side arrives both are sent again, linked, keyed by their article ids. A fragment
 * of a work report becomes a work report too, so the whole report is read and counted as one.
 *
 * <p>Records reach it keyed by issue, so both sides of a link are always in the same task.
 */
public final class ContinuationLinker implements Processor<String, EnrichedArticle, String, EnrichedArticle> {

    public static final String STORE = "continuations";

    private ProcessorContext<String, EnrichedArticle> context;
    private KeyValueStore<String, EnrichedArticle> waiting;

    /** Whether this article takes part in a link at all; the others bypass the linker. */
    public static boolean linkable(EnrichedArticle article) {
        return headKey(article.getArticle()).isPresent() || fragmentKey(article.getArticle()).isPresent();
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.waiting = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        RawArticle raw = article.getArticle();
        Optional<String> asFragment = fragmentKey(raw);
        Optional<String> asHead = headKey(raw);
        EnrichedArticle current = article;
        if (asFragment.isPresent()) {
            waiting.put(asFragment.get() + "#fragment", current);
            EnrichedArticle head = waiting.get(asFragment.get() + "#head");
            if (head != null) {
                current = linkFragment(current, head);
                waiting.put(asFragment.get() + "#fragment", current);
                EnrichedArticle linkedHead = linkHead(head, current);
                waiting.put(asFragment.get() + "#head", linkedHead);
                forward(record, linkedHead);
            }
        }
        if (asHead.isPresent()) {
            waiting.put(asHead.get() + "#head", current);
            EnrichedArticle fragment = waiting.get(asHead.get() + "#fragment");
            if (fragment != null) {
                current = linkHead(current, fragment);
                waiting.put(asHead.get() + "#head", current);
                EnrichedArticle linkedFragment = linkFragment(fragment, current);
                waiting.put(asHead.get() + "#fragment", linkedFragment);
                forward(record, linkedFragment);
            }
        }
        forward(record, current);
    }

    private void forward(Record<String, EnrichedArticle> record, EnrichedArticle article) {
        context.forward(record.withKey(article.getArticle().getId()).withValue(article));
    }

    private static EnrichedArticle linkHead(EnrichedArticle head, EnrichedArticle fragment) {
        List<String> continuedBy = new ArrayList<>(head.getContinuedBy());
        if (!continuedBy.contains(fragment.getArticle().getId())) {
            continuedBy.add(fragment.getArticle().getId());
        }
        return EnrichedArticle.newBuilder(head).setContinuedBy(continuedBy).build();
    }

    private static EnrichedArticle linkFragment(EnrichedArticle fragment, EnrichedArticle head) {
        EnrichedArticle.Builder linked = EnrichedArticle.newBuilder(fragment).setContinuationOf(head.getArticle().getId());
        if (!fragment.getCategory().equals(head.getCategory()) && fragment.getArticle().getTitle() == null) {
            List<String> cues = new ArrayList<>(fragment.getCues());
            cues.add("continues " + (head.getArticle().getTitle() == null ? head.getArticle().getId() : head.getArticle().getTitle())
                    + " (" + head.getCategory() + ")");
            linked.setCategory(head.getCategory()).setConfidence(Math.max(fragment.getConfidence(), head.getConfidence() * 0.95))
                    .setCues(cues);
        }
        return linked.build();
    }

    /** The link a head article offers: its page and the page it continues on. */
    static Optional<String> headKey(RawArticle raw) {
        Optional<Integer> page = PageNumber.of(raw.getPage());
        Optional<Integer> to = PageNumber.of(raw.getContinuesOn());
        return page.isPresent() && to.isPresent() ? Optional.of(linkKey(raw, page.get(), to.get())) : Optional.empty();
    }

    /** The link a fragment looks for: the page it continues from and its own page. */
    static Optional<String> fragmentKey(RawArticle raw) {
        Optional<Integer> from = PageNumber.of(raw.getContinuedFrom());
        Optional<Integer> page = PageNumber.of(raw.getPage());
        return from.isPresent() && page.isPresent() ? Optional.of(linkKey(raw, from.get(), page.get())) : Optional.empty();
    }

    private static String linkKey(RawArticle raw, int from, int to) {
        return raw.getPaper() + "|" + raw.getIssueDate() + "|" + from + ">" + to;
    }

    /** Partition key that brings both sides of every link of an issue together. */
    public static String issueKey(EnrichedArticle article) {
        return article.getArticle().getPaper() + "|" + article.getArticle().getIssueDate();
    }
}
