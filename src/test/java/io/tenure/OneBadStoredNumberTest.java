package io.tenure;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.health.AccountFiles;
import io.tenure.health.HealthBed;
import io.tenure.storage.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A database written before imports refused non-finite amounts may hold an MRR of Infinity (issue 13,
 * item 3): risk, digest and summary --top still work for everyone, through the real command line.
 */
class OneBadStoredNumberTest {
    @TempDir
    Path dir;

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = Main.commandLine(new Main().withEnvironment(Map.of(), HealthBed.CLOCK));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    /** Given two accounts at risk, one of which has an MRR of Infinity stored by an older version. */
    @BeforeEach
    void storeInfinity() {
        Path csv = new AccountFiles(dir.resolve("csv")).account("A1").login("A1", "2026-11-01T08:00:00Z")
                .account("A2").login("A2", "2026-11-02T08:00:00Z")
                .payment("A1", "2026-11-01T03:00:00Z", "failed").write();
        assertThat(run("--data", data(), "accounts", "import", csv.toString())).isZero();
        Database.open(dir.resolve("data")).jdbi().useHandle(h -> {
            h.execute("UPDATE account SET mrr = 9e999 WHERE id = 'A1'");
            h.execute("UPDATE payment SET amount = 9e999");
        });
    }

    @Test
    void riskStillListsEveryAccountAtRisk() {
        int code = run("--data", data(), "risk", "--as-of", "2026-11-21");

        assertThat(code).as("%s", err).isZero();
        assertThat(out.toString()).contains("A1").contains("A2");
    }

    @Test
    void theDigestIsStillBuilt() {
        int code = run("--data", data(), "digest", "--as-of", "2026-11-21");

        assertThat(code).as("%s", err).isZero();
        assertThat(out.toString()).contains("MRR at risk");
    }

    @Test
    void summaryOfTheTopAccountsStillWorks() {
        int code = run("--data", data(), "summary", "--top", "2", "--as-of", "2026-11-21");

        assertThat(code).as("%s", err).isZero();
        assertThat(out.toString()).contains("A1").contains("A2");
    }
}
