package io.tenure.storage.conversation;

import io.tenure.assistant.ConversationTopics;
import io.tenure.knowledge.Topic;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Each conversation's topic in table {@code conversation_topic} (migration V75), shared by every replica.
 * A topic not touched for the forget window is not read, and is removed at the next save of any topic,
 * so a thread picked up days later, or a console session the next morning, starts afresh.
 */
public final class SqlConversationTopics implements ConversationTopics {
    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration forgetAfter;

    public SqlConversationTopics(Jdbi jdbi, Clock clock, Duration forgetAfter) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.forgetAfter = forgetAfter;
    }

    @Override
    public Optional<Topic> topic(String conversation) {
        long since = clock.millis() - forgetAfter.toMillis();
        return jdbi.withHandle(h -> h.createQuery("SELECT concepts, question FROM conversation_topic "
                        + "WHERE conversation = :c AND updated_at >= :since")
                .bind("c", conversation).bind("since", since)
                .map((rs, ctx) -> new Topic(concepts(rs.getString("concepts")), rs.getString("question")))
                .findOne());
    }

    @Override
    public void save(String conversation, Topic topic) {
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM conversation_topic WHERE updated_at < :before")
                    .bind("before", now - forgetAfter.toMillis()).execute();
            h.createUpdate("""
                            INSERT INTO conversation_topic (conversation, concepts, question, updated_at)
                            VALUES (:c, :concepts, :q, :at)
                            ON CONFLICT (conversation) DO UPDATE SET concepts = excluded.concepts,
                                question = excluded.question, updated_at = excluded.updated_at""")
                    .bind("c", conversation).bind("concepts", String.join(" ", topic.concepts()))
                    .bind("q", topic.question()).bind("at", now).execute();
        });
    }

    private static List<String> concepts(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.strip().split(" +"));
    }
}
