package dev.newspipe.enrich;

import dev.newspipe.registry.SchemaRegistryException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enricher's failure policy, in one place. A record that cannot be read or enriched goes to the dead-letter
 * topic through Kafka Streams' own handlers and the application goes on; but when the cause is an unreachable
 * schema registry the record is fine and only the registry is down, so the stream thread fails instead,
 * nothing is committed, and the thread is replaced ({@link EnricherService}) to read the same record again
 * once the registry answers. A good record is never dead-lettered for an outage.
 */
public final class EnricherErrorHandlers {

    private static final Logger log = LoggerFactory.getLogger(EnricherErrorHandlers.class);

    private EnricherErrorHandlers() {}

    /** Whether {@code e} only says the schema registry did not answer (or answered 5xx). */
    public static boolean registryUnavailable(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SchemaRegistryException registry) {
                return registry.retriable();
            }
        }
        return false;
    }

    /** Deserialization: dead-letter unreadable records, wait out an unreachable registry. */
    public static final class Deserialization extends LogAndContinueExceptionHandler {
        @Override
        public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                Exception exception) {
            if (registryUnavailable(exception)) {
                log.warn("Schema registry unavailable while reading {}-{}@{}; retrying: {}", record.topic(), record.partition(),
                        record.offset(), exception.getMessage());
                return DeserializationExceptionHandler.Response.fail();
            }
            return super.handleError(context, record, exception);
        }
    }

    /** Processing: dead-letter records enrichment fails on, wait out an unreachable registry. */
    public static final class Processing extends LogAndContinueProcessingExceptionHandler {
        @Override
        public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
            if (registryUnavailable(exception)) {
                log.warn("Schema registry unavailable while processing {}; retrying: {}", record.key(), exception.getMessage());
                return ProcessingExceptionHandler.Response.fail();
            }
            return super.handleError(context, record, exception);
        }
    }
}
