package io.tenure.assistant;

import io.tenure.knowledge.Answer;
import io.tenure.knowledge.Citation;
import java.time.Clock;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Records every question asked and the feedback on its answer, for the team's report. */
public final class QuestionLog {
    private final Jdbi jdbi;
    private final Clock clock;

    public QuestionLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public long record(Caller caller, ChannelKind channel, String question, Answer answer) {
        return record(caller, channel, question, answer, null, null);
    }

    /**
     * Records the question and, in the same transaction, whatever {@code alsoWrite} adds with its id (the
     * follow-up row): both exist or neither.
     */
    public long record(Caller caller, ChannelKind channel, String question, Answer answer,
                       BiConsumer<Handle, Long> alsoWrite) {
        return jdbi.inTransaction(h -> {
            long id = insert(h, caller, channel, question, answer, null, null);
            alsoWrite.accept(h, id);
            return id;
        });
    }

    /**
     * @param intent the intent recognised in the question (cancel, downgrade, refund, billing-complaint), or null
     * @param accountId the account the asker belongs to, or null
     */
    public long record(Caller caller, ChannelKind channel, String question, Answer answer, String intent,
                       String accountId) {
        return jdbi.withHandle(h -> insert(h, caller, channel, question, answer, intent, accountId));
    }

    private long insert(Handle h, Caller caller, ChannelKind channel, String question, Answer answer, String intent,
                        String accountId) {
        String articles = answer.citations().stream().map(Citation::article).distinct()
                .collect(Collectors.joining(","));
        return h.createUpdate("""
                        INSERT INTO question (asked_at, user_id, channel_kind, platform, language, text, abstained, cited_articles,
                                              intent, account_id)
                        VALUES (:at, :user, :channel, :platform, :language, :text, :abstained, :articles, :intent, :account)""")
                .bind("at", clock.instant())
                .bind("user", caller.userId())
                .bind("channel", channel.key())
                .bind("platform", caller.platform())
                .bind("language", answer.language())
                .bind("text", question)
                .bind("abstained", answer.abstained())
                .bind("articles", articles)
                .bind("intent", intent)
                .bind("account", accountId)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    /**
     * Adds what was learnt about a question after it was answered (the answer never waits for it).
     *
     * @param intent the recognised intent, or null for none
     * @param accountId the asker's account, or null
     */
    public void classify(long questionId, String intent, String accountId) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE question SET intent = :intent, account_id = :account WHERE id = :id")
                .bind("intent", intent).bind("account", accountId).bind("id", questionId).execute());
    }

    /** Stores a Helpful / Not helpful click; a later click by the same user replaces the earlier one. */
    public void feedback(long questionId, String userId, boolean helpful) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM feedback WHERE question_id = :q AND user_id = :u")
                    .bind("q", questionId).bind("u", userId).execute();
            h.createUpdate("INSERT INTO feedback (question_id, user_id, helpful, given_at) VALUES (:q, :u, :h, :at)")
                    .bind("q", questionId).bind("u", userId).bind("h", helpful)
                    .bind("at", clock.instant()).execute();
        });
    }
}
