package io.tenure.storage;

import io.tenure.chat.EventClaims;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chat events (a Slack event, a Discord message) taken up for an answer, with a lease: the first replica
 * to claim an event answers it, every other delivery (Slack's retry, the same event at several replicas)
 * is refused while the claim holds, and the claim is marked answered once the reply is posted. A replica
 * that dies mid-answer stops renewing its lease; when it runs out, the next delivery of the event (Slack
 * retries after a minute) takes the claim over and answers. Each statement decides on its own (an insert
 * that loses on the key, an update guarded by the lease), so this holds on SQLite and PostgreSQL alike.
 */
public final class ClaimTable implements EventClaims {
    /** Slack retries after about a minute: a dead replica's claim must have run out by then. */
    public static final Duration LEASE = Duration.ofSeconds(30);
    /** Claims are renewed well before they run out, so a slow answer (a model taking 20 s) keeps its claim. */
    private static final Duration RENEW_EVERY = LEASE.dividedBy(3);
    /** Retries come within an hour; a week of ids is plenty and keeps the table small. */
    private static final Duration KEPT = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(ClaimTable.class);

    /** The tables that hold claims: each chat platform has its own, keyed by the platform's event id. */
    public enum Table {
        SLACK_EVENT("slack_event", "event_id", "received_at"),
        DISCORD_MESSAGE("discord_answered_message", "message_id", "taken_at");

        private final String name;
        private final String key;
        private final String receivedAt;

        Table(String name, String key, String receivedAt) {
            this.name = name;
            this.key = key;
            this.receivedAt = receivedAt;
        }
    }

    private final Jdbi jdbi;
    private final Table table;
    private final Clock clock;
    private final String replica;
    private final Duration renewEvery;
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService renewals;
    private boolean closed;

    public ClaimTable(Jdbi jdbi, Table table, Clock clock, String replica) {
        this(jdbi, table, clock, replica, RENEW_EVERY);
    }

    /** @param renewEvery how often held claims are renewed; tests shorten it to see renewals without waiting */
    ClaimTable(Jdbi jdbi, Table table, Clock clock, String replica, Duration renewEvery) {
        this.jdbi = jdbi;
        this.table = table;
        this.clock = clock;
        this.replica = replica;
        this.renewEvery = renewEvery;
    }

    public ClaimTable(Jdbi jdbi, Table table, Clock clock) {
        this(jdbi, table, clock, ReplicaId.current());
    }

    /**
     * Claims an event for this replica: true for the first delivery, and for a delivery after the replica that
     * claimed it died without answering; false while another claim holds or once the event was answered.
     */
    @Override
    public boolean claim(String eventId) {
        long now = clock.millis();
        long until = now + LEASE.toMillis();
        boolean claimed = jdbi.withHandle(h -> {
            int inserted = h.createUpdate("INSERT INTO " + table.name + " (" + table.key + ", " + table.receivedAt
                            + ", claimed_by, lease_until) VALUES (:id, :at, :me, :until) ON CONFLICT (" + table.key
                            + ") DO NOTHING")
                    .bind("id", eventId).bind("at", clock.instant()).bind("me", replica)
                    .bind("until", until).execute();
            if (inserted == 1) {
                return true;
            }
            // Taken before: only an unanswered claim whose lease ran out (its replica died) is taken over.
            int takenOver = h.createUpdate("UPDATE " + table.name + " SET claimed_by = :me, lease_until = :until WHERE "
                            + table.key + " = :id AND answered_at IS NULL AND lease_until < :now")
                    .bind("id", eventId).bind("me", replica).bind("until", until).bind("now", now).execute();
            if (takenOver == 1) {
                log.warn("event {} was claimed by a replica that did not answer it; answering it now", eventId);
            }
            return takenOver == 1;
        });
        if (claimed) {
            held.add(eventId);
            renewInBackground();
        }
        return claimed;
    }

    /** The reply is posted (or the failure said): no later delivery of the event is answered. */
    @Override
    public void answered(String eventId) {
        held.remove(eventId);
        jdbi.useHandle(h -> h.createUpdate("UPDATE " + table.name + " SET answered_at = :at, lease_until = NULL WHERE "
                        + table.key + " = :id AND claimed_by = :me")
                .bind("at", clock.instant()).bind("id", eventId).bind("me", replica).execute());
    }

    /** Extends the lease of every claim this replica is still answering. */
    void renewHeld() {
        List<String> ids = List.copyOf(held);
        if (ids.isEmpty()) {
            return;
        }
        long until = clock.millis() + LEASE.toMillis();
        jdbi.useHandle(h -> h.createUpdate("UPDATE " + table.name + " SET lease_until = :until WHERE " + table.key
                        + " IN (<ids>) AND claimed_by = :me AND answered_at IS NULL")
                .bindList("ids", ids).bind("until", until).bind("me", replica).execute());
    }

    private synchronized void renewInBackground() {
        // Once closed, a claim taken while the process shuts down is not renewed: its lease simply runs out.
        if (renewals != null || closed) {
            return;
        }
        renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "claims-" + table.name);
            thread.setDaemon(true);
            return thread;
        });
        renewals.scheduleWithFixedDelay(() -> {
            try {
                renewHeld();
            } catch (RuntimeException e) {
                log.warn("could not renew the claims on {}: {}", table.name, e.getMessage());
            }
        }, renewEvery.toMillis(), renewEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void forgetOld() {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM " + table.name + " WHERE " + table.receivedAt + " < :before")
                .bind("before", clock.instant().minus(KEPT)).execute());
    }

    /**
     * Stops renewing, for good: claims still held run out and are taken over by whichever replica Slack retries
     * at. A renewal under way is waited for (briefly), so none touches the database after this returns, which
     * may be gone by then (a test's data folder, deleted).
     */
    @Override
    public synchronized void close() {
        closed = true;
        if (renewals != null) {
            renewals.shutdownNow();
            try {
                if (!renewals.awaitTermination(5, TimeUnit.SECONDS)) {
                    log.warn("a renewal of the claims on {} was still running when they were closed", table.name);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            renewals = null;
        }
    }
}
