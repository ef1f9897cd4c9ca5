package dev.newspipe.cli;

import dev.newspipe.config.ConfigException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newspipe} command. */
@Command(name = "newspipe", mixinStandardHelpOptions = true, version = "newspipe 0.1.0",
        description = "Turns newspaper issues into searchable, structured news: ingestor → Kafka → enricher → Elasticsearch.",
        subcommands = {DevCommand.class, IngestCommand.class, WatchCommand.class, SplitCommand.class, EnrichCommand.class,
                FiguresCommand.class, SetupCommand.class, SearchCommand.class, RulesCommand.class, AlertsCommand.class,
                StatusCommand.class, DlqCommand.class, ReprocessCommand.class, ReindexCommand.class,
                ServiceCommands.Enricher.class, ServiceCommands.Indexer.class, CommandLine.HelpCommand.class})
public final class Newspipe {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
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
