package io.tenure.storage.chat;

import io.tenure.chat.CardClaims;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Discord's review cards in table {@code discord_review_card}: the insert that wins on the key posts. */
public final class SqlCardClaims implements CardClaims {
    private final Jdbi jdbi;
    private final Clock clock;

    public SqlCardClaims(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public boolean claim(String draftId, String channelId) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO discord_review_card (draft_id, channel_id, message_id, posted_at)
                        VALUES (:draft, :channel, NULL, :at) ON CONFLICT (draft_id) DO NOTHING""")
                .bind("draft", draftId).bind("channel", channelId).bind("at", clock.instant())
                .execute()) == 1;
    }

    @Override
    public void posted(String draftId, String messageId) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE discord_review_card SET message_id = :message WHERE draft_id = :draft")
                .bind("message", messageId).bind("draft", draftId).execute());
    }

    @Override
    public void release(String draftId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM discord_review_card WHERE draft_id = :draft AND message_id IS NULL")
                .bind("draft", draftId).execute());
    }

    @Override
    public Optional<Card> find(String draftId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT channel_id, message_id FROM discord_review_card WHERE draft_id = :draft AND message_id IS NOT NULL")
                .bind("draft", draftId)
                .map((rs, ctx) -> new Card(rs.getString("channel_id"), rs.getString("message_id")))
                .findOne());
    }
}
