package io.tenure.knowledge;

import java.util.List;

/**
 * What a conversation is about so far, without a model: the topic concepts (glossary concepts that are
 * not mere qualifiers, see {@code config/follow-ups.yaml}) of the question that opened it.
 *
 * @param question the question that opened the topic, as asked
 */
public record Topic(List<String> concepts, String question) {
    public static final Topic NONE = new Topic(List.of(), "");

    public Topic {
        concepts = List.copyOf(concepts);
        question = question == null ? "" : question;
    }

    public boolean isEmpty() {
        return concepts.isEmpty();
    }
}
