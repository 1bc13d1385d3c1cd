package io.tenure;

import io.tenure.assistant.Assistant;
import io.tenure.assistant.Command;
import io.tenure.assistant.QuestionLog;
import io.tenure.assistant.RoleDirectory;
import io.tenure.assistant.RoleSettings;
import io.tenure.config.TenureConfig;
import io.tenure.health.AccountDirectory;
import io.tenure.health.HealthDirectory;
import io.tenure.health.HealthSettings;
import io.tenure.health.demo.DemoAccounts;
import io.tenure.health.digest.RiskDigest;
import io.tenure.health.importing.AccountImport;
import io.tenure.health.playbook.Playbook;
import io.tenure.health.scoring.HealthScorer;
import io.tenure.health.scoring.ScoreHistory;
import io.tenure.health.scoring.SignalStore;
import io.tenure.health.staff.AccountRequest;
import io.tenure.health.staff.DigestRequest;
import io.tenure.health.staff.RiskRequest;
import io.tenure.knowledge.Answer;
import io.tenure.knowledge.QuestionAnswerer;
import io.tenure.llm.LanguageModel;
import io.tenure.llm.LanguageModels;
import io.tenure.llm.LlmSettings;
import io.tenure.llm.PromptLibrary;
import io.tenure.storage.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
    private HealthDirectory health;
    private RiskDigest digest;

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
            commands.add(new RiskRequest(health(), clock, healthSettings().riskLimit()));
            commands.add(new AccountRequest(health(), clock));
            commands.add(new DigestRequest(dailyDigest(), clock));
            assistant = new Assistant(knowledge(), new QuestionLog(database().jdbi(), clock), commands);
        }
        return assistant;
    }

    public HealthSettings healthSettings() {
        return config.section("health", HealthSettings.class);
    }

    /** Account health: scores, reasons, the risk list and score history (the port others use). */
    public AccountDirectory accounts() {
        return health();
    }

    public synchronized HealthDirectory health() {
        if (health == null) {
            Playbook playbook = Playbook.load(healthSettings().playbook());
            health = new HealthDirectory(new SignalStore(database().jdbi(), playbook), new HealthScorer(playbook),
                    new ScoreHistory(database().jdbi(), clock));
        }
        return health;
    }

    public AccountImport accountImport() {
        return new AccountImport(database().dataSource(), clock);
    }

    public synchronized RiskDigest dailyDigest() {
        if (digest == null) {
            String dir = healthSettings().digestDir();
            digest = new RiskDigest(health(), database().jdbi(),
                    dir.isBlank() ? config.dataDir().resolve("digests") : Path.of(dir));
        }
        return digest;
    }

    /** Brings the embedded default up to date before chatting: the help center and the demo accounts. */
    public void prepare() {
        languageModel();
        knowledge();
        loadDemoAccountsOnFirstRun();
    }

    /** With no accounts and no import ever, a small generated set ending today, so risk shows at once. */
    private void loadDemoAccountsOnFirstRun() {
        HealthSettings settings = healthSettings();
        boolean untouched = database().jdbi().withHandle(h -> h.createQuery(
                "SELECT (SELECT count(*) FROM account) + (SELECT count(*) FROM account_import)")
                .mapTo(Integer.class).one()) == 0;
        if (!settings.demoOnFirstRun() || !untouched) {
            return;
        }
        try {
            Path dir = Files.createTempDirectory("tenure-demo");
            try {
                DemoAccounts.write(settings.demoAccounts(), settings.demoDays(), settings.demoSeed(),
                        LocalDate.now(clock), dir);
                accountImport().importFolder(dir, false);
                // A month of score history, so "change over 7 days" and "turned red" work at once.
                LocalDate today = LocalDate.now(clock);
                for (LocalDate day = today.minusDays(29); !day.isAfter(today); day = day.plusDays(1)) {
                    health().scoreAll(day);
                }
            } finally {
                for (String name : AccountImport.fileNames()) {
                    Files.deleteIfExists(dir.resolve(name));
                }
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the demo accounts", e);
        }
    }

    @Override
    public synchronized void close() {
        // Nothing holds resources beyond the JVM's life yet; adapters and indexes close here.
        if (health != null) {
            health.close();
        }
    }
}
