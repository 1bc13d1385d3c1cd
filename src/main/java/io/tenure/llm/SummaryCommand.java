package io.tenure.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tenure.App;
import io.tenure.Main;
import io.tenure.UserError;
import io.tenure.health.AccountHealth;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tenure summary ACCOUNT | --top N [--as-of DATE] [--json]}: why accounts are at risk, what to do next. */
@Command(name = "summary", description = "Summarize why an account is at risk and what to do next, or the top N at-risk accounts.")
public final class SummaryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ACCOUNT")
    String accountId;

    @Option(names = "--top", paramLabel = "N", description = "Summarize the N accounts most at risk instead.")
    Integer top;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Health as of this date (default: today).")
    String asOf;

    @Option(names = "--json", description = "Print a list of {account_id, summary, rules, source}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if ((accountId == null) == (top == null)) {
            throw new UserError("Give either an ACCOUNT or --top N.");
        }
        if (top != null && top <= 0) {
            throw new UserError("--top must be a positive number, got " + top);
        }
        App app = Main.app(spec);
        LocalDate date = asOf == null ? LocalDate.now(app.clock()) : parse(asOf);
        List<AccountHealth> accounts = accountId != null
                ? List.of(app.accounts().find(accountId, date)
                        .orElseThrow(() -> new UserError("There is no account " + accountId + ".")))
                : app.accounts().atRisk(date, top);
        List<AccountSummary> summaries = new ArrayList<>();
        for (AccountHealth account : accounts) {
            summaries.add(app.summarizer().summarize(account));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> list = summaries.stream().map(SummaryCommand::json).toList();
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(list));
        } else if (summaries.isEmpty()) {
            out.println("No account is at risk on " + date + ".");
        } else {
            out.println(String.join("\n\n", summaries.stream().map(AccountSummary::text).toList()));
        }
        return 0;
    }

    private static Map<String, Object> json(AccountSummary summary) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account_id", summary.accountId());
        json.put("summary", summary.text());
        json.put("rules", summary.rules());
        json.put("source", summary.fromModel() ? "model" : "template");
        return json;
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserError("--as-of must be a date like 2026-11-21, got '" + text + "'");
        }
    }
}
