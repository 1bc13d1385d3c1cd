package io.tenure.chat.slack;

import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Where each draft's review card was posted (channel and message ts), to update it in place. */
final class ReviewCards {
    record Location(String channel, String ts) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    ReviewCards(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    void remember(String draftId, Location location) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO slack_review_card (draft_id, channel, ts, posted_at)
                        VALUES (:d, :c, :ts, :at)
                        ON CONFLICT (draft_id) DO UPDATE SET channel = excluded.channel, ts = excluded.ts,
                          posted_at = excluded.posted_at""")
                .bind("d", draftId).bind("c", location.channel()).bind("ts", location.ts())
                .bind("at", clock.instant()).execute());
    }

    Optional<Location> find(String draftId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT channel, ts FROM slack_review_card WHERE draft_id = :d")
                .bind("d", draftId)
                .map((rs, ctx) -> new Location(rs.getString("channel"), rs.getString("ts")))
                .findOne());
    }
}
