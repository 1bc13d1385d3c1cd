package io.tenure.chat.discord;

import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/** Discord messages already taken up for an answer (table {@code discord_answered_message}). */
final class AnsweredMessages {
    /** Redelivered messages are minutes old at most; a week of ids is plenty. */
    private static final Duration KEPT = Duration.ofDays(7);

    private final Jdbi jdbi;
    private final Clock clock;

    AnsweredMessages(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Takes a message up for an answer; false when it was taken already (here or by another instance). */
    boolean take(String messageId) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO discord_answered_message (message_id, taken_at) VALUES (:id, :at)
                        ON CONFLICT (message_id) DO NOTHING""")
                .bind("id", messageId).bind("at", clock.instant().toString()).execute()) == 1;
    }

    void forgetOld() {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM discord_answered_message WHERE taken_at < :before")
                .bind("before", clock.instant().minus(KEPT).toString()).execute());
    }
}
