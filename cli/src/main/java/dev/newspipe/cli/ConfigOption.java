package dev.newspipe.cli;

import dev.newspipe.config.Config;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --config FILE}: the properties file that sits between environment variables and defaults. */
public final class ConfigOption {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Properties file (default: $NEWSPIPE_CONFIG). Environment variables win over it.")
    Path file;

    public Config load() {
        return Config.load(file);
    }
}
