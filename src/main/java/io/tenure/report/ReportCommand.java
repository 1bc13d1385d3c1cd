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

/** {@code tenure report questions [--since DATE] [--json]}. */
@Command(name = "report", description = "Reports for the team.", subcommands = ReportCommand.Questions.class)
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
            QuestionReport report = new QuestionReports(app.database().jdbi()).since(from);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().registerModule(new JavaTimeModule())
                        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(report));
            } else {
                out.print(QuestionReportText.render(report));
            }
            out.flush();
            return 0;
        }
    }

    private ReportCommand() {
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
