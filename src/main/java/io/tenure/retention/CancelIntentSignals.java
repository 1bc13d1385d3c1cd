package io.tenure.retention;

import java.time.Instant;
import io.tenure.storage.SqlValues;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes the cancel-intent signal on an account (table {@code cancel_intent}); the health playbook's
 * {@code cancel_intent_within} condition reads it.
 */
public final class CancelIntentSignals {
    private final Jdbi jdbi;

    public CancelIntentSignals(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void record(String accountId, long questionId, String question, String intent, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO cancel_intent (account_id, question_id, question, intent, asked_at)
                        VALUES (:account, :question_id, :question, :intent, :at)""")
                .bind("account", accountId).bind("question_id", questionId).bind("question", question)
                .bind("intent", intent).bind("at", SqlValues.seconds(h, at.getEpochSecond())).execute());
    }
}
