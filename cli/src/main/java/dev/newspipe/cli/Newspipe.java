package dev.newspipe.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newspipe} command. */
@Command(name = "newspipe", mixinStandardHelpOptions = true, version = "newspipe 0.1.0",
        description = "Turns newspaper issues into searchable, structured news: ingestor → Kafka → enricher → Elasticsearch.",
        subcommands = {DevCommand.class, IngestCommand.class, WatchCommand.class, SplitCommand.class, EnrichCommand.class,
                FiguresCommand.class, SetupCommand.class, SearchCommand.class, RulesCommand.class, AlertsCommand.class,
                ServiceCommands.Enricher.class, ServiceCommands.Indexer.class, CommandLine.HelpCommand.class})
public final class Newspipe {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with errors printed as messages, not stack traces. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Newspipe());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println(commandLine.getColorScheme().errorText("newspipe " + commandLine.getCommandName() + ": " + message(e)));
            err.flush();
            return 2;
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
