package io.tenure.retention;

import java.time.Instant;

/**
 * Where the cancel-intent signal on an account is written; the health playbook's {@code cancel_intent_within}
 * condition reads it. One signal per question: a follow-up run again after a crash finds it already recorded
 * (its owner alert is once per account and day, see the alerts package).
 */
public interface CancelIntentSignals {
    /** Records the question's signal; false when it was already recorded (a follow-up run again). */
    boolean record(String accountId, long questionId, String question, String intent, Instant at);
}
