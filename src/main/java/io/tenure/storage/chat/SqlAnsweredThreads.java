package io.tenure.storage.chat;

import io.tenure.chat.AnsweredThreads;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/** Answered Slack threads in table {@code slack_thread}. */
public final class SqlAnsweredThreads implements AnsweredThreads {
    private final Jdbi jdbi;
    private final Clock clock;

    public SqlAnsweredThreads(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public void remember(String channel, String threadTs) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO slack_thread (channel, thread_ts, started_at) VALUES (:c, :t, :at)
                        ON CONFLICT (channel, thread_ts) DO NOTHING""")
                .bind("c", channel).bind("t", threadTs).bind("at", clock.instant()).execute());
    }

    @Override
    public boolean answered(String channel, String threadTs) {
        return jdbi.withHandle(h -> h.createQuery("SELECT 1 FROM slack_thread WHERE channel = :c AND thread_ts = :t")
                .bind("c", channel).bind("t", threadTs).mapTo(Integer.class).findOne().isPresent());
    }
}
