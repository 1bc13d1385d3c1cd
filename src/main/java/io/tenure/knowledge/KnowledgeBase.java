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

    public KnowledgeBase(KnowledgeSettings settings, KnowledgeIndex index, IngestLedger ledger,
                         LanguageDetector detector) {
        this.settings = settings;
        this.index = index;
        this.detector = detector;
        this.glossary = Glossary.load(settings.glossary(), index.analyzers());
        this.ingester = new Ingester(index, ledger, new ArticleParser(detector,
                new PassageSplitter(settings.passageChars()), settings.maxFileBytes()),
                ArticleScreen.load(settings.allowedLinkDomains()));
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
        return new MultilingualRetriever(index, glossary, settings.retrieval());
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
