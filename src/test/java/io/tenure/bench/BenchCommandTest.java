package io.tenure.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.TenureCli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks live apart from the production classes but still run through the same command line. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void benchListsItsMeasurementsWhenTheBenchClassesArePresent() {
        TenureCli cli = new TenureCli();

        int code = cli.run("bench", "--help");

        assertThat(code).isZero();
        assertThat(cli.out()).contains("health").contains("slack-ack");
    }

    @Test
    void benchHealthGeneratesImportsAndScoresASmallSetAndReportsItsFigures() throws Exception {
        TenureCli cli = new TenureCli();

        int code = cli.run("--data", dir.resolve("data").toString(), "bench", "health", "--accounts", "20", "--days",
                "5", "--work", dir.resolve("work").toString(), "--json");

        assertThat(code).as(cli.err()).isZero();
        String[] lines = cli.out().strip().split("\n");
        JsonNode figures = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(figures.get("accounts").asInt()).isEqualTo(20);
        assertThat(figures.get("import_rows_per_s").asLong()).isPositive();
    }
}
