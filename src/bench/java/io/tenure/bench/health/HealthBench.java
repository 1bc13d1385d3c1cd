package io.tenure.bench.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.App;
import io.tenure.Main;
import io.tenure.UserError;
import io.tenure.config.ConfigLoader;
import io.tenure.health.AccountHealth;
import io.tenure.health.demo.DemoAccounts;
import io.tenure.health.importing.ImportReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tenure bench health}: generates demo accounts, imports them into a fresh database in a
 * scratch folder (never the user's data), scores every account, then rescores single accounts after a
 * new login. Figures go to the README.
 */
@Command(name = "health", description = "Generate, import and score accounts; report import rows/s, the time "
        + "to score all accounts and to rescore one after a new event.")
public final class HealthBench implements Callable<Integer> {
    private static final int RESCORES = 50;

    @Spec
    CommandSpec spec;

    @Option(names = "--accounts", defaultValue = "10000", description = "Accounts (default ${DEFAULT-VALUE}).")
    int accounts;

    @Option(names = "--days", defaultValue = "90", description = "Days of signals (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a new temporary folder, "
            + "deleted afterwards).")
    Path work;

    @Option(names = "--database-url", paramLabel = "URL", description = "Measure on this PostgreSQL database "
            + "(jdbc:postgresql://…; it must be empty: the bench fills it) instead of a scratch SQLite file; "
            + "user and password from TENURE_DATABASE_USERNAME / TENURE_DATABASE_PASSWORD.")
    String databaseUrl;

    @Option(names = "--json", description = "Print {accounts, activity_rows, import_rows_per_s, score_all_ms, "
            + "rescore_one_ms} last.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (accounts < 1 || days < 1) {
            throw new UserError("--accounts and --days must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("tenure-bench") : work;
        Path csv = dir.resolve("csv");
        Path data = dir.resolve("data");
        if (Files.exists(data.resolve("tenure.db"))) {
            throw new UserError(data + " already holds a database; give an empty --work folder");
        }
        LocalDate end = LocalDate.of(2026, 11, 20);
        try {
            long t0 = System.nanoTime();
            DemoAccounts.Written written = DemoAccounts.write(accounts, days, seed, end, csv);
            out.printf("generated %d accounts, %d activity rows, %d rows in all in %.1f s%n", written.accounts(),
                    written.activity(), written.total(), seconds(t0));
            out.flush();

            App parent = Main.app(spec);
            Map<String, String> env = new java.util.HashMap<>();
            if (databaseUrl != null && !databaseUrl.isBlank()) {
                env.put("TENURE_DATABASE_URL", databaseUrl);
                for (String secret : List.of("TENURE_DATABASE_USERNAME", "TENURE_DATABASE_PASSWORD")) {
                    String value = System.getenv(secret);
                    if (value != null) {
                        env.put(secret, value);
                    }
                }
            }
            try (App app = new App(ConfigLoader.load(null, data, env), parent.clock())) {
                if (!app.accountDataPresence().untouched()) {
                    throw new UserError(app.database().description() + " already holds accounts; the bench needs an "
                            + "empty database");
                }
                out.printf("database: %s (%s)%n", app.database().vendor().name().toLowerCase(java.util.Locale.ROOT),
                        app.database().description());
                long cpu1 = cpuNanos();
                long t1 = System.nanoTime();
                ImportReport report = app.accountImport().importFolder(csv, System.console() != null);
                double importSeconds = seconds(t1);
                if (report.anyRejected()) {
                    throw new UserError("the generated files were rejected: " + report.files());
                }
                long rowsPerSecond = Math.round(report.rows() / importSeconds);
                out.printf("imported %d rows in %.1f s: %,d rows/s (%.1f s of CPU)%n", report.rows(), importSeconds,
                        rowsPerSecond, (cpuNanos() - cpu1) / 1e9);
                out.flush();

                long cpu2 = cpuNanos();
                long t2 = System.nanoTime();
                List<AccountHealth> all = app.health().scoreAll(end);
                long scoreAllMs = Math.round((System.nanoTime() - t2) / 1e6);
                out.printf("scored %d accounts (and saved the day's history) in %d ms (%.1f s of CPU)%n", all.size(),
                        scoreAllMs, (cpuNanos() - cpu2) / 1e9);

                double rescoreMs = rescoreOne(app, all, end, dir.resolve("logins"));
                out.printf("rescored one account after a new login in %.2f ms (median of %d)%n", rescoreMs, RESCORES);
                if (json) {
                    Map<String, Object> result = new LinkedHashMap<>();
                    result.put("database", app.database().vendor().name().toLowerCase(java.util.Locale.ROOT));
                    result.put("accounts", written.accounts());
                    result.put("activity_rows", written.activity());
                    result.put("import_rows_per_s", rowsPerSecond);
                    result.put("score_all_ms", scoreAllMs);
                    result.put("rescore_one_ms", Math.round(rescoreMs * 100) / 100.0);
                    out.println(new ObjectMapper().writeValueAsString(result));
                }
                out.flush();
            }
        } finally {
            if (temporary) {
                deleteTree(dir);
            }
        }
        return 0;
    }

    /**
     * Median time to compute one random account's score again after a new login, which arrives as
     * exports do: a one-row activity.csv through the import (not timed).
     */
    private static double rescoreOne(App app, List<AccountHealth> all, LocalDate end, Path logins) throws IOException {
        Random random = new Random(42);
        List<Double> times = new ArrayList<>();
        Instant at = end.atTime(23, 0).toInstant(ZoneOffset.UTC);
        Files.createDirectories(logins);
        for (int i = 0; i < RESCORES; i++) {
            String id = all.get(random.nextInt(all.size())).account().id();
            Files.writeString(logins.resolve("activity.csv"), "account_id,occurred_at,kind,user,feature\n"
                    + id + "," + at.plusSeconds(i) + ",login,bench,\n");
            ImportReport login = app.accountImport().importFolder(logins, false);
            if (login.anyRejected()) {
                throw new IllegalStateException("the bench's login was rejected: " + login.files());
            }
            long t = System.nanoTime();
            app.health().find(id, end);
            times.add((System.nanoTime() - t) / 1e6);
        }
        times.sort(Comparator.naturalOrder());
        return times.get(times.size() / 2);
    }

    /**
     * CPU time of this process (SQLite runs in-process), printed next to wall times because the
     * machine may be shared: wall time then says more about the neighbours than about Tenure.
     */
    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
