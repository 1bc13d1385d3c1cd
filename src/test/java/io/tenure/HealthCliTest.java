package io.tenure;

import io.tenure.support.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.health.AccountFiles;
import io.tenure.health.HealthBed;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The health commands through the real command line. */
class HealthCliTest {
    @TempDir
    Path dir;

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine(new Main().withEnvironment(TestDatabases.environmentFor(args), HealthBed.CLOCK));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void anImportWithARejectedFileExitsNonZeroNamingTheRowAndStillImportsTheOthers() {
        Path csv = new AccountFiles(dir.resolve("csv")).account("A1").login("A1", "2026-11-20T08:00:00Z")
                .nps("A1", "2026-11-02", 12).write();

        int code = run("--data", dir.resolve("data").toString(), "accounts", "import", csv.toString());

        assertThat(code).isNotZero();
        assertThat(out.toString()).contains("accounts.csv: 1 row imported").contains("activity.csv: 1 row imported")
                .contains("nps.csv: rejected, nothing written");
        assertThat(err.toString()).contains("nps.csv line 2, column score: out of range 0–10: 12");
    }

    @Test
    void riskJsonListsEveryAccountWithAFiredRuleInTheDocumentedShape() throws Exception {
        Path csv = new AccountFiles(dir.resolve("csv")).account("A1").login("A1", "2026-11-01T08:00:00Z")
                .account("A2").login("A2", "2026-11-21T08:00:00Z").write();
        assertThat(run("--data", dir.resolve("data").toString(), "accounts", "import", csv.toString())).isZero();
        out.getBuffer().setLength(0);

        int code = run("--data", dir.resolve("data").toString(), "risk", "--as-of", "2026-11-21", "--json");

        assertThat(code).isZero();
        JsonNode list = new ObjectMapper().readTree(out.toString());
        assertThat(list).hasSize(1);
        JsonNode first = list.get(0);
        assertThat(first.fieldNames()).toIterable()
                .containsExactly("account_id", "name", "score", "band", "status", "mrr", "reasons");
        assertThat(first.get("account_id").asText()).isEqualTo("A1");
        assertThat(first.get("reasons").get(0).fieldNames()).toIterable().containsExactly("rule", "detail");
        assertThat(first.get("reasons").get(0).get("detail").asText())
                .isEqualTo("last login 20 days ago, on 2026-11-01");
    }

    @Test
    void riskJsonHoldsOnlyRedAndYellowCustomersUnlessAllIsAsked() throws Exception {
        // given a yellow account, a green one where a rule fired (a low NPS) and one cancelled 30 days ago
        AccountFiles files = new AccountFiles(dir.resolve("csv")).account("YELLOW").login("YELLOW", "2026-11-01T08:00:00Z")
                .account("GREEN").nps("GREEN", "2026-11-15", 5)
                .account("GONE", "100", "2026-01-01", "", "cancelled", "2026-10-22", "price");
        for (String feature : java.util.List.of("reports", "exports", "alerts", "billing", "api")) {
            files.featureUse("GREEN", "2026-11-20T08:00:00Z", feature).featureUse("GREEN", "2026-11-01T08:00:00Z", feature);
        }
        files.login("GREEN", "2026-11-21T08:00:00Z");
        assertThat(run("--data", dir.resolve("data").toString(), "accounts", "import", files.write().toString())).isZero();
        out.getBuffer().setLength(0);

        run("--data", dir.resolve("data").toString(), "risk", "--as-of", "2026-11-21", "--json");
        JsonNode atRisk = new ObjectMapper().readTree(out.toString());
        out.getBuffer().setLength(0);
        run("--data", dir.resolve("data").toString(), "risk", "--as-of", "2026-11-21", "--json", "--all");
        JsonNode all = new ObjectMapper().readTree(out.toString());

        assertThat(atRisk.findValuesAsText("account_id")).containsExactly("YELLOW");
        assertThat(all.findValuesAsText("account_id")).containsExactly("YELLOW", "GREEN", "GONE");
        assertThat(all.findValuesAsText("status")).containsExactly("active", "active", "cancelled");
        assertThat(all.findValuesAsText("band")).containsExactly("yellow", "green", "red");
    }

    @Test
    void riskWithALimitSaysHowManyMoreThereAre() {
        Path csv = new AccountFiles(dir.resolve("csv")).account("A1").login("A1", "2026-11-01T08:00:00Z")
                .account("A2").login("A2", "2026-11-02T08:00:00Z").write();
        assertThat(run("--data", dir.resolve("data").toString(), "accounts", "import", csv.toString())).isZero();
        out.getBuffer().setLength(0);

        run("--data", dir.resolve("data").toString(), "risk", "--as-of", "2026-11-21", "--limit", "1");

        assertThat(out.toString()).contains("A1").doesNotContain("A2 ").contains("1 of 2 shown; --limit 2 for all.");
    }

    @Test
    void accountOfAnUnknownIdIsAnExplainedError() {
        int code = run("--data", dir.resolve("data").toString(), "account", "NOPE", "--as-of", "2026-11-21");

        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("no account with id NOPE");
    }

    @Test
    void aRiskLimitBelowOneIsRefusedRatherThanReportingNoRisk() {
        // given: an account that is at risk
        Path csv = new AccountFiles(dir.resolve("csv")).account("A1").login("A1", "2026-11-01T08:00:00Z").write();
        assertThat(run("--data", dir.resolve("data").toString(), "accounts", "import", csv.toString())).isZero();
        out.getBuffer().setLength(0);

        // when
        int code = run("--data", dir.resolve("data").toString(), "risk", "--as-of", "2026-11-21", "--limit", "-1");

        // then
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--limit must be a positive number, got -1");
        assertThat(out.toString()).doesNotContain("No account is at risk");
    }

    @Test
    void demoDataToAPathThatIsAFileIsAnExplainedErrorNotAStackTrace() throws Exception {
        // given
        Path file = java.nio.file.Files.writeString(dir.resolve("not-a-folder"), "x");

        // when
        int code = run("--data", dir.resolve("data").toString(), "demo-data", "--accounts", "2", "--days", "2",
                "--out", file.toString());

        // then
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("tenure: cannot write demo data to " + file)
                .contains("FileAlreadyExistsException").doesNotContain("\tat ");
    }
}
