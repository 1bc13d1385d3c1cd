package io.tenure.chat.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import io.tenure.assistant.Assistant;
import io.tenure.assistant.RoleDirectory;
import io.tenure.assistant.StaffAlerts;
import io.tenure.chat.ChatAdapter;
import io.tenure.chat.DigestChannel;
import io.tenure.chat.HttpServer;
import io.tenure.config.ConfigException;
import io.tenure.home.HomePage;
import io.tenure.chat.AnsweredThreads;
import io.tenure.outreach.DraftReview;
import io.tenure.owners.PeopleLookup;
import io.tenure.chat.EventClaims;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tenure in Slack: the Bolt app, reached over Socket Mode when an app token is set and otherwise at
 * {@code POST /slack/events} on Tenure's HTTP server. It only translates: Slack events to the assistant
 * and its replies to Block Kit; review-card clicks to {@link DraftReview}.
 */
public final class SlackAdapter implements ChatAdapter {
    private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);
    /** Where Slack posts events in HTTP mode. */
    public static final String EVENTS_PATH = SlackEventsEndpoint.PATH;

    private final SlackSettings settings;
    private final SlackTokens tokens;
    private final Slack slack;
    private final App bolt;
    private final SlackWebApi web;
    private final EventClaims seen;
    private final DraftReview review;
    private final SlackReviewCards reviewCards;
    private final ExecutorService work;
    private final ExecutorService answers;
    private final ExecutorService cardWork;
    private final ExecutorService clicks;
    private final SlackConversations conversations;
    private final RoleDirectory roles;
    private final AnsweredThreads threads;
    private SocketModeApp socketMode;
    private boolean started;

    public SlackAdapter(SlackSettings settings, SlackTokens tokens, Assistant assistant, RoleDirectory roles,
                        DraftReview review, SlackStores stores) {
        this.settings = settings;
        this.tokens = tokens;
        this.review = review;
        SlackConfig config = new SlackConfig();
        config.setProxyUrl(null);
        config.setMethodsEndpointUrlPrefix(settings.apiBaseUrl());
        slack = Slack.getInstance(config);
        bolt = new App(AppConfig.builder().slack(slack).singleTeamBotToken(tokens.botToken())
                .signingSecret(tokens.signingSecret()).unmatchedRequestHandler(SlackListeners.UNMATCHED).build());
        web = new SlackWebApi(slack.methods(tokens.botToken()));
        seen = stores.events();
        work = pool("slack-work", settings.workers());
        answers = pool("slack-answer", settings.workers());
        cardWork = pool("slack-cards", 1);
        // Clicks have their own threads: a modal must open within three seconds even when every
        // worker is busy with a slow answer.
        clicks = pool("slack-click", 2);
        reviewCards = new SlackReviewCards(review, web, stores.cards(), settings.reviewChannel(),
                cardWork, clicks);
        conversations = new SlackConversations(assistant, answers,
                Duration.ofMillis(settings.workingNoticeMillis()));
        this.roles = roles;
        this.threads = stores.threads();
        new SlackListeners(conversations, reviewCards, new SlackChannels(settings), roles, seen, stores.threads(), web, work)
                .register(bolt);
    }

    @Override
    public String platform() {
        return "slack";
    }

    /**
     * Shows each person their home in the App Home tab ({@code app_home_opened}); an Approve click there
     * publishes it again. Call before {@link #start()}.
     */
    public void homes(HomePage home) {
        SlackHome slackHome = new SlackHome(home, roles, web, conversations, threads, work);
        slackHome.register(bolt);
        reviewCards.afterHomeClick(slackHome::publish);
    }

    /** Adds {@code POST /slack/events} to the HTTP server, in HTTP mode (Socket Mode needs no route). */
    public void routes(HttpServer http) {
        if (!tokens.socketMode()) {
            SlackEventsEndpoint endpoint = new SlackEventsEndpoint(bolt, Clock.systemUTC());
            http.routes(routes -> routes.post(SlackEventsEndpoint.PATH, endpoint));
        }
    }

    /** The managers' digest channel, when one is configured. */
    public Optional<DigestChannel> digestChannel() {
        return settings.digestChannel().isEmpty() ? Optional.empty()
                : Optional.of(new SlackDigestChannel(web, settings.digestChannel()));
    }

    /**
     * Slack's people (addresses to user ids and back) for the owner directory: only the Web API with the bot
     * token, so one-shot commands ({@code tenure alerts unresolved}) use it without the Bolt app.
     */
    public static PeopleLookup people(SlackSettings settings, SlackTokens tokens) {
        SlackConfig config = new SlackConfig();
        config.setProxyUrl(null);
        config.setMethodsEndpointUrlPrefix(settings.apiBaseUrl());
        return new SlackPeople(new SlackWebApi(Slack.getInstance(config).methods(tokens.botToken())));
    }

    /**
     * Staff alerts go to {@code slack.alerts_channel} (default: the review channel); owner alerts also reach
     * people directly, so Slack takes alerts even with no alerts channel configured.
     */
    public Optional<StaffAlerts> staffAlerts() {
        return Optional.of(new SlackStaffAlerts(web, settings.alertsChannel()));
    }

    @Override
    public synchronized void start() throws Exception {
        if (started) {
            return;
        }
        try {
            // Bolt builds its own middleware (checking the token with auth.test) when the first is added.
            bolt.use(new RequestOrigin(settings.teamId(), settings.appId()));
        } catch (IllegalArgumentException e) {
            throw refusedToken(e);
        }
        seen.forgetOld();
        review.subscribe(reviewCards);
        if (tokens.socketMode()) {
            socketMode = new SocketModeApp(tokens.appToken(), bolt);
            socketMode.startAsync();
            log.info("Slack: connected in Socket Mode");
        } else {
            try {
                bolt.start();
            } catch (IllegalArgumentException e) {
                throw refusedToken(e);
            }
            log.info("Slack: HTTP mode, Slack calls POST {}", SlackEventsEndpoint.PATH);
        }
        started = true;
    }

    /** Bolt checks the token with auth.test and throws IllegalArgumentException; say which setting to look at. */
    private ConfigException refusedToken(IllegalArgumentException e) {
        return new ConfigException("Slack did not accept SLACK_BOT_TOKEN: " + e.getMessage()
                + "; check the token and slack.api_base_url (" + settings.apiBaseUrl() + ")");
    }

    @Override
    public synchronized void close() {
        try {
            if (socketMode != null) {
                socketMode.close();
            } else {
                bolt.stop();
            }
        } catch (Exception e) {
            log.warn("Slack did not stop cleanly: {}", e.getMessage());
        }
        for (ExecutorService pool : new ExecutorService[] {work, answers, cardWork, clicks}) {
            pool.shutdown();
        }
        try {
            // Let replies under way reach Slack before the process ends.
            work.awaitTermination(5, TimeUnit.SECONDS);
            clicks.awaitTermination(2, TimeUnit.SECONDS);
            cardWork.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        answers.shutdownNow();
        seen.close();
        try {
            slack.close();
        } catch (Exception e) {
            log.debug("closing the Slack client: {}", e.getMessage());
        }
    }

    private static ExecutorService pool(String name, int threads) {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
