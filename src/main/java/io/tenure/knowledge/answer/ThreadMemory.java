package io.tenure.knowledge.answer;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import io.tenure.knowledge.Question;
import java.util.List;

/**
 * The model's memory of each conversation: LangChain4j chat memory keyed by the conversation, a window of
 * its last messages, kept in a {@link ChatMemoryStore} (the database, so every replica reads the same
 * thread). Only help-center questions and the answers shown for them are remembered: never a staff
 * command's reply, so no account data reaches a later prompt. Without a model nothing is kept.
 */
public final class ThreadMemory {
    private final ChatMemoryStore store;
    private final int maxMessages;

    /** @param maxMessages the window: the most recent messages (a question and its answer are two) sent along */
    public ThreadMemory(ChatMemoryStore store, int maxMessages) {
        if (maxMessages < 2) {
            throw new IllegalArgumentException("a conversation window holds at least one question and its answer");
        }
        this.store = store;
        this.maxMessages = maxMessages;
    }

    public static ThreadMemory none() {
        return new ThreadMemory(null, 2);
    }

    /** The turns before this question, oldest first; none outside a conversation. */
    public List<ChatMessage> earlier(Question question) {
        if (store == null || question.memory() == null) {
            return List.of();
        }
        return List.copyOf(store.getMessages(question.earlierMemory()));
    }

    /** Adds the question and the answer shown to the conversation's memory. */
    public void remember(Question question, List<ChatMessage> earlier, String answer) {
        if (store == null || question.memory() == null) {
            return;
        }
        ChatMemory memory = MessageWindowChatMemory.builder().id(question.memory()).maxMessages(maxMessages)
                .chatMemoryStore(store).build();
        if (!question.memory().equals(question.earlierMemory()) && memory.messages().isEmpty()) {
            // A reply continuing another message's conversation starts from that conversation's turns.
            earlier.forEach(memory::add);
        }
        memory.add(UserMessage.from(question.text()));
        memory.add(AiMessage.from(answer));
    }
}
