package io.tenure.retention;

import java.time.Instant;

/**
 * Where the cancel-intent signal on an account is written; the health playbook's {@code cancel_intent_within}
 * condition reads it.
 */
public interface CancelIntentSignals {
    void record(String accountId, long questionId, String question, String intent, Instant at);
}
