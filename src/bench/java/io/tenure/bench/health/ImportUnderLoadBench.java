package io.tenure.bench.health;

import io.tenure.App;
import io.tenure.Main;
import io.tenure.UserError;
import io.tenure.assistant.Caller;
import io.tenure.assistant.ChannelKind;
import io.tenure.assistant.Inbound;
import io.tenure.config.ConfigLoader;
import io.tenure.health.demo.DemoAccounts;
import io.tenure.health.importing.AccountImport;
import io.tenure.health.importing.ImportReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tenure bench import-under-load} (issue 13, item 2): imports generated account files into a
 * scratch database while, from a second process-like App on the same database, customers ask the help
 * center (each answer is written to the question log) and staff look accounts up (each look-up writes its
 * score); reports the latency of both and how many failed during the import.
 */
@Command(name = "import-under-load", description = "Answer and look-up latency, and errors, while a large "
        + "import runs (on a scratch SQLite file, or --database-url).")
public final class ImportUnderLoadBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--accounts", defaultValue = "20000", description = "Accounts (default ${DEFAULT-VALUE}).")
    int accounts;

    @Option(names = "--days", defaultValue = "90", description = "Days of signals (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--database-url", paramLabel = "URL", description = "An empty PostgreSQL database to measure "
            + "on; user and password from TENURE_DATABASE_USERNAME / TENURE_DATABASE_PASSWORD.")
    String databaseUrl;

    @Override
    public Integer call() throws Exception {
        if (accounts < 1 || days < 1) {
            throw new UserError("--accounts and --days must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("tenure-bench-load");
        try {
            Path first = dir.resolve("accounts");
            Path rest = dir.resolve("signals");
            LocalDate end = LocalDate.of(2026, 11, 20);
            DemoAccounts.Written written = DemoAccounts.write(accounts, days, 1, end, rest);
            Files.createDirectories(first);
            Files.move(rest.resolve("accounts.csv"), first.resolve("accounts.csv"));
            Map<String, String> env = new HashMap<>();
            if (databaseUrl != null && !databaseUrl.isBlank()) {
                env.put("TENURE_DATABASE_URL", databaseUrl);
                for (String secret : List.of("TENURE_DATABASE_USERNAME", "TENURE_DATABASE_PASSWORD")) {
                    if (System.getenv(secret) != null) {
                        env.put(secret, System.getenv(secret));
                    }
                }
            }
            Path data = dir.resolve("data");
            App parent = Main.app(spec);
            try (App importing = new App(ConfigLoader.load(null, data, env), parent.clock());
                 App serving = new App(ConfigLoader.load(null, data, env), parent.clock())) {
                AccountImport importer = importing.accountImport();
                importer.importFolder(first, false);
                serving.ingestConfiguredHelpCenter();
                out.printf("database: %s; importing %,d rows while answering and looking up accounts%n",
                        importing.database().vendor().name().toLowerCase(java.util.Locale.ROOT),
                        written.total() - written.accounts());
                out.flush();

                // Warm up first (language detector, index, JIT): the figures are about the import, not start-up.
                for (int i = 0; i < 20; i++) {
                    serving.assistant().handle(new Inbound(Caller.customer("warm-up", "bench"),
                            ChannelKind.CUSTOMER_FACING, "C-bench", "How do I export my contacts?"));
                    serving.health().find(String.format("ACC-%05d", 1 + i), end);
                }
                long started = System.nanoTime();
                CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(
                        () -> importer.importFolder(rest, false));
                List<Double> answers = new ArrayList<>();
                List<Double> lookUps = new ArrayList<>();
                int errors = 0;
                String firstError = null;
                for (int i = 0; !running.isDone(); i++) {
                    long t = System.nanoTime();
                    try {
                        serving.assistant().handle(new Inbound(Caller.customer("visitor-" + i, "bench"),
                                ChannelKind.CUSTOMER_FACING, "C-bench", "How do I export my contacts?"));
                        answers.add((System.nanoTime() - t) / 1e6);
                        t = System.nanoTime();
                        serving.health().find(String.format("ACC-%05d", 1 + i % accounts), end);
                        lookUps.add((System.nanoTime() - t) / 1e6);
                    } catch (RuntimeException e) {
                        errors++;
                        firstError = firstError == null ? e.toString() : firstError;
                    }
                }
                ImportReport report = running.get();
                double seconds = (System.nanoTime() - started) / 1e9;
                out.printf("import: %,d rows in %.1f s (%,d rows/s)%s%n", report.rows(), seconds,
                        Math.round(report.rows() / seconds), report.anyRejected() ? " REJECTED" : "");
                out.printf("answers during the import: %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", answers.size(),
                        percentile(answers, 50), percentile(answers, 99), percentile(answers, 100));
                out.printf("account look-ups during the import: %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                        lookUps.size(), percentile(lookUps, 50), percentile(lookUps, 99), percentile(lookUps, 100));
                out.printf("errors: %d%s%n", errors, firstError == null ? "" : " (first: " + firstError + ")");
                out.flush();
                return errors == 0 ? 0 : 1;
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1 < 0 ? 0
                : (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
