package io.tenure.knowledge.search;

import io.tenure.knowledge.ingest.Passage;

/**
 * A passage with its terms, its heading's and its article title's terms, as its language's analyzer
 * sees them, and whether it holds a number or an amount of money.
 */
record AnalyzedPassage(Passage passage, TermSequence terms, TermSequence heading, TermSequence title,
                       boolean hasNumber, boolean money) {
}
