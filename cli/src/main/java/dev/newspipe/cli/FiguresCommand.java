package dev.newspipe.cli;

import dev.newspipe.core.model.Figure;
import dev.newspipe.core.Newsdesk;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "figures", mixinStandardHelpOptions = true,
        description = "Read text on standard input and print one JSON object per figure.")
final class FiguresCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lines", description = "Treat each input line as a separate text; each figure carries its 1-based \"line\".")
    boolean lines;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Issue date that 今年 and 去年 refer to (default: today).")
    LocalDate date;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        LocalDate issueDate = date != null ? date : LocalDate.now();
        Newsdesk desk = Newsdesk.offline();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (lines) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                for (Figure f : desk.figures(line, issueDate)) {
                    Map<String, Object> json = JsonLines.figure(f);
                    json.put("line", number);
                    out.println(JsonLines.write(json));
                }
            }
        } else {
            String text = in.lines().collect(Collectors.joining("\n"));
            for (Figure f : desk.figures(text, issueDate)) {
                out.println(JsonLines.write(JsonLines.figure(f)));
            }
        }
        out.flush();
        return 0;
    }
}
