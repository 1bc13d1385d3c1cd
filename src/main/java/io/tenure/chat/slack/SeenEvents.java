package io.tenure.chat.slack;

import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/**
 * Slack event ids already taken. Slack retries an event it thinks went unanswered and may deliver one
 * twice; whichever delivery inserts the id first answers it, in this process or another one.
 */
final class SeenEvents {
    /** Slack retries for about an hour; a week of ids is plenty and keeps the table small. */
    private static final Duration KEPT = Duration.ofDays(7);

    private final Jdbi jdbi;
    private final Clock clock;

    SeenEvents(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** True for the first delivery of this event id, false for every later one. */
    boolean firstDelivery(String eventId) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "INSERT OR IGNORE INTO slack_event (event_id, received_at) VALUES (:id, :at)")
                .bind("id", eventId).bind("at", clock.instant().toString()).execute()) == 1;
    }

    void forgetOld() {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM slack_event WHERE received_at < :before")
                .bind("before", clock.instant().minus(KEPT).toString()).execute());
    }
}
