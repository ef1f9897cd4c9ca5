package dev.newspipe.topics;

/**
 * Headers newspipe writes on a record it sends to the dead-letter topic (next to Kafka Streams' own
 * {@code __streams.errors.*} headers for records Streams itself could not read or process).
 */
public final class DeadLetterHeaders {

    /** Which service and step gave up on the record, e.g. {@code enricher.size}, {@code indexer.index}. */
    public static final String STAGE = "newspipe.error.stage";
    /** Why, in words an operator can act on. */
    public static final String REASON = "newspipe.error.reason";
    public static final String TOPIC = "newspipe.source.topic";
    public static final String PARTITION = "newspipe.source.partition";
    public static final String OFFSET = "newspipe.source.offset";

    private DeadLetterHeaders() {}
}
