package io.tenure;

import io.tenure.assistant.Assistant;
import io.tenure.assistant.Caller;
import io.tenure.assistant.Command;
import io.tenure.assistant.DailyDigest;
import io.tenure.assistant.QuestionLog;
import io.tenure.assistant.RoleDirectory;
import io.tenure.assistant.Reply;
import io.tenure.assistant.RoleSettings;
import io.tenure.chat.ChatAdapter;
import io.tenure.chat.DigestChannel;
import io.tenure.chat.HttpServer;
import io.tenure.chat.HttpSettings;
import io.tenure.chat.slack.SlackAdapter;
import io.tenure.chat.slack.SlackSettings;
import io.tenure.chat.slack.SlackTokens;
import io.tenure.config.TenureConfig;
import io.tenure.knowledge.Answer;
import io.tenure.knowledge.QuestionAnswerer;
import io.tenure.llm.LanguageModel;
import io.tenure.llm.LanguageModels;
import io.tenure.llm.LlmSettings;
import io.tenure.llm.PromptLibrary;
import io.tenure.outreach.DraftListener;
import io.tenure.outreach.DraftReview;
import io.tenure.outreach.DraftView;
import io.tenure.outreach.ReviewOutcome;
import io.tenure.schedule.DigestSchedule;
import io.tenure.schedule.DigestSettings;
import io.tenure.storage.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private Assistant assistant;
    private HttpServer httpServer;
    private List<ChatAdapter> chatAdapters;
    private Optional<SlackAdapter> slack;
    private DailyDigest dailyDigest;
    private DraftReview draftReview;
    private DigestSchedule digestSchedule;

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

    public synchronized HttpServer httpServer() {
        if (httpServer == null) {
            httpServer = new HttpServer(config.section("http", HttpSettings.class));
        }
        return httpServer;
    }

    /** Every chat platform that is configured (has its token); {@code tenure serve} runs them all. */
    public synchronized List<ChatAdapter> chatAdapters() {
        if (chatAdapters == null) {
            List<ChatAdapter> adapters = new ArrayList<>();
            slack().ifPresent(adapters::add);
            chatAdapters = List.copyOf(adapters);
        }
        return chatAdapters;
    }

    /** Where the daily digest goes: one channel per platform that has one configured. */
    public synchronized List<DigestChannel> digestChannels() {
        List<DigestChannel> channels = new ArrayList<>();
        slack().flatMap(SlackAdapter::digestChannel).ifPresent(channels::add);
        return channels;
    }

    private synchronized Optional<SlackAdapter> slack() {
        if (slack == null) {
            Optional<SlackTokens> tokens = SlackTokens.from(config.secrets());
            if (tokens.isEmpty()) {
                log.info("Slack is off: SLACK_BOT_TOKEN is not set");
                slack = Optional.empty();
            } else {
                SlackAdapter adapter = new SlackAdapter(config.section("slack", SlackSettings.class), tokens.get(),
                        assistant(), roles(), draftReview(), database().jdbi(), clock);
                adapter.routes(httpServer());
                slack = Optional.of(adapter);
            }
        }
        return slack;
    }

    public synchronized DailyDigest dailyDigest() {
        if (dailyDigest == null) {
            // Until account health is wired in, the digest says so rather than inventing figures.
            dailyDigest = day -> Reply.text(Reply.Kind.ACCOUNT_DATA, "Daily digest for " + day
                    + ": no account data is connected yet, so there is nothing to report.");
        }
        return dailyDigest;
    }

    public synchronized DraftReview draftReview() {
        if (draftReview == null) {
            // Until outreach is wired in there are no drafts: nothing to find, every action refused.
            draftReview = new DraftReview() {
                @Override
                public Optional<DraftView> find(String draftId) {
                    return Optional.empty();
                }

                @Override
                public ReviewOutcome approve(String draftId, Caller by) {
                    return new ReviewOutcome.Refused("Outreach drafts are not set up yet.");
                }

                @Override
                public ReviewOutcome reject(String draftId, Caller by, String reason) {
                    return new ReviewOutcome.Refused("Outreach drafts are not set up yet.");
                }

                @Override
                public ReviewOutcome edit(String draftId, Caller by, String subject, String body) {
                    return new ReviewOutcome.Refused("Outreach drafts are not set up yet.");
                }

                @Override
                public void subscribe(DraftListener listener) {
                    // No drafts are ever made, so there is nothing to tell.
                }
            };
        }
        return draftReview;
    }

    public synchronized DigestSchedule digestSchedule() {
        if (digestSchedule == null) {
            digestSchedule = new DigestSchedule(config.section("digest", DigestSettings.class), dailyDigest(),
                    digestChannels(), database().jdbi(), clock);
        }
        return digestSchedule;
    }

    /** Brings the embedded default up to date before chatting: the help center and the demo accounts. */
    public void prepare() {
        languageModel();
        knowledge();
    }

    @Override
    public synchronized void close() {
        if (digestSchedule != null) {
            digestSchedule.close();
        }
        if (httpServer != null) {
            httpServer.close();
        }
        if (chatAdapters != null) {
            chatAdapters.forEach(ChatAdapter::close);
        }
    }
}
