package io.tenure.knowledge.search;

/** A version of a question in another language (from the LLM), searched alongside the original. */
public record Translation(String text, String language) {
}
