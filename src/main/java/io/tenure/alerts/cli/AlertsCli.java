package io.tenure.alerts.cli;

import io.tenure.App;
import io.tenure.Main;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tenure alerts unresolved} and {@code tenure alerts check [--as-of DATE]}. */
@Command(name = "alerts", description = "Owner alerts: owners not found in chat, and evaluating the triggers now.",
        subcommands = {AlertsCli.Unresolved.class, AlertsCli.Check.class})
public final class AlertsCli implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "unresolved", description = "Account owners nobody has on Slack (asked by address) or Discord "
            + "(owners.discord): their alerts reach only the alerts channel.")
    static final class Unresolved implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            App app = Main.app(spec);
            PrintWriter out = spec.commandLine().getOut();
            out.println(app.unresolvedOwners().text());
            out.flush();
            return 0;
        }
    }

    @Command(name = "check", description = "Score every account and raise the alerts config/alerts.yaml calls for "
            + "(each once per account, trigger and day); `tenure serve` delivers them.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--as-of", paramLabel = "DATE", description = "The day to evaluate (default: today).")
        LocalDate asOf;

        @Override
        public Integer call() {
            App app = Main.app(spec);
            LocalDate day = asOf != null ? asOf : app.ownerAlerts().today();
            int raised = app.ownerAlerts().evaluate(day);
            PrintWriter out = spec.commandLine().getOut();
            out.println(raised == 0 ? "No new alert for " + day + "."
                    : raised + (raised == 1 ? " new alert" : " new alerts") + " for " + day
                            + "; `tenure serve` posts them to the alerts channel and the owners.");
            out.flush();
            return 0;
        }
    }
}
