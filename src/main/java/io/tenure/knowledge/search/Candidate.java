package io.tenure.knowledge.search;

import io.tenure.knowledge.ingest.Passage;

/**
 * A passage found for a question.
 *
 * @param matched how many known units the passage contains
 * @param coverage the IDF-weighted share it contains of the known units a passage in its language
 *                 could contain, translated concepts counting a little less than the asker's words
 * @param score the ranking: coverage and share of the whole question (with bonuses for units in the
 *              heading, title and article), then BM25
 */
record Candidate(int doc, Passage passage, int matched, double coverage, double score) {
    String key() {
        return passage.path() + "#" + passage.ordinal();
    }
}
