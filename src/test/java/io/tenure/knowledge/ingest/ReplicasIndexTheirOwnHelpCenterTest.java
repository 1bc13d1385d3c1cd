package io.tenure.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.App;
import io.tenure.config.ConfigLoader;
import io.tenure.knowledge.Answer;
import io.tenure.support.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas on one database, each with its own data folder and index, configured with the same
 * {@code kb.dir}: the record of what an index holds lives in the index (Lucene's commit user data), so a
 * replica never takes another one's ingest for its own and stays stale.
 */
class ReplicasIndexTheirOwnHelpCenterTest {
    @TempDir
    Path dir;

    private App first;
    private App second;

    @AfterEach
    void close() {
        for (App app : new App[]{first, second}) {
            if (app != null) {
                app.close();
            }
        }
    }

    private App replica(String name, Path kb) {
        Path shared = dir.resolve("shared-database");
        Map<String, String> env = new HashMap<>(TestDatabases.environment(shared));
        if (!TestDatabases.postgresql()) {
            env.put("TENURE_DATABASE_URL", "jdbc:sqlite:" + shared.resolve("tenure.db").toAbsolutePath());
        }
        env.put("TENURE_KB_DIR", kb.toString());
        return new App(ConfigLoader.load(null, dir.resolve(name), env), Clock.systemUTC());
    }

    private static Answer ask(App app, String question) {
        return app.knowledge().answer(question);
    }

    @Test
    void changingAnArticleMakesEachReplicaReindexItsOwnIndexOnItsNextCheck() throws IOException {
        Path kb = Files.createDirectories(dir.resolve("kb"));
        Files.writeString(kb.resolve("trial.en.md"), "# Free trial\n\n## Length\nThe free trial lasts 30 days.\n");
        Files.writeString(kb.resolve("refunds.en.md"), "# Refunds\n\n## Annual plans\nAnnual plans are refunded "
                + "pro rata within 30 days of renewal.\n");
        Files.createDirectories(dir.resolve("shared-database"));
        first = replica("replica-a", kb);
        second = replica("replica-b", kb);

        IngestReport firstStart = first.ingestConfiguredHelpCenter();
        IngestReport secondStart = second.ingestConfiguredHelpCenter();

        assertThat(firstStart.changed()).containsExactlyInAnyOrder("trial.en.md", "refunds.en.md");
        assertThat(secondStart.changed()).as("the other replica's ingest is not this index's")
                .containsExactlyInAnyOrder("trial.en.md", "refunds.en.md");

        Files.writeString(kb.resolve("trial.en.md"), "# Free trial\n\n## Length\nThe free trial lasts 45 days.\n");
        IngestReport firstCheck = first.ingestConfiguredHelpCenter();
        IngestReport secondCheck = second.ingestConfiguredHelpCenter();

        for (IngestReport check : new IngestReport[]{firstCheck, secondCheck}) {
            assertThat(check.changed()).containsExactly("trial.en.md");
            assertThat(check.unchanged()).isEqualTo(1);
        }
        for (App replica : new App[]{first, second}) {
            assertThat(ask(replica, "How long does the free trial last?").citations().get(0).passage())
                    .contains("45 days").doesNotContain("30 days");
        }
        assertThat(first.ingestConfiguredHelpCenter().changed()).as("a check with nothing new reads no file again")
                .isEmpty();
    }

    @Test
    void theRecordTravelsWithTheIndexSoAnIndexDeletedByHandIsRebuilt() throws IOException {
        Path kb = Files.createDirectories(dir.resolve("kb"));
        Files.writeString(kb.resolve("trial.en.md"), "# Free trial\n\n## Length\nThe free trial lasts 30 days.\n");
        Files.createDirectories(dir.resolve("shared-database"));
        first = replica("replica-a", kb);
        first.ingestConfiguredHelpCenter();
        first.close();
        deleteRecursively(dir.resolve("replica-a").resolve("index"));

        first = replica("replica-a", kb);
        IngestReport afterLoss = first.ingestConfiguredHelpCenter();

        assertThat(afterLoss.changed()).containsExactly("trial.en.md");
        assertThat(ask(first, "How long does the free trial last?").abstained()).isFalse();
    }

    private static void deleteRecursively(Path path) throws IOException {
        try (var files = Files.walk(path)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
