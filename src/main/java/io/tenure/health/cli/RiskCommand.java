package io.tenure.health.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tenure.App;
import io.tenure.Main;
import io.tenure.UserError;
import io.tenure.health.Band;
import io.tenure.health.HealthReport;
import io.tenure.health.RiskEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tenure risk}: accounts at risk, highest risk first. */
@Command(name = "risk", description = "Accounts in red or yellow (not cancelled), highest risk first (ties by MRR), "
        + "with score, band, change over 7 days, MRR and reasons; --all adds green and cancelled accounts where a rule fired.")
public final class RiskCommand implements Callable<Integer> {
    enum BandOption { red, yellow }

    @Spec
    CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Compute as of this day (default today).")
    LocalDate asOf;

    @Option(names = "--band", description = "Only this band: red or yellow.")
    BandOption band;

    @Option(names = "--limit", defaultValue = "" + Integer.MAX_VALUE, description = "At most N accounts (default all).")
    int limit;

    @Option(names = "--all", description = "Also green accounts where a rule fired and cancelled accounts due a "
            + "win-back step (the whole watch list).")
    boolean all;

    @Option(names = "--json", description = "Print [{account_id, name, score, band, status, mrr, reasons[{rule, detail}]}]: "
            + "the same accounts as the text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            // Zero accounts would read "no account is at risk", which is not what was asked.
            throw new UserError("--limit must be a positive number, got " + limit);
        }
        App app = Main.app(spec);
        LocalDate day = asOf != null ? asOf : LocalDate.now(app.clock());
        List<RiskEntry> every = app.health().riskList(day, band == null ? null : Band.valueOf(band.name()
                .toUpperCase(java.util.Locale.ROOT)), all);
        List<RiskEntry> entries = every.subList(0, Math.min(limit, every.size()));
        if (json) {
            spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(entries.stream().map(e -> HealthReport.riskJson(e.health())).toList()));
        } else {
            spec.commandLine().getOut().println(HealthReport.riskText(entries, day, all));
            if (every.size() > entries.size()) {
                spec.commandLine().getOut().println("\n" + entries.size() + " of " + every.size() + " shown; --limit "
                        + every.size() + " for all.");
            }
        }
        return 0;
    }
}
