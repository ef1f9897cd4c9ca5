package dev.newspipe.cli;

import dev.newspipe.config.ConfigException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newspipe} command. */
@Command(name = "newspipe", mixinStandardHelpOptions = true, version = "newspipe 0.1.0",
        description = "Turns newspaper issues into searchable, structured news: ingestor → Kafka → enricher → Elasticsearch.",
        subcommands = {DevCommand.class, StackCommand.class, IngestCommand.class, WatchCommand.class, SplitCommand.class, EnrichCommand.class,
                FiguresCommand.class, SetupCommand.class, SearchCommand.class, RulesCommand.class, AlertsCommand.class,
                StatusCommand.class, DlqCommand.class, ReprocessCommand.class, ReindexCommand.class,
                ServiceCommands.Enricher.class, ServiceCommands.Indexer.class, CommandLine.HelpCommand.class})
public final class Newspipe {

    public static void main(String[] args) {
        normaliseLogLevel();
        System.exit(commandLine().execute(args));
    }

    /**
     * {@code NEWSPIPE_LOG_LEVEL} as Log4j reads it (log4j2.xml takes the {@code newspipe.log.level} property first):
     * an empty or unknown value means the default, with a one-line note instead of a stack trace at every start.
     * Runs before the first logger is created.
     */
    static void normaliseLogLevel() {
        String level = System.getenv("NEWSPIPE_LOG_LEVEL");
        if (level == null || System.getProperty("newspipe.log.level") != null) {
            return;
        }
        String normalised = level.strip().toUpperCase(java.util.Locale.ROOT);
        if (!java.util.Set.of("OFF", "FATAL", "ERROR", "WARN", "INFO", "DEBUG", "TRACE", "ALL").contains(normalised)) {
            if (!level.isBlank()) {
                System.err.println("newspipe: NEWSPIPE_LOG_LEVEL=" + level + " is not a log level (ERROR, WARN, INFO, DEBUG, TRACE); using WARN");
            }
            normalised = "WARN";
        }
        System.setProperty("newspipe.log.level", normalised);
    }

    /** Exit codes, as the README documents them. */
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    /**
     * The command line with errors printed as messages, not stack traces: 2 for usage (bad options, which picocli
     * reports itself, and invalid configuration), 1 for everything that failed at run time (an unreachable endpoint,
     * a refused import, a failed service).
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Newspipe());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println(commandLine.getColorScheme().errorText(commandLine.getCommandSpec().qualifiedName() + ": " + message(e)));
            err.flush();
            return e instanceof ConfigException ? USAGE : FAILED;
        });
        return cli;
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }
}
