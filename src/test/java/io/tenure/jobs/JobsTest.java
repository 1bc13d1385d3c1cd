package io.tenure.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenure.storage.Database;
import io.tenure.support.TestDatabases;
import io.tenure.support.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** db-scheduler on the real SQLite file: rows join the caller's transaction, run once, retry with backoff. */
class JobsTest {
    private static final Duration FAST = Duration.ofMillis(100);

    @TempDir
    Path data;

    @Test
    void aRowAddedInATransactionThatRollsBackDoesNotExist() {
        Database database = TestDatabases.open(data);
        try (Jobs jobs = new Jobs(database.dataSource(), FAST)) {
            assertThatThrownBy(() -> database.jdbi().useTransaction(h -> {
                h.execute("INSERT INTO question (asked_at, user_id, channel_kind, platform, language, text, "
                        + "abstained, cited_articles) VALUES ('2026-01-01T00:00:00Z', 'u', 'direct', 'cli', 'en', 'q', FALSE, '')");
                jobs.enqueue(h, "note", "rolled back");
                throw new IllegalStateException("the change failed");
            })).hasMessageContaining("the change failed");

            database.jdbi().useTransaction(h -> jobs.enqueue(h, "note", "committed"));

            assertThat(jobs.pending("note")).isEqualTo(1);
            int questions = database.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM question")
                    .mapTo(Integer.class).one());
            assertThat(questions).isZero();
        }
    }

    @Test
    void twoSchedulersOnOneFileRunEachRowOnce() {
        Database database = TestDatabases.open(data);
        List<String> ran = new CopyOnWriteArrayList<>();
        var task = Jobs.oneTime("note", Jobs.Retries.DEFAULT, ran::add, data -> { });
        try (Jobs first = new Jobs(TestDatabases.open(data).dataSource(), FAST);
             Jobs second = new Jobs(TestDatabases.open(data).dataSource(), FAST)) {
            for (int i = 0; i < 20; i++) {
                String text = "note " + i;
                database.jdbi().useTransaction(h -> first.enqueue(h, "note", text));
            }
            first.start(List.of(task));
            second.start(List.of(task));

            Eventually.until(Duration.ofSeconds(20), "all 20 rows worked", () -> ran.size() >= 20);
            Eventually.until(Duration.ofSeconds(5), "no row left", () -> first.pending("note") == 0);
        }
        assertThat(ran).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void aFailingRowIsRetriedWithGrowingPausesAndThenGivenUp() {
        Database database = TestDatabases.open(data);
        List<Long> attempts = new CopyOnWriteArrayList<>();
        AtomicInteger gaveUp = new AtomicInteger();
        var task = Jobs.oneTime("flaky", new Jobs.Retries(Duration.ofMillis(200), 3), text -> {
            attempts.add(System.nanoTime());
            throw new IllegalStateException("the platform is down");
        }, text -> gaveUp.incrementAndGet());
        try (Jobs jobs = new Jobs(database.dataSource(), Duration.ofMillis(50))) {
            jobs.enqueue("flaky", "card d-1");
            jobs.start(List.of(task));

            Eventually.until(Duration.ofSeconds(20), "given up", () -> gaveUp.get() == 1);
            assertThat(jobs.pending("flaky")).isZero();
        }
        assertThat(attempts).hasSize(4);
        long firstPause = attempts.get(1) - attempts.get(0);
        long lastPause = attempts.get(3) - attempts.get(2);
        assertThat(Duration.ofNanos(firstPause)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(lastPause).isGreaterThan(firstPause);
    }
}
