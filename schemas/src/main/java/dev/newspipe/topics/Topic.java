package dev.newspipe.topics;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/** A topic with the serdes of its keys and values, so producers and consumers cannot disagree. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
        if (name.isBlank()) {
            throw new IllegalArgumentException("topic name must not be blank");
        }
    }
}
