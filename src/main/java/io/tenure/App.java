package io.tenure;

import io.tenure.alerts.AlertEvaluator;
import io.tenure.alerts.AlertPreferences;
import io.tenure.alerts.AlertRecipients;
import io.tenure.alerts.AlertRules;
import io.tenure.alerts.AlertSettings;
import io.tenure.alerts.AlertsCommand;
import io.tenure.alerts.OwnerAlertJobs;
import io.tenure.alerts.OwnerAlerts;
import io.tenure.alerts.UnresolvedOwners;
import io.tenure.assistant.Apologies;
import io.tenure.assistant.Assistant;
import io.tenure.assistant.Command;
import io.tenure.assistant.DailyDigest;
import io.tenure.assistant.QuestionLog;
import io.tenure.assistant.Reply;
import io.tenure.assistant.RoleDirectory;
import io.tenure.assistant.RoleSettings;
import io.tenure.assistant.StaffAlertJobs;
import io.tenure.assistant.StaffAlerts;
import io.tenure.chat.ChatAdapter;
import io.tenure.chat.DigestChannel;
import io.tenure.chat.HttpServer;
import io.tenure.chat.HttpSettings;
import io.tenure.chat.Readiness;
import io.tenure.assistant.ConversationSettings;
import io.tenure.chat.slack.SlackAdapter;
import io.tenure.knowledge.answer.ThreadMemory;
import io.tenure.storage.conversation.SqlChatMemoryStore;
import io.tenure.storage.conversation.SqlConversationTopics;
import io.tenure.chat.slack.SlackSettings;
import io.tenure.chat.slack.SlackStores;
import io.tenure.chat.slack.SlackTokens;
import io.tenure.chat.discord.DiscordBot;
import io.tenure.chat.discord.DiscordDigestChannel;
import io.tenure.chat.discord.DiscordSettings;
import io.tenure.config.Secrets;
import io.tenure.config.TenureConfig;
import io.tenure.health.AccountDirectory;
import io.tenure.health.HealthDirectory;
import io.tenure.health.HealthSettings;
import io.tenure.health.demo.FirstRunDemo;
import io.tenure.health.digest.RiskDigest;
import io.tenure.health.demo.AccountDataPresence;
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
import io.tenure.llm.AccountSummarizer;
import io.tenure.llm.AccountSummaryCommand;
import io.tenure.knowledge.KnowledgeBase;
import io.tenure.knowledge.KnowledgeSettings;
import io.tenure.knowledge.LanguageDetector;
import io.tenure.knowledge.QuestionAnswerer;
import io.tenure.knowledge.index.KnowledgeIndex;
import io.tenure.knowledge.index.LanguageAnalyzers;
import io.tenure.knowledge.ingest.HelpCenterSource;
import io.tenure.knowledge.ingest.IndexLedger;
import io.tenure.knowledge.ingest.IngestReport;
import io.tenure.llm.LanguageModel;
import io.tenure.llm.LanguageModels;
import io.tenure.llm.LlmSettings;
import io.tenure.llm.PromptLibrary;
import io.tenure.llm.SummarizedDigest;
import io.tenure.outreach.ApprovalWorkflow;
import io.tenure.outreach.AuditLog;
import io.tenure.outreach.DraftComposer;
import io.tenure.outreach.DraftReview;
import io.tenure.outreach.DraftTemplates;
import io.tenure.outreach.DraftTopics;
import io.tenure.outreach.Outboxes;
import io.tenure.outreach.OutreachJobs;
import io.tenure.outreach.OutreachCommands;
import io.tenure.outreach.OutreachDrafter;
import io.tenure.outreach.OutreachSettings;
import io.tenure.outreach.ProductChanges;
import io.tenure.owners.OwnerDirectory;
import io.tenure.home.MyHome;
import io.tenure.knowledge.answer.Messages;
import io.tenure.storage.home.SqlMyAccounts;
import io.tenure.storage.importing.JdbcImportTables;
import io.tenure.owners.OwnerSettings;
import io.tenure.owners.PeopleLookup;
import io.tenure.report.OutcomeReports;
import io.tenure.report.QuestionReports;
import io.tenure.report.ReportSettings;
import io.tenure.report.WeeklyDigest;
import io.tenure.retention.AskerAccounts;
import io.tenure.retention.CancelIntentSignals;
import io.tenure.retention.CustomerSettings;
import io.tenure.retention.FollowUpJobs;
import io.tenure.retention.IntentRecognizer;
import io.tenure.retention.IntentRules;
import io.tenure.retention.RetentionLoop;
import io.tenure.retention.RetentionSettings;
import io.tenure.schedule.DigestSchedule;
import io.tenure.schedule.DigestSettings;
import io.tenure.jobs.JobSettings;
import io.tenure.jobs.Jobs;
import io.tenure.storage.ClaimTable;
import io.tenure.storage.Database;
import io.tenure.storage.DatabaseLease;
import io.tenure.storage.DatabaseSettings;
import io.tenure.storage.ReplicaId;
import io.tenure.storage.assistant.SqlQuestionLog;
import io.tenure.storage.outreach.SqlAuditLog;
import io.tenure.storage.outreach.SqlDraftStore;
import io.tenure.storage.chat.SqlAnsweredThreads;
import io.tenure.storage.chat.SqlCardClaims;
import io.tenure.storage.chat.SqlPostedCards;
import io.tenure.storage.health.JdbcScoreHistory;
import io.tenure.storage.health.JdbcSignalStore;
import io.tenure.storage.health.SqlAccountDataPresence;
import io.tenure.storage.health.SqlChurnHistory;
import io.tenure.storage.alerts.SqlAlertLedger;
import io.tenure.storage.alerts.SqlAlertPreferences;
import io.tenure.storage.owners.SqlAccountOwners;
import io.tenure.storage.owners.SqlOwnerCache;
import io.tenure.storage.report.SqlOutcomeHistory;
import io.tenure.storage.report.SqlQuestionHistory;
import io.tenure.storage.retention.SqlCancelIntentSignals;
import com.github.kagkarlsson.scheduler.task.Task;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
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
    private LanguageAnalyzers analyzers;
    /** Off while the chat prompt is already shown: a progress bar would write over it. */
    private volatile boolean ingestProgress = true;
    private KnowledgeBase knowledgeBase;
    private Assistant assistant;
    private HealthDirectory health;
    private RiskDigest riskDigest;
    private AccountSummarizer summarizer;
    private ApprovalWorkflow approvals;
    private AuditLog auditLog;
    private OutreachDrafter drafter;
    private Optional<DiscordBot> discord;
    private HttpServer httpServer;
    private List<ChatAdapter> chatAdapters;
    private Optional<SlackAdapter> slack;
    private DailyDigest dailyDigest;
    private DigestSchedule digestSchedule;
    private QuestionLog questionLog;
    private IntentRecognizer intentRecognizer;
    private RetentionLoop retentionLoop;
    private Jobs jobs;
    private OwnerDirectory owners;
    private MyHome myHome;
    private OwnerAlerts ownerAlerts;
    private boolean jobsStarted;
    /** The internal channels of this process, by platform: where the staff-alert job posts. */
    private final Map<String, StaffAlerts> staffAlertChannels = Collections.synchronizedMap(new LinkedHashMap<>());

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
            DatabaseSettings settings = config.section("database", DatabaseSettings.class).withCredentials(
                    config.secrets().get(Secrets.DATABASE_USERNAME).orElse(null),
                    config.secrets().get(Secrets.DATABASE_PASSWORD).orElse(null));
            database = Database.open(settings, config.dataDir());
        }
        return database;
    }

    /** The job table; its scheduler runs only in long-running processes ({@link #startJobs}). */
    public synchronized Jobs jobs() {
        if (jobs == null) {
            jobs = new Jobs(database().dataSource(), Jobs.POLL, jobSettings().heartbeat());
        }
        return jobs;
    }

    private JobSettings jobSettings() {
        return config.section("jobs", JobSettings.class);
    }

    /**
     * Works the job table from this process: deliveries, the outreach sweep and question follow-ups always;
     * in {@code serve} also review cards, staff and owner alerts and the daily digest; in the console chat, staff and
     * owner alerts only on the embedded default (with a chat platform configured, alerts are for {@code serve} to post there).
     */
    public synchronized void startJobs(boolean serving) {
        if (jobsStarted) {
            return;
        }
        List<Task<?>> tasks = new ArrayList<>(OutreachJobs.delivery(approvals(), Jobs.Retries.DEFAULT,
                jobSettings().sweepEvery()));
        tasks.add(FollowUpJobs.task(retentionLoop()));
        if (serving || !platformConfigured()) {
            tasks.add(StaffAlertJobs.task(jobs(), staffAlertChannels));
            tasks.add(OwnerAlertJobs.delivery(jobs(), staffAlertChannels, alertRecipients()));
            // On the embedded default the console is the only process, so it also evaluates the owner alerts an
            // import asked for (which no one else would: the row waited, and its scheduler warned on screen).
            tasks.addAll(OwnerAlertJobs.evaluation(ownerAlerts()));
        }
        if (serving) {
            tasks.add(OutreachJobs.cards(approvals()));
            digestSchedule().task().ifPresent(tasks::add);
        }
        jobs().start(tasks);
        jobsStarted = true;
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

    /**
     * One analyzer per language, shared by the index, the glossary and retrieval; dictionaries load on first
     * use. The terms of the glossary's words are kept in {@code <data>/cache}, so an English question never
     * loads the Korean or Japanese dictionary to read the glossary.
     */
    public synchronized LanguageAnalyzers analyzers() {
        if (analyzers == null) {
            analyzers = new LanguageAnalyzers(cacheDir().resolve("word-terms.json"));
        }
        return analyzers;
    }

    /** What Tenure learns from the help center and its configuration and keeps between processes: safe to delete. */
    public Path cacheDir() {
        return config.dataDir().resolve("cache");
    }

    /**
     * Starts reading what answering this question needs most time to load on a background thread, while this
     * thread opens the database: the dictionary of the question's script (Korean, Japanese, Thai), or lingua's
     * models for Latin-script text the glossary's words cannot tell (building the knowledge base teaches
     * the detector those words). Nothing else: the glossary's words and the passages come analysed from
     * the cache and the index, and on two cores, warming what one question does not use only slows its
     * answer down. Nothing depends on it: a part not warmed yet loads when first used.
     */
    public void warmUpInBackground(String question) {
        String script = LanguageDetector.byScript(question);
        if (script != null) {
            warm("dictionary", () -> analyzers().terms(script, question));
        } else {
            warm("lingua", () -> {
                knowledgeBase();
                if (languageDetector().needsModel(question)) {
                    languageDetector().warmUp();
                }
            });
        }
    }

    private static void warm(String what, Runnable work) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | LinkageError e) {
                // The same part fails again where it is used, and is reported there.
                log.debug("warming up {} failed", what, e);
            }
        }, "warm-" + what);
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
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
            KnowledgeIndex index = KnowledgeIndex.open(config.dataDir().resolve("index"), analyzers());
            knowledgeBase = new KnowledgeBase(settings, index, new IndexLedger(index), languageDetector(), cacheDir());
        }
        return knowledgeBase;
    }

    public synchronized QuestionAnswerer knowledge() {
        if (knowledge == null) {
            ConversationSettings conversations = config.section("conversations", ConversationSettings.class);
            knowledge = knowledgeBase().helpCenter(languageModel(), prompts(), new ThreadMemory(new SqlChatMemoryStore(
                    database().jdbi(), clock, Duration.ofMinutes(conversations.forgetAfterMinutes())),
                    conversations.memoryMessages()));
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
        IngestReport report = kb.ingest(source, ingestProgress && System.console() != null);
        for (IngestReport.Rejected rejected : report.rejected()) {
            log.warn("help center: skipped {}: {}", rejected.path(), rejected.reason());
        }
        for (IngestReport.Rejected flagged : report.flagged()) {
            log.warn("help center: {}: {} (run `tenure kb ingest --strict` to refuse such files)", flagged.path(),
                    flagged.reason());
        }
        if (report.touchedIndex()) {
            log.info("help center {}: {}", report.source(), report.summary());
        }
        return report;
    }

    public synchronized Assistant assistant() {
        if (assistant == null) {
            List<Command> commands = new ArrayList<>();
            commands.add(new RiskRequest(health(), clock, healthSettings().riskLimit()));
            commands.add(new AccountRequest(health(), clock));
            commands.add(new DigestRequest(dailyDigest(), clock));
            commands.add(new AccountSummaryCommand(accounts(), summarizer(), clock));
            commands.addAll(OutreachCommands.all(drafter(), approvals()));
            commands.add(new AlertsCommand(alertPreferences(), owners(), unresolvedOwners(), clock));
            assistant = new Assistant(knowledge(), questionLog(), commands, FollowUpJobs.rows(jobs()),
                    Apologies.load(config.section("kb", KnowledgeSettings.class).messages()),
                    new SqlConversationTopics(database().jdbi(), clock, Duration.ofMinutes(
                            config.section("conversations", ConversationSettings.class).forgetAfterMinutes())));
        }
        return assistant;
    }

    /**
     * The assistant for one customer question ({@code tenure ask}): the help center and the question log,
     * without the staff commands, whose parts (health, digest, drafter) a question never needs.
     */
    public Assistant questionAssistant() {
        return new Assistant(knowledge(), questionLog(), List.of(), FollowUpJobs.rows(jobs()),
                Apologies.load(config.section("kb", KnowledgeSettings.class).messages()));
    }

    public synchronized QuestionLog questionLog() {
        if (questionLog == null) {
            questionLog = new SqlQuestionLog(database().jdbi(), clock);
        }
        return questionLog;
    }

    /** Intents in questions: the glossary and language detector of the help center, and the model when one is set. */
    public synchronized IntentRecognizer intentRecognizer() {
        if (intentRecognizer == null) {
            var glossary = knowledgeBase().glossary();
            IntentRules rules = IntentRules.load(config.section("retention", RetentionSettings.class).intents(),
                    glossary.conceptIds());
            intentRecognizer = new IntentRecognizer(rules, glossary, languageDetector(), languageModel(), prompts());
        }
        return intentRecognizer;
    }

    /** After each answered question: its intent, and for a mapped customer leaving, the signal, draft and alert. */
    public synchronized RetentionLoop retentionLoop() {
        if (retentionLoop == null) {
            retentionLoop = new RetentionLoop(intentRecognizer(),
                    new AskerAccounts(config.section("customers", CustomerSettings.class)), questionLog(),
                    new SqlCancelIntentSignals(database().jdbi()), accounts(), drafter(), approvals(),
                    ownerAlerts(), clock);
        }
        return retentionLoop;
    }

    /** Adds an internal channel for staff alerts (each chat platform that has one, the console's stderr). */
    public void addStaffAlerts(String platform, StaffAlerts channel) {
        staffAlertChannels.put(platform, channel);
    }

    /**
     * Waits for the follow-ups and alerts of questions already answered, when this process works them (the
     * console chat before it ends prints the alerts of its last questions).
     */
    public void finishFollowUps() {
        Jobs running;
        synchronized (this) {
            running = jobsStarted ? jobs : null;
        }
        if (running != null) {
            long wait = config.section("llm", LlmSettings.class).timeoutSeconds() + 10L;
            running.awaitIdle(List.of(FollowUpJobs.TASK, StaffAlertJobs.TASK, OwnerAlertJobs.EVALUATE,
                    OwnerAlertJobs.DELIVER), Duration.ofSeconds(wait));
        }
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
            health = new HealthDirectory(new JdbcSignalStore(database().jdbi(), playbook), new HealthScorer(playbook),
                    new JdbcScoreHistory(database().jdbi(), clock));
        }
        return health;
    }

    public AccountImport accountImport() {
        return new AccountImport(new JdbcImportTables(database().dataSource()), clock);
    }

    /** Whether the database has ever held account data (no account, no import recorded). */
    public AccountDataPresence accountDataPresence() {
        return new SqlAccountDataPresence(database().jdbi());
    }

    /** The health digest alone: figures, text file and chart. */
    public synchronized RiskDigest riskDigest() {
        if (riskDigest == null) {
            String dir = healthSettings().digestDir();
            riskDigest = new RiskDigest(health(), new SqlChurnHistory(database().jdbi()),
                    dir.isBlank() ? config.dataDir().resolve("digests") : Path.of(dir), healthSettings().currency(),
                    new io.tenure.storage.health.SqlDigestDays(database().jdbi(), clock));
        }
        return riskDigest;
    }

    public OutreachSettings outreachSettings() {
        return config.section("outreach", OutreachSettings.class).checked();
    }

    /** Checks {@code prompts/account-summary.txt} and the template summary when built, so a bad file fails at start. */
    public synchronized AccountSummarizer summarizer() {
        if (summarizer == null) {
            LlmSettings llm = config.section("llm", LlmSettings.class);
            summarizer = new AccountSummarizer(languageModel(), prompts(), llm.promptsDir(), llm.shareContactDetails());
        }
        return summarizer;
    }

    /** The health digest with summaries of the top at-risk accounts appended ({@code outreach.digest_summaries}). */
    public DailyDigest withSummaries(DailyDigest healthDigest) {
        return new SummarizedDigest(healthDigest, accounts(), summarizer(), outreachSettings().digestSummaries());
    }

    /** The append-only history of every draft ({@code tenure audit}). */
    public synchronized AuditLog auditLog() {
        if (auditLog == null) {
            auditLog = new SqlAuditLog(database().jdbi());
        }
        return auditLog;
    }

    /**
     * The review workflow. Building it does nothing in the background: deliveries, expiry and claims left by
     * a dead sender are jobs, worked by long-running processes. Card rows are written when a chat platform
     * is configured (the embedded default shows no cards).
     */
    public synchronized ApprovalWorkflow approvals() {
        if (approvals == null) {
            OutreachSettings settings = outreachSettings();
            approvals = new ApprovalWorkflow(new SqlDraftStore(database().jdbi()), auditLog(),
                    Outboxes.fromSettings(settings, config.dataDir(), config.secrets()), settings, clock, jobs(),
                    platformConfigured());
        }
        return approvals;
    }

    /** Checks {@code prompts/outreach-draft.txt} and every language's templates when built. */
    public synchronized OutreachDrafter drafter() {
        if (drafter == null) {
            OutreachSettings settings = outreachSettings();
            LlmSettings llm = config.section("llm", LlmSettings.class);
            DraftTopics topics = DraftTopics.load(settings.templatesDir() + "/topics.yaml");
            DraftComposer composer = new DraftComposer(languageModel(), prompts(),
                    DraftTemplates.load(settings.templatesDir(), topics), ProductChanges.load(settings.productChanges()),
                    settings.senderName(), llm.shareContactDetails());
            drafter = new OutreachDrafter(accounts(), topics, composer, approvals(), clock);
        }
        return drafter;
    }

    /** The Discord bot, when DISCORD_BOT_TOKEN is set; otherwise it is off, said once in the log. */
    public synchronized Optional<DiscordBot> discord() {
        if (discord == null) {
            Optional<String> token = config.secrets().get(Secrets.DISCORD_BOT_TOKEN);
            if (token.isEmpty()) {
                log.info("Discord bot off: DISCORD_BOT_TOKEN is not set");
                discord = Optional.empty();
            } else {
                DiscordSettings settings = config.section("discord", DiscordSettings.class);
                discord = Optional.of(new DiscordBot(settings, token.get(), assistant(), roles(),
                        Optional.of(approvals()), new SqlCardClaims(database().jdbi(), clock),
                        new ClaimTable(database().jdbi(), ClaimTable.Table.DISCORD_MESSAGE, clock),
                        new DatabaseLease(database().jdbi(), DiscordBot.leaseName(token.get()), clock,
                                ReplicaId.instance(), Duration.ofSeconds(settings.gatewayLeaseSeconds()))));
                discord.get().homes(myHome());
                discord.get().staffAlerts().ifPresent(alerts -> addStaffAlerts("discord", alerts));
            }
        }
        return discord;
    }

    /** Where the daily digest goes on Discord, when the bot runs and discord.digest_channel_id is set. */
    public Optional<DigestChannel> discordDigest() {
        String channel = config.section("discord", DiscordSettings.class).digestChannelId();
        if (channel.isEmpty()) {
            return Optional.empty();
        }
        return discord().map(bot -> new DiscordDigestChannel(bot, channel));
    }

    public synchronized HttpServer httpServer() {
        if (httpServer == null) {
            httpServer = new HttpServer(config.section("http", HttpSettings.class), readiness());
        }
        return httpServer;
    }

    /** What {@code GET /health} checks: the database answers, this build's migrations are applied, the index is open. */
    public Readiness readiness() {
        return new Readiness()
                .add("database", () -> {
                    database().ping();
                    return null;
                })
                .add("migrations", () -> {
                    List<String> pending = database().pendingMigrations();
                    return pending.isEmpty() ? null : pending.size() + " not applied: " + String.join(", ", pending);
                })
                .add("index", this::indexProblem);
    }

    private synchronized String indexProblem() {
        if (knowledgeBase == null) {
            return "not open";
        }
        knowledgeBase.index().passageCount();
        return null;
    }

    /** Every chat platform that is configured (has its token); {@code tenure serve} runs them all. */
    public synchronized List<ChatAdapter> chatAdapters() {
        if (chatAdapters == null) {
            List<ChatAdapter> adapters = new ArrayList<>();
            slack().ifPresent(adapters::add);
            discord().ifPresent(adapters::add);
            chatAdapters = List.copyOf(adapters);
        }
        return chatAdapters;
    }

    /** Where the daily digest goes: one channel per platform that has one configured. */
    public synchronized List<DigestChannel> digestChannels() {
        List<DigestChannel> channels = new ArrayList<>();
        slack().flatMap(SlackAdapter::digestChannel).ifPresent(channels::add);
        discordDigest().ifPresent(channels::add);
        return channels;
    }

    /** The Slack adapter's tables; public so the Slack benchmark wires its own database the same way. */
    public static SlackStores slackStores(Jdbi jdbi, Clock clock) {
        return new SlackStores(new ClaimTable(jdbi, ClaimTable.Table.SLACK_EVENT, clock), new SqlAnsweredThreads(jdbi, clock),
                new SqlPostedCards(jdbi, clock));
    }

    private SlackStores slackStores() {
        return slackStores(database().jdbi(), clock);
    }

    private synchronized Optional<SlackAdapter> slack() {
        if (slack == null) {
            Optional<SlackTokens> tokens = SlackTokens.from(config.secrets());
            if (tokens.isEmpty()) {
                log.info("Slack is off: SLACK_BOT_TOKEN is not set");
                slack = Optional.empty();
            } else {
                SlackAdapter adapter = new SlackAdapter(config.section("slack", SlackSettings.class), tokens.get(),
                        assistant(), roles(), draftReview(), slackStores());
                adapter.homes(myHome());
                adapter.routes(httpServer());
                adapter.staffAlerts().ifPresent(alerts -> addStaffAlerts("slack", alerts));
                slack = Optional.of(adapter);
            }
        }
        return slack;
    }

    /**
     * Account owners as chat users: Slack asked by address when its token is set, Discord from
     * {@code owners.discord}; answers cached in the database.
     */
    public synchronized OwnerDirectory owners() {
        if (owners == null) {
            List<PeopleLookup> remote = new ArrayList<>();
            SlackTokens.from(config.secrets()).ifPresent(tokens -> remote.add(
                    SlackAdapter.people(config.section("slack", SlackSettings.class), tokens)));
            owners = new OwnerDirectory(config.section("owners", OwnerSettings.class), remote,
                    new SqlOwnerCache(database().jdbi()), clock);
        }
        return owners;
    }

    /** Each person's home (Slack App Home, Discord /mine): their accounts at risk, drafts, cancellation questions. */
    public synchronized MyHome myHome() {
        if (myHome == null) {
            String help = Messages.load(config.section("kb", KnowledgeSettings.class).messages())
                    .sentence("home_help", "en", "Ask me anything about billing, plans or your subscription.");
            myHome = new MyHome(health(), () -> approvals().pending(), owners(), new SqlMyAccounts(database().jdbi()),
                    help, clock);
        }
        return myHome;
    }

    /** Owner alerts: the triggers of {@code alerts.rules}, raised once per account, trigger and day. */
    public synchronized OwnerAlerts ownerAlerts() {
        if (ownerAlerts == null) {
            AlertRules rules = AlertRules.load(config.section("alerts", AlertSettings.class).rules());
            ownerAlerts = new OwnerAlerts(rules, new AlertEvaluator(health(), rules),
                    new SqlAlertLedger(database().jdbi(), jobs()), clock);
        }
        return ownerAlerts;
    }

    public AlertPreferences alertPreferences() {
        return new SqlAlertPreferences(database().jdbi());
    }

    /** Who gets an owner alert directly on each platform. */
    public AlertRecipients alertRecipients() {
        return new AlertRecipients(owners(), alertPreferences(), roles());
    }

    /** Account owners nobody has in chat, per platform. */
    public UnresolvedOwners unresolvedOwners() {
        return new UnresolvedOwners(new SqlAccountOwners(database().jdbi()), owners());
    }

    /** The managers' daily digest: the health digest with summaries of the top at-risk accounts. */
    public synchronized DailyDigest dailyDigest() {
        if (dailyDigest == null) {
            dailyDigest = new WeeklyDigest(withSummaries(riskDigest()), questionReports(),
                    outcomeReports(), config.section("report", ReportSettings.class).weeklyDayOfWeek());
        }
        return dailyDigest;
    }

    /** The outcomes report: sent drafts, what became of their accounts, churn per month. */
    /** The questions report: what customers asked and how well the help center served them. */
    public QuestionReports questionReports() {
        return new QuestionReports(new SqlQuestionHistory(database().jdbi()));
    }

    public OutcomeReports outcomeReports() {
        return new OutcomeReports(new SqlOutcomeHistory(database().jdbi()),
                DraftTopics.load(outreachSettings().templatesDir() + "/topics.yaml"));
    }

    /** What chat adapters call for review cards: the approval workflow. */
    public DraftReview draftReview() {
        return approvals();
    }

    public synchronized DigestSchedule digestSchedule() {
        if (digestSchedule == null) {
            digestSchedule = new DigestSchedule(config.section("digest", DigestSettings.class), dailyDigest(),
                    digestChannels(), clock, StaffAlertJobs.queue(jobs()));
        }
        return digestSchedule;
    }

    /** Whether a chat platform's token is set, which makes this a deployment rather than the embedded default. */
    public boolean platformConfigured() {
        return config.secrets().get(Secrets.SLACK_BOT_TOKEN).isPresent()
                || config.secrets().get(Secrets.DISCORD_BOT_TOKEN).isPresent();
    }

    /** Brings the help center up to date before answering a question: all {@code tenure ask} needs. */
    public void prepareToAnswer() {
        languageModel();
        ingestConfiguredHelpCenter();
        knowledge();
    }

    /** Brings the embedded default up to date before chatting: the help center and the demo accounts. */
    public void prepare() {
        prepareToAnswer();
        summarizer();
        drafter();
        intentRecognizer();
        loadDemoAccountsOnFirstRun();
    }

    /**
     * {@link #prepare()} on a background thread, so the chat prompt can be shown first. A data folder not
     * initialised yet is prepared here, with the ingest's progress, before the prompt.
     */
    public java.util.concurrent.CompletableFuture<Void> prepareInBackground() {
        if (!java.nio.file.Files.isDirectory(config.dataDir().resolve("index"))) {
            prepare();
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
        ingestProgress = false;
        java.util.concurrent.CompletableFuture<Void> prepared = new java.util.concurrent.CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                prepare();
                prepared.complete(null);
            } catch (Throwable e) {
                prepared.completeExceptionally(e);
            }
        }, "prepare");
        thread.setDaemon(true);
        thread.start();
        return prepared;
    }

    /**
     * With no accounts and no import ever, a small generated set ending today, so risk shows at once. Only
     * on the embedded default: with a chat platform configured this is a real deployment, where made-up
     * accounts must never reach a digest or an outbox.
     */
    private void loadDemoAccountsOnFirstRun() {
        HealthSettings settings = healthSettings();
        if (platformConfigured()) {
            log.info("demo accounts not loaded: a chat platform is configured; import your accounts with "
                    + "tenure accounts import");
            return;
        }
        if (settings.demoOnFirstRun()) {
            FirstRunDemo.loadIfUntouched(accountDataPresence(), accountImport(), health(), settings.demoAccounts(),
                    settings.demoDays(), settings.demoSeed(), clock);
        }
    }

    @Override
    public void close() {
        // Outside the lock: a job under way may still need App's parts; stopping waits for it (at most 5 s).
        Jobs running;
        synchronized (this) {
            running = jobs;
        }
        if (running != null) {
            running.close();
        }
        closeParts();
    }

    private synchronized void closeParts() {
        if (httpServer != null) {
            httpServer.close();
        }
        if (slack != null) {
            slack.ifPresent(ChatAdapter::close);
        }
        if (discord != null) {
            discord.ifPresent(DiscordBot::close);
        }
        if (health != null) {
            health.close();
        }
        // The index releases its write lock.
        if (knowledgeBase != null) {
            knowledgeBase.close();
            knowledgeBase = null;
        }
        // Last: the parts above may still write on their way out. Closes a server database's pool.
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
