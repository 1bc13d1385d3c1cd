package io.tenure.health.cli;

import io.tenure.Main;
import io.tenure.UserError;
import io.tenure.health.demo.DemoAccounts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tenure demo-data}: realistic account CSVs in the import format. */
@Command(name = "demo-data", description = "Write demo account CSVs (healthy, declining, onboarding-stalled, "
        + "payment-failure and cancelled accounts), the same for the same seed and end date.")
public final class DemoDataCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--accounts", defaultValue = "200", description = "Accounts (default ${DEFAULT-VALUE}).")
    int accounts;

    @Option(names = "--days", defaultValue = "90", description = "Days of signals (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--end", paramLabel = "DATE", description = "Last day of signals (default today).")
    LocalDate end;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the CSVs to.")
    Path out;

    @Override
    public Integer call() {
        if (accounts < 1 || days < 1) {
            throw new UserError("--accounts and --days must be at least 1");
        }
        LocalDate last = end != null ? end : LocalDate.now(Main.app(spec).clock());
        DemoAccounts.Written written = DemoAccounts.write(accounts, days, seed, last, out);
        spec.commandLine().getOut().printf("wrote %d accounts, %d activity rows, %d tickets, %d NPS responses, "
                        + "%d payments, %d milestones to %s (signals up to %s)%n", written.accounts(),
                written.activity(), written.tickets(), written.nps(), written.payments(), written.milestones(), out,
                last);
        return 0;
    }
}
