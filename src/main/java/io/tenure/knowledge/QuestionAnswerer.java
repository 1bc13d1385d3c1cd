package io.tenure.knowledge;

/** Answers a help-center question from the knowledge base, never silently and never inventing. */
@FunctionalInterface
public interface QuestionAnswerer {
    Answer answer(String question);
}
