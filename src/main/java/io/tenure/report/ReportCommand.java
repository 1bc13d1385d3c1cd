package io.tenure.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.tenure.App;
import io.tenure.Main;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tenure report questions [--since DATE] [--json]} and {@code tenure report outcomes [--since DATE] [--as-of DATE] [--json]}. */
@Command(name = "report", description = "Reports for the team.",
        subcommands = {ReportCommand.Questions.class, ReportCommand.Outcomes.class})
public final class ReportCommand {

    @Command(name = "questions", description = "What was asked, what went unanswered, and which answers did not help.")
    public static final class Questions implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--since", paramLabel = "DATE", description = "First day to include (default: 30 days ago).")
        LocalDate since;

        @Option(names = "--json", description = "Print the report as one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            App app = Main.app(spec);
            LocalDate from = since != null ? since : LocalDate.now(app.clock()).minusDays(30);
            QuestionReport report = app.questionReports().since(from);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(json(report));
            } else {
                out.print(QuestionReportText.render(report));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "outcomes", description = "Did outreach work: each sent draft's outcome 30, 60 and 90 days "
            + "later, save rates by draft kind and by the rule that caused it, and churn per month.")
    public static final class Outcomes implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--since", paramLabel = "DATE", description = "First day of sending to include, and first "
                + "month of churn (default: a year before --as-of).")
        LocalDate since;

        @Option(names = "--as-of", paramLabel = "DATE", description = "The day to look from (default: today).")
        LocalDate asOf;

        @Option(names = "--json", description = "Print the report as one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            App app = Main.app(spec);
            LocalDate to = asOf != null ? asOf : LocalDate.now(app.clock());
            LocalDate from = since != null ? since : to.minusYears(1);
            OutcomeReport report = app.outcomeReports().report(from, to);
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? json(report) + "\n" : OutcomeReportText.render(report));
            out.flush();
            return 0;
        }
    }

    private ReportCommand() {
    }

    static String json(Object report) throws com.fasterxml.jackson.core.JsonProcessingException {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(report);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
