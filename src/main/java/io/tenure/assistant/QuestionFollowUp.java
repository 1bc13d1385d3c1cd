package io.tenure.assistant;

/**
 * Work done after a question is answered, never before: the answer does not wait for it, and a failure
 * in it is logged, never shown to the asker.
 */
public interface QuestionFollowUp {
    void answered(AnsweredQuestion question);

    QuestionFollowUp NONE = question -> {
    };
}
