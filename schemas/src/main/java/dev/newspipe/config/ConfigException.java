package dev.newspipe.config;

/** Configuration that cannot be used; the message names the key and what is wrong, never a secret value. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
