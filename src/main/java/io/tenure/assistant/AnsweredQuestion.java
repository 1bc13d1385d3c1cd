package io.tenure.assistant;

import io.tenure.knowledge.Answer;

/**
 * A help-center question as it was answered: what a follow-up (the retention loop) needs to act on it
 * after the customer has their answer.
 *
 * @param questionId the row in the question log
 * @param inbound who asked, where (channel kind and id)
 * @param question the question as asked
 * @param answer exactly what the asker got
 */
public record AnsweredQuestion(long questionId, Inbound inbound, String question, Answer answer) {
}
