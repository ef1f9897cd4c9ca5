package dev.newspipe.registry;

/** A schema could not be registered or found; the message says which and why. */
public class SchemaRegistryException extends RuntimeException {

    private final int status;

    public SchemaRegistryException(String message, int status) {
        super(message);
        this.status = status;
    }

    public SchemaRegistryException(String message, Throwable cause) {
        super(message, cause);
        this.status = -1;
    }

    /** HTTP status of the registry's answer, or -1 when it never answered. */
    public int status() {
        return status;
    }

    /** Whether asking again may succeed: no answer at all, or a server-side failure. */
    public boolean retriable() {
        return status < 0 || status >= 500;
    }
}
