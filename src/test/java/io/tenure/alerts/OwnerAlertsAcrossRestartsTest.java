package io.tenure.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.App;
import io.tenure.TenureCli;
import io.tenure.config.ConfigLoader;
import io.tenure.health.AccountFiles;
import io.tenure.health.Band;
import io.tenure.health.HealthBed;
import io.tenure.health.HealthScore;
import io.tenure.health.scoring.ScoreHistory;
import io.tenure.support.FakeSlackApi;
import io.tenure.support.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Owner alerts as {@code tenure serve} runs them, from configuration: {@code tenure accounts import} leaves a row
 * to evaluate the day, the serving App works it and posts the alert to Slack; a new App on the same database (a
 * restart) evaluating the same day again sends nothing more.
 */
class OwnerAlertsAcrossRestartsTest {
    static final LocalDate DAY = LocalDate.parse("2026-11-21");
    static final String ALERTS = "CALERTS";

    @TempDir
    Path dir;
    private final FakeSlackApi slack = new FakeSlackApi();

    @AfterEach
    void stop() {
        slack.close();
    }

    private Path config() throws Exception {
        Path config = dir.resolve("tenure.yaml");
        Files.writeString(config, """
                health: {demo_on_first_run: false}
                http: {host: 127.0.0.1, port: 0}
                slack:
                  api_base_url: %s
                  alerts_channel: %s
                """.formatted(slack.apiBaseUrl(), ALERTS));
        return config;
    }

    private Map<String, String> environment() {
        return TestDatabases.environment(dir.resolve("data"), Map.of("SLACK_BOT_TOKEN", "xoxb-test-000000000000-abcdef",
                "SLACK_SIGNING_SECRET", "test-signing-secret"));
    }

    private App serving(Path config) {
        App app = new App(ConfigLoader.load(config, dir.resolve("data"), environment()), HealthBed.CLOCK);
        app.chatAdapters();
        app.startJobs(true);
        return app;
    }

    private List<FakeSlackApi.Call> redAlerts() {
        return slack.calls("chat.postMessage").stream()
                .filter(c -> c.param("channel").equals(ALERTS) && c.param("text").contains("turned red")).toList();
    }

    @Test
    void anImportLeadsToOneAlertAndARestartEvaluatingTheSameDaySendsNothingMore() throws Exception {
        Path config = config();
        // GHOST never logged in: red (32) as of the day; it was yellow the day before.
        Path csv = new AccountFiles(dir.resolve("csv"))
                .raw("accounts.csv", "GHOST,Ghost Ltd,team,100,USD,5,2026-01-01,2027-06-01,ana@example.com,"
                        + "ops@ghost.example.com,en,active,,")
                .milestone("GHOST", "kickoff", "2026-01-08", "").write();
        TenureCli cli = new TenureCli(environment());
        assertThat(cli.run("--config", config.toString(), "--data", dir.resolve("data").toString(), "accounts",
                "import", csv.toString())).as(cli.err()).isZero();

        App first = new App(ConfigLoader.load(config, dir.resolve("data"), environment()), HealthBed.CLOCK);
        try {
            long key = first.database().jdbi().withHandle(h -> h.createQuery("SELECT key FROM account WHERE id = 'GHOST'")
                    .mapTo(Long.class).one());
            first.health().history().save(DAY.minusDays(1), List.of(new ScoreHistory.Entry(key,
                    new HealthScore("GHOST", DAY.minusDays(1), 45, Band.YELLOW, List.of()))), false);
            // The row the import left is worked once the process serves.
            assertThat(first.jobs().pending(OwnerAlertJobs.EVALUATE)).isEqualTo(1);
            first.chatAdapters();
            first.startJobs(true);
            slack.await(c -> c.method().equals("chat.postMessage") && c.param("text").contains("turned red"), 1);
        } finally {
            first.close();
        }
        assertThat(redAlerts()).singleElement().satisfies(alert -> assertThat(alert.param("text"))
                .contains("GHOST Ghost Ltd", "Score 32 (red)", "ana@example.com was not found on slack"));

        App restarted = serving(config);
        try {
            assertThat(restarted.ownerAlerts().evaluate(DAY)).isZero();
            OwnerAlertJobs.evaluateLater(restarted.jobs(), DAY);
            restarted.jobs().awaitIdle(List.of(OwnerAlertJobs.EVALUATE, OwnerAlertJobs.DELIVER), Duration.ofSeconds(30));
        } finally {
            restarted.close();
        }
        assertThat(redAlerts()).hasSize(1);
    }

    @Test
    void alertsUnresolvedListsTheOwnersSlackDoesNotKnow() throws Exception {
        Path config = config();
        slack.addUser("UANA", "ana@example.com");
        Path csv = new AccountFiles(dir.resolve("csv"))
                .raw("accounts.csv", "A-1,One,team,100,USD,5,2026-01-01,2027-06-01,Ana@example.com,a@one.example,en,active,,")
                .raw("accounts.csv", "A-2,Two,team,100,USD,5,2026-01-01,2027-06-01,gone@example.com,a@two.example,en,active,,")
                .raw("accounts.csv", "A-3,Three,team,100,USD,5,2026-01-01,2027-06-01,left@example.com,a@three.example,en,"
                        + "cancelled,2026-10-01,price")
                .write();
        TenureCli cli = new TenureCli(environment());
        String data = dir.resolve("data").toString();
        assertThat(cli.run("--config", config.toString(), "--data", data, "accounts", "import", csv.toString())).isZero();

        TenureCli unresolved = new TenureCli(environment());
        assertThat(unresolved.run("--config", config.toString(), "--data", data, "alerts", "unresolved")).isZero();

        assertThat(unresolved.out()).contains("slack: 1 owner not found", "• gone@example.com")
                .doesNotContain("ana@example.com", "left@example.com");
    }
}
