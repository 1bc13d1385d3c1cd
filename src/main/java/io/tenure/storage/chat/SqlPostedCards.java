package io.tenure.storage.chat;

import io.tenure.chat.PostedCards;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Slack's review cards in table {@code slack_review_card} (the message id is Slack's ts). */
public final class SqlPostedCards implements PostedCards {
    private final Jdbi jdbi;
    private final Clock clock;

    public SqlPostedCards(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public void remember(String draftId, Location location) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO slack_review_card (draft_id, channel, ts, posted_at)
                        VALUES (:d, :c, :ts, :at)
                        ON CONFLICT (draft_id) DO UPDATE SET channel = excluded.channel, ts = excluded.ts,
                          posted_at = excluded.posted_at""")
                .bind("d", draftId).bind("c", location.channel()).bind("ts", location.messageId())
                .bind("at", clock.instant()).execute());
    }

    @Override
    public Optional<Location> find(String draftId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT channel, ts FROM slack_review_card WHERE draft_id = :d")
                .bind("d", draftId)
                .map((rs, ctx) -> new Location(rs.getString("channel"), rs.getString("ts")))
                .findOne());
    }
}
