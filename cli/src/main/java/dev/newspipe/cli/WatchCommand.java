package dev.newspipe.cli;

import dev.newspipe.ingest.IngestorMain;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Watch an inbox folder continuously. A page moves to done/ once the broker acknowledged all its articles;"
                + " an unreadable one to quarantine/ with a .reason file beside it. After a crash, unfinished files are redone"
                + " idempotently.", "Health and metrics on ingest.ops.port (default 9401)."})
final class WatchCommand implements Callable<Integer> {

    @Mixin
    ConfigOption configOption;

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "Inbox folder (default: the ingest.inbox setting).")
    Path inbox;

    @Override
    public Integer call() throws Exception {
        var config = configOption.load();
        if (inbox != null) {
            config = config.withOverrides(Map.of("ingest.inbox", inbox.toString()));
        }
        return IngestorMain.run(config);
    }
}
