package io.tenure.knowledge.search;

import java.util.List;

/**
 * Finds the passages that answer a question. An empty list means the evidence is too weak and the
 * answer must abstain; each retriever decides that by its own rule.
 */
public interface PassageRetriever {
    /**
     * @param language the question's language (ISO 639-1)
     * @return at most {@code limit} passages, best first
     */
    List<ScoredPassage> retrieve(String question, String language, int limit);

    /**
     * The same, with versions of the question in other languages (from an LLM) searched alongside it
     * and fused; retrievers that cannot use them search the question alone.
     */
    default List<ScoredPassage> retrieve(String question, String language, List<Translation> translations,
                                         int limit) {
        return retrieve(question, language, limit);
    }

    /** Short name for logs and the evaluation table. */
    String name();
}
