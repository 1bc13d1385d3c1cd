package io.tenure.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.support.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replica renews the claims it is still answering, in the background, and stops when its claims are
 * closed: after that nothing of it touches the database (which, for a test, is deleted next).
 */
class ClaimTableTest {
    private static final Duration RENEW_EVERY = Duration.ofMillis(20);

    @TempDir
    Path dir;

    /** A clock a second later at every reading, so each renewal writes a later lease than the one before. */
    private static final class Ticking extends Clock {
        private final AtomicLong millis = new AtomicLong(Instant.parse("2026-12-02T10:00:00Z").toEpochMilli());

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.addAndGet(1000));
        }
    }

    private static long leaseOf(Database database, String eventId) {
        return database.jdbi().withHandle(h -> h.select("SELECT lease_until FROM slack_event WHERE event_id = ?", eventId)
                .mapTo(Long.class).one());
    }

    private static void waitUntilRenewed(Database database, String eventId, long lease) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (leaseOf(database, eventId) == lease) {
            assertThat(System.nanoTime()).as("renewed within 10 s").isLessThan(deadline);
            Thread.sleep(RENEW_EVERY.toMillis());
        }
    }

    @Test
    void aClaimBeingAnsweredIsRenewedUntilTheClaimsAreClosedAndNotAfter() throws Exception {
        try (Database database = TestDatabases.open(dir)) {
            ClaimTable claims = new ClaimTable(database.jdbi(), ClaimTable.Table.SLACK_EVENT, new Ticking(),
                    "replica-a", RENEW_EVERY);
            assertThat(claims.claim("Ev1")).isTrue();
            long claimed = leaseOf(database, "Ev1");

            waitUntilRenewed(database, "Ev1", claimed);
            claims.close();
            long atClose = leaseOf(database, "Ev1");
            Thread.sleep(RENEW_EVERY.multipliedBy(10).toMillis());

            assertThat(atClose).isGreaterThan(claimed);
            assertThat(leaseOf(database, "Ev1")).isEqualTo(atClose);
        }
    }

    @Test
    void aClaimTakenAfterTheClaimsWereClosedIsNotRenewed() throws Exception {
        try (Database database = TestDatabases.open(dir)) {
            ClaimTable claims = new ClaimTable(database.jdbi(), ClaimTable.Table.SLACK_EVENT, new Ticking(),
                    "replica-a", RENEW_EVERY);
            claims.close();

            assertThat(claims.claim("Ev2")).isTrue();
            long claimed = leaseOf(database, "Ev2");
            Thread.sleep(RENEW_EVERY.multipliedBy(10).toMillis());

            assertThat(leaseOf(database, "Ev2")).isEqualTo(claimed);
        }
    }
}
