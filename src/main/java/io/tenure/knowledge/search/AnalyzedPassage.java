package io.tenure.knowledge.search;

import io.tenure.knowledge.ingest.Passage;

/**
 * A passage with its terms, its heading's and its article title's terms, as its language's analyzer
 * sees them, whether it holds a number or an amount of money, and whether it states a price in words ("free
 * forever", "gratis": a word of {@code kb.price_word_concepts}).
 */
record AnalyzedPassage(Passage passage, TermSequence terms, TermSequence heading, TermSequence title,
                       boolean hasNumber, boolean money, boolean priceInWords) {
}
