package io.tenure.knowledge;

/**
 * The answer to a question asked in a conversation, and the conversation's topic after it.
 *
 * @param followUp whether the question was read as a follow-up of the topic before it
 */
public record ConversationAnswer(Answer answer, Topic topic, boolean followUp) {
}
