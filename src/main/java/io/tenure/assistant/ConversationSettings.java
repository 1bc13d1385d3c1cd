package io.tenure.assistant;

import io.tenure.config.ConfigException;

/**
 * The {@code conversations} section.
 *
 * @param forgetAfterMinutes a conversation with no message for this long starts afresh
 * @param memoryMessages with a model, how many of a conversation's last messages (a question and its
 *                       answer are two) are sent along with a new question
 */
public record ConversationSettings(int forgetAfterMinutes, int memoryMessages) {
    public ConversationSettings {
        if (forgetAfterMinutes <= 0) {
            throw new ConfigException("conversations.forget_after_minutes must be positive, got " + forgetAfterMinutes);
        }
        if (memoryMessages < 2) {
            throw new ConfigException("conversations.memory_messages must be at least 2 (a question and its answer), got "
                    + memoryMessages);
        }
    }
}
