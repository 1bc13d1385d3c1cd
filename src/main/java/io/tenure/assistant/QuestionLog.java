package io.tenure.assistant;

import io.tenure.knowledge.Answer;
import io.tenure.storage.Transaction;
import java.util.function.BiConsumer;

/** Records every question asked and the feedback on its answer, for the team's report. */
public interface QuestionLog {

    default long record(Caller caller, ChannelKind channel, String question, Answer answer) {
        return record(caller, channel, question, answer, null, null);
    }

    /**
     * Records the question and, in the same transaction, whatever {@code alsoWrite} adds with its id (the
     * follow-up row): both exist or neither.
     */
    long record(Caller caller, ChannelKind channel, String question, Answer answer,
                BiConsumer<Transaction, Long> alsoWrite);

    /**
     * @param intent the intent recognised in the question (cancel, downgrade, refund, billing-complaint), or null
     * @param accountId the account the asker belongs to, or null
     */
    long record(Caller caller, ChannelKind channel, String question, Answer answer, String intent, String accountId);

    /**
     * Adds what was learnt about a question after it was answered (the answer never waits for it).
     *
     * @param intent the recognised intent, or null for none
     * @param accountId the asker's account, or null
     */
    void classify(long questionId, String intent, String accountId);

    /** Stores a Helpful / Not helpful click; a later click by the same user replaces the earlier one. */
    void feedback(long questionId, String userId, boolean helpful);
}
