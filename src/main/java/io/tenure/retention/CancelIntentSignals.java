package io.tenure.retention;

import io.tenure.storage.Transaction;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where the cancel-intent signal on an account is written; the health playbook's {@code cancel_intent_within}
 * condition reads it. One signal per question, and one alert per signal: a follow-up run again after a crash
 * finds both already done.
 */
public interface CancelIntentSignals {
    /** Records the question's signal; false when it was already recorded (a follow-up run again). */
    boolean record(String accountId, long questionId, String question, String intent, Instant at);

    /**
     * Marks the question's alert as queued and, in the same transaction, lets {@code queue} write it: the first
     * call for a question does both, any later one (a re-run, or another process running the same follow-up at
     * once) neither.
     *
     * @return whether this call queued the alert
     */
    boolean alertOnce(long questionId, Instant at, Consumer<Transaction> queue);
}
