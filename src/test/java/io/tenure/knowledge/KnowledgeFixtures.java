package io.tenure.knowledge;

import io.tenure.knowledge.index.KnowledgeIndex;
import io.tenure.knowledge.index.LanguageAnalyzers;
import io.tenure.knowledge.ingest.IndexLedger;
import java.nio.file.Path;

/** Builds the real knowledge base (Lucene on disk, its ledger in the index's commit data) in a test's temporary folder. */
public final class KnowledgeFixtures {
    private KnowledgeFixtures() {
    }

    /** The settings of config/tenure.yaml, with a smaller file limit where a test needs one. */
    public static KnowledgeSettings settings(long maxFileBytes) {
        return settings(maxFileBytes, java.util.List.of());
    }

    /** The settings of config/tenure.yaml with these kb.allowed_link_domains. */
    public static KnowledgeSettings settings(long maxFileBytes, java.util.List<String> allowedLinkDomains) {
        return new KnowledgeSettings("", "", "config/messages.yaml", maxFileBytes, 500, 3, 0.4, 0.5, 2, 30, 5, 0.1, true,
                0.25, 1.0, allowedLinkDomains, 0.3, null, true, 3, null, null);
    }

    /**
     * As {@code App} builds it for one process: the glossary's word terms and what is learned from the index
     * kept in {@code <data>/cache} for the next process. Each call is a new process's knowledge base.
     */
    public static KnowledgeBase onDiskWithCache(Path dataDir, KnowledgeSettings settings) {
        Path cache = dataDir.resolve("cache");
        KnowledgeIndex index = KnowledgeIndex.open(dataDir.resolve("index"),
                new LanguageAnalyzers(cache.resolve("word-terms.json")));
        return new KnowledgeBase(settings, index, new IndexLedger(index), new LanguageDetector(), cache);
    }

    /** The articles of a folder ingested into an index in memory, as a help center written by a test. */
    public static KnowledgeBase ingestedInMemory(Path articles) throws java.io.IOException {
        KnowledgeBase base = new KnowledgeBase(settings(5_000_000),
                KnowledgeIndex.inMemory(new LanguageAnalyzers()), io.tenure.knowledge.ingest.IngestLedger.inMemory(),
                new LanguageDetector());
        base.ingest(io.tenure.knowledge.ingest.HelpCenterSource.folder(articles), false);
        return base;
    }

    public static KnowledgeBase onDisk(Path dataDir, KnowledgeSettings settings) {
        KnowledgeIndex index = KnowledgeIndex.open(dataDir.resolve("index"), new LanguageAnalyzers());
        return new KnowledgeBase(settings, index, new IndexLedger(index), new LanguageDetector());
    }
}
