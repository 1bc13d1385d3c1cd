package io.tenure.chat.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.App;
import io.tenure.TenureCli;
import io.tenure.alerts.OwnerAlertJobs;
import io.tenure.assistant.AccountAlert;
import io.tenure.config.ConfigLoader;
import io.tenure.health.AccountFiles;
import io.tenure.health.Band;
import io.tenure.health.HealthBed;
import io.tenure.health.HealthScore;
import io.tenure.health.scoring.ScoreHistory;
import io.tenure.support.TestDatabases;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Owner alerts at the console ({@code tenure chat}): the console has no direct messages, so the person at it
 * sees each alert once, on the internal channel (stderr), whatever {@code alerts} they chose.
 */
class ConsoleOwnerAlertsTest {
    static final LocalDate DAY = LocalDate.parse("2026-11-21");

    @TempDir
    Path dir;

    private Path config() throws Exception {
        Path config = dir.resolve("tenure.yaml");
        Files.writeString(config, """
                health: {demo_on_first_run: false}
                roles: {manager: [ana]}
                """);
        return config;
    }

    private TenureCli chat(Path config, String input) {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            TenureCli cli = new TenureCli(TestDatabases.environment(dir.resolve("data")));
            int code = cli.run("--config", config.toString(), "--data", dir.resolve("data").toString(), "chat", "--as",
                    "ana");
            assertThat(code).as(cli.err()).isZero();
            return cli;
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void anOwnerWhoChoseEveryAlertAtTheConsoleSeesAnAccountTurningRedOnceOnTheInternalChannel() throws Exception {
        Path config = config();
        TenureCli chose = chat(config, "alerts all\n");
        // GHOST, owned by the person at the console, never logged in: red (32) on the day, yellow the day before.
        Path csv = new AccountFiles(dir.resolve("csv"))
                .raw("accounts.csv", "GHOST,Ghost Ltd,team,100,USD,5,2026-01-01,2027-06-01,ana@example.com,"
                        + "ops@ghost.example.com,en,active,,")
                .milestone("GHOST", "kickoff", "2026-01-08", "").write();
        TenureCli imported = new TenureCli(TestDatabases.environment(dir.resolve("data")));
        assertThat(imported.run("--config", config.toString(), "--data", dir.resolve("data").toString(), "accounts",
                "import", csv.toString())).as(imported.err()).isZero();
        App app = new App(ConfigLoader.load(config, dir.resolve("data"), TestDatabases.environment(dir.resolve("data"))),
                HealthBed.CLOCK);
        try {
            long key = app.database().jdbi().withHandle(h -> h.createQuery("SELECT key FROM account WHERE id = 'GHOST'")
                    .mapTo(Long.class).one());
            app.health().history().save(DAY.minusDays(1), List.of(new ScoreHistory.Entry(key,
                    new HealthScore("GHOST", DAY.minusDays(1), 45, Band.YELLOW, List.of()))), false);
            assertThat(app.ownerAlerts().evaluate(DAY)).isEqualTo(1);
        } finally {
            app.close();
        }

        TenureCli console = chat(config, "");

        assertThat(chose.out()).contains("your alerts are all", "console has no direct messages from Tenure");
        assertThat(Pattern.compile("turned red").matcher(console.err()).results().count()).as(console.err()).isOne();
        assertThat(console.err().lines().filter(line -> line.contains("turned red")))
                .allMatch(line -> line.startsWith(ConsoleStaffAlerts.MARK));
        assertThat(console.err()).contains(ConsoleStaffAlerts.MARK + "Next: "
                        + AccountAlert.commandOf(AccountAlert.OPEN_ACCOUNT, "GHOST"))
                .doesNotContain("not found on console").doesNotContain("UnsupportedOperationException");
        assertThat(console.out()).doesNotContain("turned red");
    }

    @Test
    void onTheEmbeddedDefaultTheConsoleEvaluatesTheOwnerAlertsAnImportAskedForWithoutASchedulerWarning()
            throws Exception {
        Path config = config();
        Path csv = new AccountFiles(dir.resolve("csv"))
                .raw("accounts.csv", "GHOST,Ghost Ltd,team,100,USD,5,2026-01-01,2027-06-01,ana@example.com,"
                        + "ops@ghost.example.com,en,active,,")
                .milestone("GHOST", "kickoff", "2026-01-08", "").write();
        TenureCli imported = new TenureCli(TestDatabases.environment(dir.resolve("data")));
        assertThat(imported.run("--config", config.toString(), "--data", dir.resolve("data").toString(), "accounts",
                "import", csv.toString())).as(imported.err()).isZero();
        assertThat(evaluationsWaiting(config)).as("the import asks for an evaluation").isOne();

        TenureCli console = chat(config, "");

        assertThat(console.err()).doesNotContain("Failed to find implementation").doesNotContain("WARN");
        assertThat(evaluationsWaiting(config)).as("the console worked it").isZero();
    }

    private long evaluationsWaiting(Path config) {
        App app = new App(ConfigLoader.load(config, dir.resolve("data"), TestDatabases.environment(dir.resolve("data"))),
                HealthBed.CLOCK);
        try {
            return app.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = :task")
                    .bind("task", OwnerAlertJobs.EVALUATE).mapTo(Long.class).one());
        } finally {
            app.close();
        }
    }
}
