package io.tenure.storage.retention;

import io.tenure.retention.CancelIntentSignals;
import io.tenure.storage.SqlValues;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * Cancel-intent signals in table {@code cancel_intent}: one per question (unique key, V95; its column
 * {@code alert_queued_at} is no longer written, since the alert became an owner alert kept once per account,
 * trigger and day by the alert ledger).
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
}
