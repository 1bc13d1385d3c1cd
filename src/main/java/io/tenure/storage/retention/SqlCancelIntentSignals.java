package io.tenure.storage.retention;

import io.tenure.retention.CancelIntentSignals;
import io.tenure.storage.SqlValues;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/** Cancel-intent signals in table {@code cancel_intent}. */
public final class SqlCancelIntentSignals implements CancelIntentSignals {
    private final Jdbi jdbi;

    public SqlCancelIntentSignals(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(String accountId, long questionId, String question, String intent, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO cancel_intent (account_id, question_id, question, intent, asked_at)
                        VALUES (:account, :question_id, :question, :intent, :at)""")
                .bind("account", accountId).bind("question_id", questionId).bind("question", question)
                .bind("intent", intent).bind("at", SqlValues.seconds(h, at.getEpochSecond())).execute());
    }
}
