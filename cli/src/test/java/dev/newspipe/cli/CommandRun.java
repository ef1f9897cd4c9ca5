package dev.newspipe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the {@code newspipe} command in this JVM: its exit code and what it printed. */
record CommandRun(int code, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Newspipe.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** Standard output of a run that must succeed. */
    static String succeeding(String... args) {
        CommandRun run = of(args);
        assertThat(run.code()).as("exit code of %s; stderr: %s", String.join(" ", args), run.err()).isZero();
        return run.out();
    }
}
