package io.tenure.knowledge;

/**
 * The {@code kb} section.
 *
 * @param dir the help-center folder to answer from; empty for the bundled demo help center
 */
public record KnowledgeSettings(String dir) {
}
