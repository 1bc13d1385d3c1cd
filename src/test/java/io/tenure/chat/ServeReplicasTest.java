package io.tenure.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature;
import io.tenure.storage.Database;
import io.tenure.storage.DatabaseSettings;
import io.tenure.support.FakeDiscord;
import io.tenure.support.FakeSlackApi;
import io.tenure.support.FakeSlackApi.Call;
import io.tenure.support.ServeProcess;
import io.tenure.support.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import io.tenure.outreach.DraftStatus;
import io.tenure.support.ApprovalsOnDisk;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real {@code tenure serve} processes on one database, in Slack HTTP mode against one fake Slack
 * Web API and with one Discord bot token against one fake Discord, as replicas behind a load balancer would run.
 * The test sends what Slack would send to whichever replica it picks, and kills a replica as a crash would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
class ServeReplicasTest {
    static final String SECRET = "replicas-signing-secret-0123456789";
    static final String BOT_TOKEN = "xoxb-replicas-000000000000-abcdef";
    static final String PUBLIC = "CPUBLIC";
    static final String DIGEST = "CDIGEST";
    static final String SUPPORT = "430000000000000001";
    static final String CUSTOMER = "UCUSTOMER";
    static final String REVIEW = "CREVIEW";
    static final String APPROVER = "UAPPROVER";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    static Path dir;
    static FakeSlackApi slack;
    static FakeDiscord discord;
    static Database database;
    static final List<ServeProcess> replicas = new ArrayList<>();

    @BeforeAll
    static void startThreeReplicas() throws Exception {
        slack = new FakeSlackApi();
        discord = new FakeDiscord(List.of(SUPPORT), List.of());
        // One database for the three processes: the test PostgreSQL server in the suite's PostgreSQL run, else
        // one SQLite file, named by database.url as a server database would be.
        Map<String, String> env = new HashMap<>();
        if (TestDatabases.postgresql()) {
            env.putAll(TestDatabases.environment(dir.resolve("shared")));
            database = TestDatabases.open(dir.resolve("shared"));
        } else {
            String url = "jdbc:sqlite:" + dir.resolve("shared.db").toAbsolutePath();
            database = Database.open(new DatabaseSettings(url, 2, null, null), dir);
            env.put("TENURE_DATABASE_URL", url);
        }
        // A one-article help center: each replica indexes it on its own disk, in a moment.
        Path kb = Files.createDirectories(dir.resolve("kb"));
        try (var article = ServeReplicasTest.class.getResourceAsStream("/demo/kb/cancel-subscription.en.md")) {
            Files.copy(article, kb.resolve("cancel-subscription.en.md"));
        }
        env.put("TENURE_KB_DIR", kb.toString());
        env.put("SLACK_BOT_TOKEN", BOT_TOKEN);
        env.put("SLACK_SIGNING_SECRET", SECRET);
        env.put("TENURE_SLACK_API_BASE_URL", slack.apiBaseUrl());
        env.put("TENURE_SLACK_DIGEST_CHANNEL", DIGEST);
        env.put("TENURE_SLACK_WORKING_NOTICE_MILLIS", "60000");
        env.put("DISCORD_BOT_TOKEN", "replicas-discord-bot-token");
        env.put("TENURE_DISCORD_API_BASE_URL", discord.apiBaseUrl());
        env.put("TENURE_DISCORD_GATEWAY_URL", discord.gatewayUrl());
        env.put("TENURE_DISCORD_SUPPORT_CHANNEL_IDS", SUPPORT);
        env.put("TENURE_DISCORD_GATEWAY_LEASE_SECONDS", "2");
        // The digest is due at midnight UTC: every replica finds it due at start and checks every second.
        env.put("TENURE_DIGEST_TIME", "00:00");
        env.put("TENURE_DIGEST_ZONE", "UTC");
        env.put("TENURE_DIGEST_CHECK_SECONDS", "1");
        env.put("TENURE_SLACK_REVIEW_CHANNEL", REVIEW);
        env.put("TENURE_ROLES_APPROVER", APPROVER);
        env.put("TENURE_HTTP_HOST", "127.0.0.1");
        env.put("TENURE_HTTP_PORT", "0");
        for (int i = 1; i <= 3; i++) {
            replicas.add(new ServeProcess("replica-" + i, dir.resolve("replica-" + i), env).start());
        }
        for (ServeProcess replica : replicas) {
            replica.awaitServing(Duration.ofSeconds(90));
        }
    }

