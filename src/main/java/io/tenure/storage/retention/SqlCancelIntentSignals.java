package io.tenure.storage.retention;

import io.tenure.retention.CancelIntentSignals;
import io.tenure.storage.SqlValues;
import io.tenure.storage.Transaction;
import java.time.Instant;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Cancel-intent signals in table {@code cancel_intent}: one per question (unique key, V95), and its alert
 * queued once by a guarded update of {@code alert_queued_at}, which holds under SQLite's single writer and
 * PostgreSQL's READ COMMITTED alike (the second update waits for the first's row lock, then matches nothing).
 */
public final class SqlCancelIntentSignals implements CancelIntentSignals {
    private final Jdbi jdbi;

    public SqlCancelIntentSignals(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean record(String accountId, long questionId, String question, String intent, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO cancel_intent (account_id, question_id, question, intent, asked_at)
                        VALUES (:account, :question_id, :question, :intent, :at)
                        ON CONFLICT (question_id) DO NOTHING""")
                .bind("account", accountId).bind("question_id", questionId).bind("question", question)
                .bind("intent", intent).bind("at", SqlValues.seconds(h, at.getEpochSecond())).execute()) == 1;
    }

    @Override
    public boolean alertOnce(long questionId, Instant at, Consumer<Transaction> queue) {
        return jdbi.inTransaction(h -> {
            int marked = h.createUpdate("""
                            UPDATE cancel_intent SET alert_queued_at = :at
                             WHERE question_id = :question_id AND alert_queued_at IS NULL""")
                    .bind("at", SqlValues.seconds(h, at.getEpochSecond())).bind("question_id", questionId).execute();
            if (marked != 1) {
                return false;
            }
            queue.accept(new Transaction(h));
            return true;
        });
    }
}
