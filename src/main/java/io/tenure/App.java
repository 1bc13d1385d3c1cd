package io.tenure;

import io.tenure.assistant.Assistant;
import io.tenure.assistant.Command;
import io.tenure.assistant.QuestionLog;
import io.tenure.assistant.RoleDirectory;
import io.tenure.assistant.RoleSettings;
import io.tenure.config.TenureConfig;
import io.tenure.knowledge.Answer;
import io.tenure.knowledge.QuestionAnswerer;
import io.tenure.llm.LanguageModel;
import io.tenure.llm.LanguageModels;
import io.tenure.llm.LlmSettings;
import io.tenure.llm.PromptLibrary;
import io.tenure.storage.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The composition root: the one place that builds every part of Tenure, by hand, from configuration.
 * Reading it tells what the program is made of. Parts are built when first needed, so a command that
 * only reads the audit log does not load the search index or a chat platform.
 */
public final class App implements AutoCloseable {
    private final TenureConfig config;
    private final Clock clock;

    private Database database;
    private LanguageModel languageModel;
    private PromptLibrary prompts;
    private QuestionAnswerer knowledge;
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

    public synchronized QuestionAnswerer knowledge() {
        if (knowledge == null) {
            // Until the knowledge base is wired in, every question is honestly left to a person.
            knowledge = question -> new Answer("The help center does not cover this yet; a person from our team "
                    + "will follow up.", "en", true, List.of());
        }
        return knowledge;
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
        knowledge();
    }

    @Override
    public void close() {
        // Nothing holds resources beyond the JVM's life yet; adapters and indexes close here.
    }
}
