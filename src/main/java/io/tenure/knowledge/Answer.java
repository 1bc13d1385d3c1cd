package io.tenure.knowledge;

import java.util.List;

/**
 * The answer to one question: the text shown, in the asker's language, and the passages it rests on.
 * When {@code abstained}, the help center does not cover the question and the text says a person
 * will follow up.
 */
public record Answer(String answer, String language, boolean abstained, List<Citation> citations) {
    public Answer {
        citations = List.copyOf(citations);
    }
}
