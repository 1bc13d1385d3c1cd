package io.tenure.storage.conversation;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * LangChain4j's chat memory of each conversation in table {@code chat_memory} (migration V75), as
 * LangChain4j's own JSON, so a follow-up answered by another replica is given the same earlier turns.
 * The window is the memory's (MessageWindowChatMemory); a conversation not touched for the forget
 * window reads as empty and is removed at the next update.
 */
public final class SqlChatMemoryStore implements ChatMemoryStore {
    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration forgetAfter;

    public SqlChatMemoryStore(Jdbi jdbi, Clock clock, Duration forgetAfter) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.forgetAfter = forgetAfter;
    }

    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        long since = clock.millis() - forgetAfter.toMillis();
        return jdbi.withHandle(h -> h.createQuery("SELECT messages FROM chat_memory "
                        + "WHERE conversation = :c AND updated_at >= :since")
                .bind("c", String.valueOf(memoryId)).bind("since", since)
                .mapTo(String.class).findOne()
                .map(ChatMessageDeserializer::messagesFromJson).orElse(List.of()));
    }

    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM chat_memory WHERE updated_at < :before")
                    .bind("before", now - forgetAfter.toMillis()).execute();
            h.createUpdate("""
                            INSERT INTO chat_memory (conversation, messages, updated_at) VALUES (:c, :m, :at)
                            ON CONFLICT (conversation) DO UPDATE SET messages = excluded.messages,
                                updated_at = excluded.updated_at""")
                    .bind("c", String.valueOf(memoryId)).bind("m", ChatMessageSerializer.messagesToJson(messages))
                    .bind("at", now).execute();
        });
    }

    @Override
    public void deleteMessages(Object memoryId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM chat_memory WHERE conversation = :c")
                .bind("c", String.valueOf(memoryId)).execute());
    }
}
