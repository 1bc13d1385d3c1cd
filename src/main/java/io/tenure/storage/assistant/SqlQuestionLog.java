package io.tenure.storage.assistant;

import io.tenure.assistant.Caller;
import io.tenure.assistant.ChannelKind;
import io.tenure.assistant.QuestionLog;
import io.tenure.knowledge.Answer;
import io.tenure.knowledge.Citation;
import io.tenure.storage.Transaction;
import java.time.Clock;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The question log in tables {@code question} and {@code feedback}. */
public final class SqlQuestionLog implements QuestionLog {
    private final Jdbi jdbi;
    private final Clock clock;

    public SqlQuestionLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public long record(Caller caller, ChannelKind channel, String question, Answer answer,
                       BiConsumer<Transaction, Long> alsoWrite) {
        return jdbi.inTransaction(h -> {
            long id = insert(h, caller, channel, question, answer, null, null);
            alsoWrite.accept(new Transaction(h), id);
            return id;
        });
    }

    @Override
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

    @Override
    public void classify(long questionId, String intent, String accountId) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE question SET intent = :intent, account_id = :account WHERE id = :id")
                .bind("intent", intent).bind("account", accountId).bind("id", questionId).execute());
    }

    @Override
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
