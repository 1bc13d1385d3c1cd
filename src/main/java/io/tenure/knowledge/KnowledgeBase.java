package io.tenure.knowledge;

import io.tenure.knowledge.answer.ExtractiveAnswers;
import io.tenure.knowledge.answer.GeneratedAnswers;
import io.tenure.knowledge.answer.Messages;
import io.tenure.knowledge.answer.QueryTranslator;
import io.tenure.knowledge.answer.SmallTalk;
import io.tenure.knowledge.answer.ThreadMemory;
import io.tenure.knowledge.index.KnowledgeIndex;
import io.tenure.knowledge.ingest.ArticleParser;
import io.tenure.knowledge.ingest.ArticleScreen;
import io.tenure.knowledge.ingest.HelpCenterSource;
import io.tenure.knowledge.ingest.IngestLedger;
import io.tenure.knowledge.ingest.IngestReport;
import io.tenure.knowledge.ingest.Ingester;
import io.tenure.knowledge.ingest.PassageSplitter;
import io.tenure.knowledge.search.MultilingualRetriever;
import io.tenure.knowledge.search.PassageRetriever;
import io.tenure.llm.LanguageModel;
import io.tenure.llm.PromptLibrary;

/**
 * The help center's parts around one index: ingesting folders into it and answering from it. Built by
 * {@code App} over the index in the data folder, and by {@code tenure eval} over one in memory.
 */
public final class KnowledgeBase implements AutoCloseable {
    private final KnowledgeSettings settings;
    private final KnowledgeIndex index;
    private final LanguageDetector detector;
    private final Glossary glossary;
    private final Ingester ingester;
    private FollowUps followUps;

    /** Where what is learned from the index is kept between processes, or null. */
    private final java.nio.file.Path cacheDir;

    public KnowledgeBase(KnowledgeSettings settings, KnowledgeIndex index, IngestLedger ledger,
                         LanguageDetector detector) {
        this(settings, index, ledger, detector, null);
    }

    /**
     * @param cacheDir where to keep what is learned from the index for the next process ({@code <data>/cache}),
     *                 or null to learn it in every process
     */
    public KnowledgeBase(KnowledgeSettings settings, KnowledgeIndex index, IngestLedger ledger,
                         LanguageDetector detector, java.nio.file.Path cacheDir) {
        this.cacheDir = cacheDir;
        this.settings = settings;
        this.index = index;
        this.detector = detector;
        this.glossary = Glossary.load(settings.glossary(), index.analyzers());
        index.analyzers().rememberWordTerms();
        detector.knowWords(java.util.Map.of("en", latinWords("en"), "id", latinWords("id")));
        this.ingester = new Ingester(index, ledger, new ArticleParser(detector,
                new PassageSplitter(settings.passageChars()), settings.maxFileBytes()),
                ArticleScreen.load(settings.allowedLinkDomains()));
    }

    /** The glossary's words of a Latin-script language and the words its analyzer drops as function words. */
    private java.util.Set<String> latinWords(String language) {
        java.util.Set<String> words = new java.util.HashSet<>(glossary.writtenWords(language));
        words.addAll(io.tenure.knowledge.index.LanguageAnalyzers.stopWords(language));
        return words;
    }

    public IngestReport ingest(HelpCenterSource source, boolean progress) {
        return ingester.ingest(source, progress);
    }

    /** @param strict refuse files with text aimed at a model or links outside kb.allowed_link_domains */
    public IngestReport ingest(HelpCenterSource source, boolean progress, boolean strict) {
        return ingester.ingest(source, progress, strict);
    }

    /** The folder the index holds now ({@link HelpCenterSource#DEMO} for the demo), or null. */
    public String currentSource() {
        return ingester.currentSource();
    }

    public KnowledgeIndex index() {
        return index;
    }

    public Glossary glossary() {
        return glossary;
    }

    public LanguageDetector detector() {
        return detector;
    }

    public MultilingualRetriever retriever() {
        return new MultilingualRetriever(index, glossary, settings.retrieval(), cacheDir);
    }

    /** Answers with Tenure's retriever. */
    public HelpCenter helpCenter(LanguageModel model, PromptLibrary prompts) {
        return helpCenter(retriever(), model, prompts);
    }

    /** Answers with any retriever (the evaluation's baselines go through the same answers). */
    public HelpCenter helpCenter(PassageRetriever retriever, LanguageModel model, PromptLibrary prompts) {
        return helpCenter(retriever, model, prompts, ThreadMemory.none());
    }

    /**
     * Answers with Tenure's retriever, reading questions in conversations; with a model, each conversation's
     * turns are kept in {@code memory} and sent along (ignored without one).
     */
    public HelpCenter helpCenter(LanguageModel model, PromptLibrary prompts, ThreadMemory memory) {
        return helpCenter(retriever(), model, prompts, memory);
    }

    private HelpCenter helpCenter(PassageRetriever retriever, LanguageModel model, PromptLibrary prompts,
                                  ThreadMemory memory) {
        Messages messages = Messages.load(settings.messages());
        ExtractiveAnswers extractive = new ExtractiveAnswers(messages);
        return new HelpCenter(detector, retriever, new QueryTranslator(model, prompts),
                new GeneratedAnswers(model, prompts, extractive), extractive, settings.maxPassages(),
                SmallTalk.load(), messages, followUps(), model.available() ? memory : ThreadMemory.none());
    }

    /** How messages in a conversation are read without a model ({@code config/follow-ups.yaml}). */
    public synchronized FollowUps followUps() {
        if (followUps == null) {
            followUps = FollowUps.load(glossary, index.analyzers());
            index.analyzers().rememberWordTerms();
        }
        return followUps;
    }

    public KnowledgeSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        index.close();
    }
}
