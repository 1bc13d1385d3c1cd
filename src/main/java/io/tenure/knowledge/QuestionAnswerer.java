package io.tenure.knowledge;

/** Answers a help-center question from the knowledge base, never silently and never inventing. */
@FunctionalInterface
public interface QuestionAnswerer {
    Answer answer(String question);

    /**
     * A question asked in a conversation. Answerers that cannot read a conversation answer the question
     * alone and keep no topic.
     */
    default ConversationAnswer answer(Question question) {
        return new ConversationAnswer(answer(question.text()), Topic.NONE, false);
    }
}
