package io.tenure.knowledge.search;

import io.tenure.knowledge.ingest.Passage;

/** A passage found for a question, with how well it matches (higher is better, within one question). */
public record ScoredPassage(Passage passage, double score) {
}
