package io.tenure.knowledge.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;

/**
 * What the retriever reads and learns once per index version: passages as analyzed, each article
 * variant's terms and names, and the help center's bridges. A question resolves its cache once, from
 * the searcher it holds, and passes it down, so every step of one question sees the same version.
 */
final class IndexVersionCache {
    private final IndexReader reader;
    /** Passages already read from this reader, by document number. */
    final Map<Integer, AnalyzedPassage> passages = new ConcurrentHashMap<>();
    /** All terms of an article variant (title and passages), by variant key. */
    final Map<String, TermSequence> articleTerms = new ConcurrentHashMap<>();
    /** The terms of the words an article variant writes as names inside its sentences, by variant key. */
    final Map<String, TermSequence> articleNames = new ConcurrentHashMap<>();
    /** The terms a passage writes right after a number ("15 สัปดาห์": สัปดาห์), by document number. */
    final Map<Integer, java.util.Set<String>> counted = new ConcurrentHashMap<>();
    /** Per passage, for each amount it states, the terms written beside it (PassageChoice). */
    final Map<Integer, java.util.List<TermSequence>> besideAmounts = new ConcurrentHashMap<>();
    /** An article variant's passages by ordinal, by variant key. */
    final Map<String, java.util.List<io.tenure.knowledge.ingest.Passage>> variants = new ConcurrentHashMap<>();
    /** How many of an answer kind's words a passage holds, by "document kind". */
    final Map<String, Integer> answerWords = new ConcurrentHashMap<>();
    private volatile Bridges bridges;

    private IndexVersionCache(IndexReader reader) {
        this.reader = reader;
    }

    /** Holds the cache of the newest index version seen; older searchers get a cache of their own. */
    static final class Holder {
        private volatile IndexVersionCache current;

        /**
         * The cache of this reader's index version. The field is read once into a local: a second read
         * could see the cache of another index version than the reader's (the race this replaces).
         */
        IndexVersionCache of(IndexReader reader) {
            IndexVersionCache seen = current;
            if (seen != null && seen.reader == reader) {
                return seen;
            }
            IndexVersionCache fresh = new IndexVersionCache(reader);
            current = fresh;
            return fresh;
        }
    }

    /** The help center's bridges, learned by the first question of this version. */
    Bridges bridges(Supplier<Bridges> learn) {
        Bridges learned = bridges;
        if (learned == null) {
            synchronized (this) {
                learned = bridges;
                if (learned == null) {
                    learned = learn.get();
                    bridges = learned;
                }
            }
        }
        return learned;
    }
}
