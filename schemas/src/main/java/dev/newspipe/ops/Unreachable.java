package dev.newspipe.ops;

import java.util.List;

/** Endpoints a command needs did not answer; the message names each one and the setting to check. */
public final class Unreachable extends RuntimeException {

    private final List<String> failures;

    public Unreachable(List<String> failures) {
        super(String.join("\n", failures));
        this.failures = List.copyOf(failures);
    }

    public List<String> failures() {
        return failures;
    }
}
