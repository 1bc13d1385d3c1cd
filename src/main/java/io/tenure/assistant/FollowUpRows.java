package io.tenure.assistant;

import io.tenure.storage.Transaction;

/**
 * Where the follow-up of an answered question is written: a row in the same transaction as the question
 * itself, worked later by the follow-up job, so a crash right after the answer loses neither.
 */
public interface FollowUpRows {
    void write(Transaction tx, AnsweredQuestion answered);
}
