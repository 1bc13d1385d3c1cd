package io.tenure.health.cli;

import io.tenure.App;
import io.tenure.Main;
import io.tenure.chat.console.ConsoleRenderer;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tenure digest}: the managers' daily risk summary, as text and a PNG chart. */
@Command(name = "digest", description = "The daily risk digest: new in red, biggest drops, renewals and MRR at "
        + "risk, 30-day churn and retention; writes the text and a PNG chart next to each other.")
public final class DigestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The digest of this day (default today).")
    LocalDate asOf;

    @Override
    public Integer call() {
        App app = Main.app(spec);
        LocalDate day = asOf != null ? asOf : LocalDate.now(app.clock());
        // The same digest managers get in chat: the health figures and chart, with summaries of the top accounts.
        spec.commandLine().getOut().println(ConsoleRenderer.render(app.dailyDigest().forDay(day)));
        return 0;
    }
}
