package io.tenure.chat.discord;

import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Which Discord message shows each draft's review card (table {@code discord_review_card}). */
final class ReviewCardStore {
    record Card(String channelId, String messageId) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    ReviewCardStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Claims the right to post the draft's card; false when it is already posted (or being posted). */
    boolean claim(String draftId, String channelId) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO discord_review_card (draft_id, channel_id, message_id, posted_at)
                        VALUES (:draft, :channel, NULL, :at) ON CONFLICT (draft_id) DO NOTHING""")
                .bind("draft", draftId).bind("channel", channelId).bind("at", clock.instant())
                .execute()) == 1;
    }

    void posted(String draftId, String messageId) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE discord_review_card SET message_id = :message WHERE draft_id = :draft")
                .bind("message", messageId).bind("draft", draftId).execute());
    }

    /** Gives the claim up after a failed post, so a later change can post the card again. */
    void release(String draftId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM discord_review_card WHERE draft_id = :draft AND message_id IS NULL")
                .bind("draft", draftId).execute());
    }

    Optional<Card> find(String draftId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT channel_id, message_id FROM discord_review_card WHERE draft_id = :draft AND message_id IS NOT NULL")
                .bind("draft", draftId)
                .map((rs, ctx) -> new Card(rs.getString("channel_id"), rs.getString("message_id")))
                .findOne());
    }
}
