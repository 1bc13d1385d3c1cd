package io.tenure.health.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tenure.App;
import io.tenure.Main;
import io.tenure.UserError;
import io.tenure.health.AccountProfile;
import io.tenure.health.HealthReport;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tenure account ID}: one account's health. */
@Command(name = "account", description = "One account's score, band, reasons, recent signals and score history.")
public final class AccountCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID")
    String id;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Compute as of this day (default today).")
    LocalDate asOf;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        App app = Main.app(spec);
        LocalDate day = asOf != null ? asOf : LocalDate.now(app.clock());
        AccountProfile profile = app.health().profile(id, day)
                .orElseThrow(() -> new UserError("no account with id " + id));
        if (json) {
            spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(HealthReport.profileJson(profile)));
        } else {
            spec.commandLine().getOut().println(HealthReport.profileText(profile));
        }
        return 0;
    }
}