    @AfterAll
    static void stopEverything() {
        replicas.forEach(ServeProcess::close);
        if (database != null && !TestDatabases.postgresql()) {
            database.close();
        }
        if (discord != null) {
            discord.close();
        }
        if (slack != null) {
            slack.close();
        }
    }

    @Test
    @Order(1)
    void eachReplicaIsReadyForTheLoadBalancer() throws Exception {
        for (ServeProcess replica : replicas) {
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + replica.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as(replica.output()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"ready\"");
        }
    }

    @Test
    @Order(2)
    void distinctEventsSpreadOverTheReplicasAreEachAnsweredOnce() throws Exception {
        for (int i = 0; i < 9; i++) {
            HttpResponse<String> ack = send(replicas.get(i % 3), mention("EvSpread" + i, "300." + i));
            assertThat(ack.statusCode()).isEqualTo(200);
        }

        for (int i = 0; i < 9; i++) {
            String thread = "300." + i;
            slack.await(c -> isAnswerIn(c, thread), 1);
        }
        settle();
        for (int i = 0; i < 9; i++) {
            String thread = "300." + i;
            assertThat(slack.calls().stream().filter(c -> isAnswerIn(c, thread)).count()).as(thread).isEqualTo(1);
        }
    }

    @Test
    @Order(3)
    void oneEventSentToAllThreeReplicasAtOnceIsAnsweredOnce() throws Exception {
        String event = mention("EvEveryone", "310.1");
        List<CompletableFuture<HttpResponse<String>>> acks = replicas.stream()
                .map(replica -> CompletableFuture.supplyAsync(() -> {
                    try {
                        return send(replica, event);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })).toList();
        for (CompletableFuture<HttpResponse<String>> ack : acks) {
            assertThat(ack.get().statusCode()).isEqualTo(200);
        }

        slack.await(c -> isAnswerIn(c, "310.1"), 1);
        settle();
        assertThat(slack.calls().stream().filter(c -> isAnswerIn(c, "310.1")).count()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void theDailyDigestIsPostedOnce() throws Exception {
        slack.await(c -> c.method().equals("chat.postMessage") && DIGEST.equals(c.param("channel")), 1);
        // Every replica has checked several times since.
        Thread.sleep(3_000);

        assertThat(slack.calls("chat.postMessage").stream().filter(c -> DIGEST.equals(c.param("channel"))))
                .hasSize(1);
    }

    @Test
    @Order(5)
    void oneApproveClickSentToAllThreeReplicasSendsOneEmailAndUpdatesTheCard() throws Exception {
        // A draft waiting for review, and its card in the review channel (as a replica posted it earlier).
        ApprovalsOnDisk approvals = new ApprovalsOnDisk(database.jdbi(), dir.resolve("seed"), Clock.systemUTC());
        String draftId = approvals.draft("ACME-7", "Acme Corp", "usage down 60% in 30 days", "Can we help?",
                "we noticed fewer logins lately.").id();
        database.jdbi().useHandle(h -> h.createUpdate(
                        "INSERT INTO slack_review_card (draft_id, channel, ts, posted_at) VALUES (:d, :c, :ts, :at)")
                .bind("d", draftId).bind("c", REVIEW).bind("ts", "400.1").bind("at", Instant.now()).execute());
        String click = approveClick(draftId, "400.1");

        List<CompletableFuture<HttpResponse<String>>> acks = replicas.stream()
                .map(replica -> CompletableFuture.supplyAsync(() -> {
                    try {
                        return send(replica, click);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })).toList();
        for (CompletableFuture<HttpResponse<String>> ack : acks) {
            assertThat(ack.get().statusCode()).isEqualTo(200);
        }

        slack.await(c -> c.method().equals("chat.update") && "400.1".equals(c.param("ts"))
                && c.blocksText().contains("sent at "), 1);
        waitUntil(() -> approvals.stored(draftId).status() == DraftStatus.SENT, Duration.ofSeconds(30));
        settle();
        assertThat(emailsInOutboxes()).hasSize(1);
        assertThat(approvals.transitions(draftId)).containsOnlyOnce(DraftStatus.SENT);
    }

    private static List<Path> emailsInOutboxes() throws Exception {
        List<Path> emails = new ArrayList<>();
        for (ServeProcess replica : replicas) {
            Path outbox = dir.resolve(replica.name()).resolve("data").resolve("outbox");
            if (Files.isDirectory(outbox)) {
                try (var files = Files.list(outbox)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".eml")).forEach(emails::add);
                }
            }
        }
        return emails;
    }

    private static String approveClick(String draftId, String messageTs) {
        ObjectNode payload = JSON.createObjectNode().put("type", "block_actions").put("api_app_id", "A1")
                .put("token", "verification-token").put("trigger_id", "trigger-approve");
        payload.putObject("user").put("id", APPROVER).put("username", "approver").put("team_id", "T0001");
        payload.putObject("team").put("id", "T0001").put("domain", "fake");
        payload.putObject("channel").put("id", REVIEW).put("name", "review");
        payload.putObject("container").put("type", "message").put("message_ts", messageTs)
                .put("channel_id", REVIEW).put("is_ephemeral", false);
        payload.putObject("message").put("type", "message").put("ts", messageTs).put("text", "card");
        payload.putArray("actions").addObject().put("type", "button").put("action_id", "tenure_draft_approve")
                .put("block_id", "b1").put("value", draftId).put("action_ts", "1700000000.000001");
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    @Test
    @Order(6)
    void killingTheReplicaHoldingTheDiscordGatewayMovesTheGatewayToAnother() throws Exception {
        ServeProcess holder = awaitGatewayHolder(Optional.empty());
        assertThat(discord.openGatewayConnections()).isEqualTo(1);

        holder.kill();
        ServeProcess next = awaitGatewayHolder(Optional.of(holder));
        waitUntil(() -> discord.identifies() >= 2 && discord.openGatewayConnections() == 1, Duration.ofSeconds(30));
        discord.clearCalls();
        discord.dispatch("MESSAGE_CREATE", discord.guildMessage(SUPPORT, "530000000000000001", List.of(),
                "How do I cancel my subscription?", false));

        assertThat(discord.awaitCall(c -> c.is("POST", "channels/" + SUPPORT + "/messages"))).isNotNull();
        assertThat(next.alive()).isTrue();
        assertThat(next).isNotSameAs(holder);
    }

    // ---- what Slack sends ----

    private static String mention(String eventId, String ts) {
        ObjectNode event = JSON.createObjectNode().put("type", "app_mention").put("user", CUSTOMER)
                .put("text", "<@" + FakeSlackApi.BOT_USER + "> How do I cancel my subscription?").put("ts", ts)
                .put("channel", PUBLIC).put("event_ts", ts);
        ObjectNode body = JSON.createObjectNode();
        body.put("token", "verification-token").put("team_id", "T0001").put("api_app_id", "A1")
                .put("type", "event_callback").put("event_id", eventId).put("event_time", 1_700_000_000);
        body.set("event", event);
        return body.toString();
    }

    private static HttpResponse<String> send(ServeProcess replica, String body) throws Exception {
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + replica.port() + "/slack/events"))
                .header("Content-Type", body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded")
                .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, ts)
                .header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, new SlackSignature.Generator(SECRET).generate(ts, body))
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean isAnswerIn(Call call, String thread) {
        return call.method().equals("chat.postMessage") && PUBLIC.equals(call.param("channel"))
                && thread.equals(call.param("thread_ts"));
    }

    /** Long enough for a second answer to reach the fake if a replica were to give one. */
    private static void settle() throws InterruptedException {
        Thread.sleep(1_500);
    }

    // ---- the Discord gateway lease ----

    /** The replica whose process holds the lease now (its pid is in the holder id), other than {@code not}. */
    private static ServeProcess awaitGatewayHolder(Optional<ServeProcess> not) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> holder = database.jdbi().withHandle(h -> h.select(
                    "SELECT holder FROM lease WHERE name LIKE 'discord-gateway:%'").mapTo(String.class).findOne());
            if (holder.isPresent()) {
                for (ServeProcess replica : replicas) {
                    if (replica.alive() && holder.get().contains("/" + replica.pid() + "/")
                            && not.map(n -> n != replica).orElse(true)) {
                        return replica;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no live replica holds the Discord gateway lease:\n"
                + replicas.stream().map(ServeProcess::output).collect(Collectors.joining("\n")));
    }

    private static void waitUntil(BooleanSupplier condition, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + within);
            }
            Thread.sleep(50);
        }
    }

    @SuppressWarnings("unused")
    private static Predicate<Call> in(String channel) {
        return c -> channel.equals(c.param("channel"));
    }
}
