package io.tenure;

import io.tenure.assistant.Assistant;
import io.tenure.assistant.Command;
import io.tenure.assistant.QuestionLog;
import io.tenure.assistant.RoleDirectory;
import io.tenure.assistant.RoleSettings;
import io.tenure.config.TenureConfig;
import io.tenure.knowledge.KnowledgeBase;
import io.tenure.knowledge.KnowledgeSettings;
import io.tenure.knowledge.LanguageDetector;
import io.tenure.knowledge.QuestionAnswerer;
import io.tenure.knowledge.index.KnowledgeIndex;
import io.tenure.knowledge.index.LanguageAnalyzers;
import io.tenure.knowledge.ingest.HelpCenterSource;
import io.tenure.knowledge.ingest.IngestReport;
import io.tenure.knowledge.ingest.KbFileLedger;
import io.tenure.llm.LanguageModel;
import io.tenure.llm.LanguageModels;
import io.tenure.llm.LlmSettings;
import io.tenure.llm.PromptLibrary;
import io.tenure.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the one place that builds every part of Tenure, by hand, from configuration.
 * Reading it tells what the program is made of. Parts are built when first needed, so a command that
 * only reads the audit log does not load the search index or a chat platform.
 */
public final class App implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(App.class);
    private final TenureConfig config;
    private final Clock clock;

    private Database database;
    private LanguageModel languageModel;
    private PromptLibrary prompts;
    private QuestionAnswerer knowledge;
    private LanguageDetector languageDetector;
    private KnowledgeBase knowledgeBase;
    private Assistant assistant;

    public App(TenureConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public TenureConfig config() {
        return config;
    }

    public Clock clock() {
        return clock;
    }

    public synchronized Database database() {
        if (database == null) {
            database = Database.open(config.dataDir());
        }
        return database;
    }

    public synchronized LanguageModel languageModel() {
        if (languageModel == null) {
            languageModel = LanguageModels.fromSettings(config.section("llm", LlmSettings.class), config.secrets());
        }
        return languageModel;
    }

    public synchronized PromptLibrary prompts() {
        if (prompts == null) {
            prompts = new PromptLibrary(config.section("llm", LlmSettings.class).promptsDir());
        }
        return prompts;
    }

    public RoleDirectory roles() {
        return new RoleDirectory(config.section("roles", RoleSettings.class));
    }

    /** Shared by the help center and, later, intent recognition: lingua is loaded once, on first use. */
    public synchronized LanguageDetector languageDetector() {
        if (languageDetector == null) {
            languageDetector = new LanguageDetector();
        }
        return languageDetector;
    }

    /** The search index under {@code <data>/index}, what is in it, and ingesting into it. */
    public synchronized KnowledgeBase knowledgeBase() {
        if (knowledgeBase == null) {
            KnowledgeSettings settings = config.section("kb", KnowledgeSettings.class);
            knowledgeBase = new KnowledgeBase(settings,
                    KnowledgeIndex.open(config.dataDir().resolve("index"), new LanguageAnalyzers()),
                    new KbFileLedger(database().jdbi(), clock), languageDetector());
        }
        return knowledgeBase;
    }

    public synchronized QuestionAnswerer knowledge() {
        if (knowledge == null) {
            knowledge = knowledgeBase().helpCenter(languageModel(), prompts());
        }
        return knowledge;
    }

    /**
     * Ingests the configured help center ({@code kb.dir}, or the bundled demo) when a file changed.
     * With {@code kb.dir} empty, a folder put in the index by {@code tenure kb ingest} is kept.
     *
     * @return what the ingest did, or null when the index holds such a folder and was left alone
     */
    public IngestReport ingestConfiguredHelpCenter() {
        KnowledgeSettings settings = config.section("kb", KnowledgeSettings.class);
        KnowledgeBase kb = knowledgeBase();
        HelpCenterSource source;
        if (settings.dir() == null || settings.dir().isBlank()) {
            String current = kb.currentSource();
            if (current != null && !current.equals(HelpCenterSource.DEMO)) {
                log.info("answering from {} (ingested with `tenure kb ingest`); kb.dir is empty", current);
                return null;
            }
            source = HelpCenterSource.demo();
        } else {
            source = HelpCenterSource.folder(Path.of(settings.dir()));
        }
        IngestReport report = kb.ingest(source, System.console() != null);
        for (IngestReport.Rejected rejected : report.rejected()) {
            log.warn("help center: skipped {}: {}", rejected.path(), rejected.reason());
        }
        if (report.touchedIndex()) {
            log.info("help center {}: {}", report.source(), report.summary());
        }
        return report;
    }

    public synchronized Assistant assistant() {
        if (assistant == null) {
            List<Command> commands = new ArrayList<>();
            assistant = new Assistant(knowledge(), new QuestionLog(database().jdbi(), clock), commands);
        }
        return assistant;
    }

    /** Brings the embedded default up to date before chatting: the help center and the demo accounts. */
    public void prepare() {
        languageModel();
        ingestConfiguredHelpCenter();
        knowledge();
    }

    @Override
    public synchronized void close() {
        // Adapters and indexes close here; the index releases its write lock.
        if (knowledgeBase != null) {
            knowledgeBase.close();
            knowledgeBase = null;
        }
    }
}
