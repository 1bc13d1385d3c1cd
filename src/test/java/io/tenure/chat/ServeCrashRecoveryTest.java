package io.tenure.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature;
import io.tenure.App;
import io.tenure.alerts.OwnerAlertJobs;
import io.tenure.assistant.StaffAlertJobs;
import io.tenure.config.ConfigLoader;
import io.tenure.health.AccountFiles;
import io.tenure.outreach.AuditEntry;
import io.tenure.outreach.DraftStatus;
import io.tenure.outreach.OutreachJobs;
import io.tenure.retention.FollowUpJobs;
import io.tenure.storage.Database;
import io.tenure.storage.DatabaseSettings;
import io.tenure.support.ApprovalsOnDisk;
import io.tenure.support.Eventually;
import io.tenure.support.FakeSlackApi;
import io.tenure.support.FakeSlackApi.Call;
import io.tenure.support.ScriptedModelServer;
import io.tenure.support.ServeProcess;
import io.tenure.support.StallingSmtpServer;
import io.tenure.support.TestDatabases;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a real {@code tenure serve} (Slack HTTP mode against the fake Web API, SMTP against a
 * server that stalls where the test says, a model that holds its answer where the test says) with work caught
 * at known points, then a start on the same data directory and database:
 * <ul>
 *   <li>draft A: its delivery killed before the end of DATA (the server held back its 354);</li>
 *   <li>draft B: its delivery killed after the end of DATA (the server holds the message, never answered);</li>
 *   <li>draft C: approved, its delivery row committed with the approval, not yet run (the four job threads were
 *       busy with A, B and the two follow-ups);</li>
 *   <li>follow-up 1: killed before it did anything (held at the intent question to the model);</li>
 *   <li>follow-up 2: killed after recording the account's cancel-intent signal (held while drafting the save
 *       offer).</li>
 * </ul>
 * One kill for all five keeps the test to two process starts per database.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class ServeCrashRecoveryTest {
    static final String SECRET = "crash-signing-secret-0123456789ab";
    static final String PUBLIC = "CPUBLIC";
    static final String REVIEW = "CREVIEW";
    static final String ALERTS = "CALERTS";
    static final String APPROVER = "UAPPROVER";
    static final String CUSTOMER_1 = "UCUSTONE";
    static final String CUSTOMER_2 = "UCUSTTWO";
    static final String ACCOUNT_1 = "LEAVE-1";
    static final String ACCOUNT_2 = "LEAVE-2";
    static final String QUESTION_1 = "How do I cancel my subscription? We are moving to another tool.";
    static final String QUESTION_2 = "I want to cancel our plan, how do I do that?";
    static final String INTENT_PROMPT = "Decide whether it shows one of these";
    static final String DRAFT_PROMPT = "You write a short, warm outreach email";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    static Path dir;
    static FakeSlackApi slack;
    static StallingSmtpServer smtp;
    static ScriptedModelServer model;
    static Database database;
    static ApprovalsOnDisk drafts;
    static ServeProcess serve;
    static String draftA;
    static String draftB;
    static String draftC;
    static Instant restartedAt;
    /** What was true at the moment of the kill, asserted by the tests below. */
    static final Map<String, Object> atKill = new HashMap<>();

    @BeforeAll
    static void killAServeProcessWithWorkAtKnownPointsAndStartItAgain() throws Exception {
        slack = new FakeSlackApi();
        smtp = new StallingSmtpServer();
        model = new ScriptedModelServer(ServeCrashRecoveryTest::modelAnswer);
        Map<String, String> env = new HashMap<>();
        if (TestDatabases.postgresql()) {
            env.putAll(TestDatabases.environment(dir.resolve("shared")));
            database = TestDatabases.open(dir.resolve("shared"));
        } else {
            String url = "jdbc:sqlite:" + dir.resolve("shared.db").toAbsolutePath();
            database = Database.open(new DatabaseSettings(url, 2, null, null), dir);
            env.put("TENURE_DATABASE_URL", url);
        }
        env.put("TENURE_HEALTH_DEMO_ON_FIRST_RUN", "false");
        seedAccounts(env);

        Path kb = Files.createDirectories(dir.resolve("kb"));
        try (var article = ServeCrashRecoveryTest.class.getResourceAsStream("/demo/kb/cancel-subscription.en.md")) {
            Files.copy(article, kb.resolve("cancel-subscription.en.md"));
        }
        env.put("TENURE_KB_DIR", kb.toString());
        env.put("SLACK_BOT_TOKEN", "xoxb-crash-000000000000-abcdef");
        env.put("SLACK_SIGNING_SECRET", SECRET);
        env.put("TENURE_SLACK_API_BASE_URL", slack.apiBaseUrl());
        env.put("TENURE_SLACK_WORKING_NOTICE_MILLIS", "60000");
        env.put("TENURE_SLACK_REVIEW_CHANNEL", REVIEW);
        env.put("TENURE_SLACK_ALERTS_CHANNEL", ALERTS);
        env.put("TENURE_ROLES_APPROVER", APPROVER);
        env.put("TENURE_HTTP_HOST", "127.0.0.1");
        env.put("TENURE_HTTP_PORT", "0");
        env.put("TENURE_LLM_PROVIDER", "openai");
        env.put("TENURE_LLM_BASE_URL", model.baseUrl());
        env.put("TENURE_LLM_MODEL", "test-model");
        env.put("TENURE_LLM_API_KEY", "test-key-for-the-scripted-model");
        env.put("TENURE_LLM_TIMEOUT_SECONDS", "120");
        env.put("TENURE_OUTREACH_OUTBOX", "smtp");
        env.put("TENURE_OUTREACH_SMTP_HOST", "127.0.0.1");
        env.put("TENURE_OUTREACH_SMTP_PORT", Integer.toString(smtp.port()));
        env.put("TENURE_OUTREACH_SMTP_SECURITY", "none");
        env.put("TENURE_OUTREACH_SMTP_TIMEOUT_SECONDS", "120");
        // Seconds instead of ten: a killed process's running jobs are run again about 4 s after it stopped.
        env.put("TENURE_JOBS_HEARTBEAT_SECONDS", "1");
        env.put("TENURE_JOBS_SWEEP_SECONDS", "1");
        Path config = Files.writeString(dir.resolve("tenure.yaml"), """
                customers:
                  by_user: {%s: %s, %s: %s}
                """.formatted(CUSTOMER_1, ACCOUNT_1, CUSTOMER_2, ACCOUNT_2));

        // Three drafts waiting for review, their cards in the review channel (as posted earlier).
        drafts = new ApprovalsOnDisk(database.jdbi(), dir.resolve("seed"), Clock.systemUTC());
        draftA = seedDraft("HOLD-1", StallingSmtpServer.HOLD, "401.1");
        draftB = seedDraft("SILENT-2", StallingSmtpServer.SILENT, "402.1");
        draftC = seedDraft("QUEUED-3", "queued", "403.1");

        serve = new ServeProcess("serve", dir.resolve("serve"), env).withArguments("--config", config.toString());
        serve.start().awaitServing(Duration.ofSeconds(90));

        // A and B are approved: their deliveries stall at the SMTP server, each holding a job thread.
        model.holdWhile(prompt -> prompt.contains(INTENT_PROMPT) && prompt.contains(QUESTION_1)
                || prompt.contains(DRAFT_PROMPT));
        click(draftA, "401.1");
        click(draftB, "402.1");
        Eventually.until(Duration.ofSeconds(30), "A's transfer is held before the end of DATA and B's message is "
                + "at the server", () -> !smtp.held().isEmpty() && smtp.receivedFor(StallingSmtpServer.SILENT) == 1);

        // Two customers ask how to cancel: each follow-up stalls at the model, at a different step.
        send(mention("EvCrash1", QUESTION_1, CUSTOMER_1, "501.1"));
        send(mention("EvCrash2", QUESTION_2, CUSTOMER_2, "502.1"));
        Eventually.until(Duration.ofSeconds(60), "both follow-ups are held at the model", () -> model.held().size() == 2);
        Eventually.until(Duration.ofSeconds(10), "follow-up 2 recorded its signal", () -> signals(ACCOUNT_2) == 1);

        // C is approved while every job thread is busy: the approval and its delivery row are committed, unworked.
        click(draftC, "403.1");
        Eventually.until(Duration.ofSeconds(20), "C is approved", () -> drafts.stored(draftC).status() == DraftStatus.APPROVED);
        Thread.sleep(1_500);

        atKill.put("A", drafts.stored(draftA).status());
        atKill.put("B", drafts.stored(draftB).status());
        atKill.put("C", drafts.stored(draftC).status());
        atKill.put("signals 1", signals(ACCOUNT_1));
        atKill.put("signals 2", signals(ACCOUNT_2));
        atKill.put("follow-ups", pending(FollowUpJobs.TASK));
        atKill.put("deliveries", pending(OutreachJobs.DELIVERY));
        atKill.put("alerts", alerts().size());
        serve.kill();

        // The world goes on: the mail server and the model answer again. Then the same process starts again.
        smtp.release();
        model.release();
        // Its sweep takes over claims older than 3 s (a deployment waits 10 minutes): nothing else runs A or B now.
        serve.withEnvironment("TENURE_OUTREACH_CLAIM_TIMEOUT_SECONDS", "3");
        restartedAt = Instant.now();
        serve.start().awaitServing(Duration.ofSeconds(90));
        Eventually.until(Duration.ofSeconds(60), "every delivery is settled, every follow-up and alert done",
                () -> settled(draftA) && settled(draftB) && settled(draftC)
                        && pending(FollowUpJobs.TASK) == 0 && pending(StaffAlertJobs.TASK) == 0
                        && pending(OwnerAlertJobs.DELIVER) == 0
                        && pending(OutreachJobs.DELIVERY) == 0 && pending(OutreachJobs.CARD) == 0);
        // Long enough for a second email, alert or draft to show if the restarted process were to make one.
        Thread.sleep(2_500);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (serve != null) {
            serve.close();
        }
        if (database != null && !TestDatabases.postgresql()) {
            database.close();
        }
        if (model != null) {
            model.close();
        }
        if (smtp != null) {
            smtp.close();
        }
        if (slack != null) {
            slack.close();
        }
    }

    @Test
    void theKillCaughtEachPieceOfWorkWhereTheTestMeantTo() {
        assertThat(atKill).as(serve.output()).containsEntry("A", DraftStatus.SENDING).containsEntry("B", DraftStatus.SENDING)
                .containsEntry("C", DraftStatus.APPROVED).containsEntry("signals 1", 0).containsEntry("signals 2", 1)
                .containsEntry("follow-ups", 2).containsEntry("deliveries", 3).containsEntry("alerts", 0);
    }

    @Test
    void aDeliveryKilledBeforeTheEndOfDataIsSentExactlyOnceAfterTheRestart() {
        assertThat(drafts.stored(draftA).status()).as(serve.output()).isEqualTo(DraftStatus.SENT);
        assertThat(smtp.receivedFor(StallingSmtpServer.HOLD)).isEqualTo(1);
        assertThat(drafts.audit(draftA)).extracting(AuditEntry::note).anyMatch(n -> n != null && n.contains("resumed"));
    }

    @Test
    void aDeliveryKilledAfterTheEndOfDataIsUncertainAndNeverResentByItself() {
        assertThat(drafts.stored(draftB).status()).as(serve.output()).isEqualTo(DraftStatus.UNCERTAIN);
        assertThat(smtp.receivedFor(StallingSmtpServer.SILENT)).isEqualTo(1);
        assertThat(drafts.transitions(draftB)).containsExactly(DraftStatus.DRAFTED, DraftStatus.APPROVED,
                DraftStatus.SENDING, DraftStatus.UNCERTAIN);
    }

    @Test
    void anApprovalWhoseDeliveryHadNotRunIsSentExactlyOnceAfterTheRestart() {
        assertThat(drafts.stored(draftC).status()).as(serve.output()).isEqualTo(DraftStatus.SENT);
        assertThat(smtp.receivedFor("queued-3")).isEqualTo(1);
        assertThat(drafts.transitions(draftC)).containsExactly(DraftStatus.DRAFTED, DraftStatus.APPROVED,
                DraftStatus.SENDING, DraftStatus.SENT);
    }

    @Test
    void nothingIsLeftSendingAndEveryStepIsInTheAuditLog() {
        Long sending = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM outreach_draft WHERE status = 'sending'").mapTo(Long.class).one());
        assertThat(sending).isZero();
        for (String id : List.of(draftA, draftB, draftC)) {
            List<AuditEntry> audit = drafts.audit(id);
            assertThat(audit.get(0).to()).isEqualTo(DraftStatus.DRAFTED);
            assertThat(audit).filteredOn(e -> e.to() == DraftStatus.APPROVED).first()
                    .satisfies(e -> assertThat(e.actor()).isEqualTo(APPROVER));
            // Each row follows the one before: no step is missing between two states.
            for (int i = 1; i < audit.size(); i++) {
                assertThat(audit.get(i).from()).as(id + " step " + i).isEqualTo(audit.get(i - 1).to());
            }
            assertThat(audit.get(audit.size() - 1).to()).isEqualTo(drafts.stored(id).status());
        }
    }

    @Test
    void eachCardShowsHowItsDeliveryEndedAfterTheRestart() {
        assertThat(lastCardAfterRestart("403.1")).contains("sent at ");
        assertThat(lastCardAfterRestart("402.1")).contains("uncertain");
        assertThat(lastCardAfterRestart("401.1")).contains("sent at ");
    }

    @Test
    void aFollowUpKilledBeforeItDidAnythingRunsOnceAfterTheRestart() {
        assertThat(signals(ACCOUNT_1)).isEqualTo(1);
        assertThat(saveOffers(ACCOUNT_1)).isEqualTo(1);
        assertThat(alerts()).filteredOn(text -> text.contains(ACCOUNT_1)).hasSize(1);
    }

    @Test
    void aFollowUpKilledAfterRecordingItsSignalFinishesOnceAfterTheRestartWithoutASecondSignalOrAlert() {
        assertThat(signals(ACCOUNT_2)).isEqualTo(1);
        assertThat(saveOffers(ACCOUNT_2)).isEqualTo(1);
        assertThat(alerts()).filteredOn(text -> text.contains(ACCOUNT_2)).hasSize(1);
    }

    @Test
    void theCustomersWereAnsweredOnceEach() {
        for (String thread : List.of("501.1", "502.1")) {
            assertThat(slack.calls("chat.postMessage").stream()
                    .filter(c -> PUBLIC.equals(c.param("channel")) && thread.equals(c.param("thread_ts"))))
                    .as(thread).hasSize(1);
        }
    }

    // ---- the world around the process ----

    private static String modelAnswer(String prompt) {
        if (prompt.contains(INTENT_PROMPT)) {
            return "cancel";
        }
        if (prompt.contains(DRAFT_PROMPT)) {
            return "Subject: Before you decide\nBody: Hello [CUSTOMER],\n\nwe would like to help before you decide.\n";
        }
        if (prompt.contains("You answer a customer's question")) {
            return "You can cancel your subscription at any time under Settings, Billing [1].";
        }
        return "none";
    }

    private static void seedAccounts(Map<String, String> env) throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Path csv = new AccountFiles(dir.resolve("csv")).account(ACCOUNT_1).login(ACCOUNT_1, today.minusDays(1) + "T09:00:00Z")
                .account(ACCOUNT_2).login(ACCOUNT_2, today.minusDays(1) + "T09:00:00Z").write();
        try (App app = new App(ConfigLoader.load(null, dir.resolve("seed"), env), Clock.systemUTC())) {
            assertThat(app.accountImport().importFolder(csv, false).anyRejected()).isFalse();
        }
    }

    /** A draft to {@code ops@<account>.<recipientMark>.example}, and its card as posted at {@code ts}. */
    private static String seedDraft(String account, String recipientMark, String ts) {
        String id = drafts.workflow().create(new io.tenure.outreach.ApprovalWorkflow.NewDraft(account, "Company " + account,
                io.tenure.outreach.DraftKind.SAVE_OFFER, "value", "en",
                "ops@" + account.toLowerCase() + "." + recipientMark + ".example", "usage down", "Can we help?",
                "we noticed fewer logins lately.", "template"), ApprovalsOnDisk.REQUESTER).id();
        database.jdbi().useHandle(h -> h.createUpdate(
                        "INSERT INTO slack_review_card (draft_id, channel, ts, posted_at) VALUES (:d, :c, :ts, :at)")
                .bind("d", id).bind("c", REVIEW).bind("ts", ts).bind("at", Instant.now()).execute());
        return id;
    }

    private static boolean settled(String draftId) {
        DraftStatus status = drafts.stored(draftId).status();
        return status == DraftStatus.SENT || status == DraftStatus.UNCERTAIN || status == DraftStatus.FAILED;
    }

    private static int signals(String account) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM cancel_intent WHERE account_id = :a")
                .bind("a", account).mapTo(Integer.class).one());
    }

    private static int saveOffers(String account) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM outreach_draft WHERE account_id = :a AND kind = 'save-offer'")
                .bind("a", account).mapTo(Integer.class).one());
    }

    private static int pending(String task) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM scheduled_tasks WHERE task_name = :t")
                .bind("t", task).mapTo(Integer.class).one());
    }

    private static List<String> alerts() {
        return slack.calls("chat.postMessage").stream().filter(c -> ALERTS.equals(c.param("channel")))
                .map(c -> c.param("text") + "\n" + c.blocksText()).toList();
    }

    private static String lastCardAfterRestart(String ts) {
        List<Call> updates = slack.calls("chat.update").stream().filter(c -> ts.equals(c.param("ts"))).toList();
        assertThat(updates).as("card " + ts + " updates\n" + serve.output()).isNotEmpty();
        return updates.get(updates.size() - 1).blocksText();
    }

    private static void click(String draftId, String messageTs) throws Exception {
        ObjectNode payload = JSON.createObjectNode().put("type", "block_actions").put("api_app_id", "A1")
                .put("token", "verification-token").put("trigger_id", "trigger-" + draftId);
        payload.putObject("user").put("id", APPROVER).put("username", "approver").put("team_id", "T0001");
        payload.putObject("team").put("id", "T0001").put("domain", "fake");
        payload.putObject("channel").put("id", REVIEW).put("name", "review");
        payload.putObject("container").put("type", "message").put("message_ts", messageTs)
                .put("channel_id", REVIEW).put("is_ephemeral", false);
        payload.putObject("message").put("type", "message").put("ts", messageTs).put("text", "card");
        payload.putArray("actions").addObject().put("type", "button").put("action_id", "tenure_draft_approve")
                .put("block_id", "b1").put("value", draftId).put("action_ts", "1700000000.000001");
        send("payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8));
    }

    private static String mention(String eventId, String question, String user, String ts) {
        ObjectNode event = JSON.createObjectNode().put("type", "app_mention").put("user", user)
                .put("text", "<@" + FakeSlackApi.BOT_USER + "> " + question).put("ts", ts)
                .put("channel", PUBLIC).put("event_ts", ts);
        ObjectNode body = JSON.createObjectNode();
        body.put("token", "verification-token").put("team_id", "T0001").put("api_app_id", "A1")
                .put("type", "event_callback").put("event_id", eventId).put("event_time", 1_700_000_000);
        body.set("event", event);
        return body.toString();
    }

    private static void send(String body) throws Exception {
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        HttpResponse<String> ack = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + serve.port() + "/slack/events"))
                .header("Content-Type", body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded")
                .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, ts)
                .header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, new SlackSignature.Generator(SECRET).generate(ts, body))
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ack.statusCode()).as(serve.output()).isEqualTo(200);
    }
}
