package io.tenure.chat.slack;

import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** Channel threads the bot has answered in: a follow-up there is answered without a new mention. */
final class AnsweredThreads {
    private final Jdbi jdbi;
    private final Clock clock;

    AnsweredThreads(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    void remember(String channel, String threadTs) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO slack_thread (channel, thread_ts, started_at) VALUES (:c, :t, :at)
                        ON CONFLICT (channel, thread_ts) DO NOTHING""")
                .bind("c", channel).bind("t", threadTs).bind("at", clock.instant()).execute());
    }

    boolean answered(String channel, String threadTs) {
        return jdbi.withHandle(h -> h.createQuery("SELECT 1 FROM slack_thread WHERE channel = :c AND thread_ts = :t")
                .bind("c", channel).bind("t", threadTs).mapTo(Integer.class).findOne().isPresent());
    }
}
