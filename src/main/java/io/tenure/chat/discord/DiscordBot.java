package io.tenure.chat.discord;

import io.tenure.assistant.AccountAlert;
import io.tenure.assistant.Assistant;
import io.tenure.home.HomePage;
import io.tenure.assistant.Reply;
import io.tenure.assistant.RoleDirectory;
import io.tenure.assistant.StaffAlerts;
import io.tenure.chat.CardClaims;
import io.tenure.chat.ChatAdapter;
import io.tenure.outreach.DraftReview;
import io.tenure.chat.EventClaims;
import io.tenure.chat.Lease;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord bot: a thin adapter that turns Discord messages and interactions into assistant requests and
 * its replies into embeds. It decides nothing itself: it tells the assistant where a message was said
 * (from config) and who said it (user and role ids), and renders what comes back.
 */
public final class DiscordBot implements ChatAdapter {
    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    /** MESSAGE_CONTENT is privileged: it must be switched on for the bot in the developer portal. */
    static final Set<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES,
            GatewayIntent.MESSAGE_CONTENT);
    /** What the bot needs in a channel: read it, answer (also in threads), embed citations, attach the chart. */
    public static final Set<Permission> PERMISSIONS = EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_SEND_IN_THREADS, Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_ATTACH_FILES,
            Permission.MESSAGE_HISTORY);
    private static final Duration READY_WAIT = Duration.ofSeconds(30);

    private final DiscordSettings settings;
    private final String token;
    private final Assistant assistant;
    private final DiscordCallers callers;
    private final Optional<DraftReview> review;
    private final CardClaims cardStore;
    private final EventClaims answered;
    private final ExecutorService work = Executors.newFixedThreadPool(4, named("discord-work"));
    private final ExecutorService cardWork = Executors.newSingleThreadExecutor(named("discord-cards"));
    private final Lease gatewayLease;
    private volatile JDA jda;
    private ScheduledExecutorService heartbeat;
    private final AtomicBoolean subscribed = new AtomicBoolean();
    /** The review cards of the current gateway connection, or null while this replica holds none. */
    private volatile ReviewCards currentCards;
    private volatile HomePage home;

    /**
     * @param review the outreach draft review, when there is one: review cards are posted only with it and a
     *               configured review channel
     * @param cards which message shows each draft's review card, shared by every replica
     * @param answered messages taken up for an answer, shared by every replica
     * @param gatewayLease the lease on this token's gateway connection (named {@link #leaseName(String)}): only
     *                     its holder connects
     */
    public DiscordBot(DiscordSettings settings, String token, Assistant assistant, RoleDirectory roles,
                      Optional<DraftReview> review, CardClaims cards, EventClaims answered, Lease gatewayLease) {
        this.settings = settings;
        this.token = token;
        this.assistant = assistant;
        this.callers = new DiscordCallers(roles);
        this.review = review;
        this.cardStore = cards;
        this.answered = answered;
        this.gatewayLease = gatewayLease;
    }

    /** What {@code /mine} shows each person (their home); call before {@link #start()}. */
    public void homes(HomePage home) {
        this.home = home;
    }

    /** One lease per bot token (Discord allows one gateway session per token and shard); the token itself is not stored. */
    public static String leaseName(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return "discord-gateway:" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String platform() {
        return DiscordCallers.PLATFORM;
    }

    /**
     * Connects when this replica gets the gateway lease, else leaves the gateway to the replica that holds it
     * and takes over when that one stops renewing (a heartbeat tries every third of the lease). Several
     * replicas with one bot token thus keep one gateway connection: each message reaches one of them.
     */
    @Override
    public synchronized void start() throws InterruptedException {
        if (heartbeat != null) {
            return;
        }
        heartbeat = Executors.newSingleThreadScheduledExecutor(named("discord-lease"));
        if (review.isPresent() && !settings.reviewChannelId().isEmpty() && subscribed.compareAndSet(false, true)) {
            // Subscribed on every replica: the card job may run anywhere; where this replica does not hold the
            // gateway, showing fails and the job is retried (with backoff, on whichever replica picks it).
            review.get().subscribe(this::showCard);
        }
        if (gatewayLease.acquire()) {
            try {
                connect(true);
            } catch (InvalidTokenException e) {
                throw e;
            } catch (RuntimeException e) {
                // An unreachable Discord must not stop serve (Slack keeps serving): the heartbeat below, which
                // still holds the lease, connects at its next beats.
                log.warn("Discord cannot be reached at start ({}); trying again every {} s in the background, the "
                        + "other chat platforms run meanwhile", e.getMessage(),
                        Math.max(1, gatewayLease.length().toSeconds() / 3));
            }
        } else {
            log.info("Discord gateway: another replica ({}) holds the connection for this bot token; this one "
                    + "takes over if that one stops", gatewayLease.holder().orElse("unknown"));
        }
        long every = Math.max(1, gatewayLease.length().toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    /** Renews the lease while connected (and disconnects once another replica has it), else tries to take it. */
    private void beat() {
        try {
            synchronized (this) {
                if (heartbeat == null) {
                    return;
                }
                if (jda != null) {
                    if (!gatewayLease.renew()) {
                        log.warn("Discord gateway lease lost to {}; disconnecting this replica",
                                gatewayLease.holder().orElse("another replica"));
                        disconnect();
                    }
                } else if (gatewayLease.acquire()) {
                    log.info("Discord gateway lease taken over; connecting");
                    connect(false);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The database or Discord may be away for a moment: keep what we have and try again at the next beat.
            log.warn("Discord gateway: {}; trying again at the next beat", e.getMessage());
        }
    }

    private void showCard(io.tenure.outreach.DraftView draft) {
        ReviewCards cards = currentCards;
        if (jda == null || cards == null) {
            throw new IllegalStateException("this replica does not hold the Discord gateway connection");
        }
        cards.show(draft);
    }

    /** Whether this replica holds the gateway connection now. */
    public boolean connected() {
        return jda != null;
    }

    /**
     * Connects and, at start, waits (at most {@link #READY_WAIT}) until Discord has sent every server; the slash
     * commands and review cards are set up once it has. A bad token fails here; a slow gateway does not hold up
     * the other chat platforms: the connection carries on in the background.
     */
    private void connect(boolean waitForReady) throws InterruptedException {
        ChannelKinds channels = new ChannelKinds(settings);
        List<Object> listeners = new ArrayList<>();
        answered.forgetOld();
        listeners.add(new MessageAnswers(assistant, callers, channels, answered, work));
        boolean reviewsOn = review.isPresent() && !settings.reviewChannelId().isEmpty();
        listeners.add(new InteractionAnswers(assistant, callers, channels, work, reviewsOn, home));
        ReviewCards cards = reviewsOn ? new ReviewCards(cardStore, settings.reviewChannelId(),
                id -> channel(id, "discord.review_channel_id"), cardWork) : null;
        if (cards != null) {
            listeners.add(new ReviewActions(review.get(), cards, callers, work));
        }
        currentCards = cards;
        CountDownLatch ready = new CountDownLatch(1);
        listeners.add((EventListener) event -> {
            if (event instanceof ReadyEvent) {
                connected(event.getJDA(), cards);
                ready.countDown();
            }
        });
        jda = JDABuilder.createLight(token, INTENTS)
                .setRestConfig(new RestConfig().setBaseUrl(settings.apiBaseUrl()))
                .setSessionController(new ConfiguredGateway(settings.gatewayUrl()))
                // Plain JSON frames: any Discord-compatible gateway speaks them, and a bot's traffic is small.
                .setCompression(Compression.NONE)
                .setEnableShutdownHook(false)
                .addEventListeners(listeners.toArray())
                .build();
        if (waitForReady && !ready.await(READY_WAIT.toSeconds(), TimeUnit.SECONDS)) {
            log.warn("Discord gateway {} has not sent READY after {} s; still connecting in the background",
                    settings.gatewayUrl(), READY_WAIT.toSeconds());
        }
    }

    /** Once per connection's first READY: commands, review cards, and the invite URL for the log. */
    private void connected(JDA connection, ReviewCards cards) {
        connection.setRequiredScopes("applications.commands");
        registerCommands(connection);
        if (cards == null) {
            log.info("Discord review cards are off: {}", review.isEmpty() ? "no draft review is available"
                    : "discord.review_channel_id is not set");
        }
        log.info("Discord bot connected as {} in {} server(s); invite it with {}", connection.getSelfUser().getName(),
                connection.getGuilds().size(), connection.getInviteUrl(PERMISSIONS));
    }

    private void registerCommands(JDA connection) {
        List<SlashCommandData> commands = SlashCommands.definitions().stream()
                .map(command -> command.setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                        .setIntegrationTypes(IntegrationType.GUILD_INSTALL))
                .toList();
        if (settings.guildIds().isEmpty()) {
            connection.updateCommands().addCommands(commands).queue(
                    done -> log.info("registered {} global slash commands (Discord may take up to an hour to show them)",
                            done.size()),
                    e -> log.error("could not register the slash commands: {}", e.getMessage()));
            return;
        }
        for (String guildId : settings.guildIds()) {
            Guild guild = connection.getGuildById(guildId);
            if (guild == null) {
                log.warn("discord.guild_ids lists {}, but the bot is not in that server: invite it first", guildId);
                continue;
            }
            guild.updateCommands().addCommands(commands).queue(
                    done -> log.info("registered {} slash commands in {}", done.size(), guild.getName()),
                    e -> log.error("could not register the slash commands in {}: {}", guild.getName(), e.getMessage()));
        }
    }

    /**
     * Staff alerts go to {@code discord.alerts_channel_id} (default: the review channel); owner alerts also
     * reach people directly, so Discord takes alerts even with no alerts channel configured.
     */
    public Optional<StaffAlerts> staffAlerts() {
        String id = settings.alertsChannelId();
        return Optional.of(new StaffAlerts() {
            @Override
            public void alert(Reply alert) {
                if (!id.isEmpty()) {
                    channel(id, "discord.alerts_channel_id").sendMessage(ReplyMessages.render(alert)).complete();
                }
            }

            @Override
            public void alert(AccountAlert alert) {
                if (!id.isEmpty()) {
                    channel(id, "discord.alerts_channel_id").sendMessage(ReplyMessages.render(alert)).complete();
                }
            }

            @Override
            public Optional<DirectMessages> directMessages() {
                return Optional.of((userId, alert) -> jda().openPrivateChannelById(userId).complete()
                        .sendMessage(ReplyMessages.render(alert)).complete());
            }
        });
    }

    /** The running connection; fails with an explanation before {@link #start()}. */
    JDA jda() {
        JDA current = jda;
        if (current == null) {
            throw new IllegalStateException("the Discord bot is not connected on this replica (the gateway is held by "
                    + gatewayLease.holder().orElse("no replica") + ")");
        }
        return current;
    }

    MessageChannel channel(String id, String configKey) {
        MessageChannel channel = jda().getChannelById(MessageChannel.class, id);
        if (channel == null) {
            throw new IllegalStateException("the bot cannot see channel " + id + " (" + configKey
                    + "): invite it to that server and let it view the channel");
        }
        return channel;
    }

    @Override
    public synchronized void close() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
            heartbeat = null;
        }
        answered.close();
        work.shutdown();
        cardWork.shutdown();
        if (jda == null) {
            return;
        }
        disconnect();
        try {
            gatewayLease.release();
        } catch (RuntimeException e) {
            log.warn("could not release the Discord gateway lease (it runs out by itself): {}", e.getMessage());
        }
    }

    private void disconnect() {
        jda.shutdown();
        try {
            if (!jda.awaitShutdown(Duration.ofSeconds(5))) {
                jda.shutdownNow();
            }
        } catch (InterruptedException e) {
            jda.shutdownNow();
            Thread.currentThread().interrupt();
        }
        jda = null;
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Connects to the configured gateway instead of asking Discord for one. */
    private static final class ConfiguredGateway extends SessionControllerAdapter {
        private final String url;

        ConfiguredGateway(String url) {
            this.url = url;
        }

        @Override
        public String getGateway() {
            return url;
        }
    }
}
