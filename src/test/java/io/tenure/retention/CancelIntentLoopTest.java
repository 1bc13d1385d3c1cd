package io.tenure.retention;

import io.tenure.support.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature;
import io.tenure.App;
import io.tenure.assistant.AnsweredQuestion;
import io.tenure.assistant.Caller;
import io.tenure.assistant.ChannelKind;
import io.tenure.assistant.Inbound;
import io.tenure.knowledge.Answer;
import io.tenure.chat.ChatAdapter;
import io.tenure.config.ConfigLoader;
import io.tenure.health.AccountFiles;
import io.tenure.health.HealthBed;
import io.tenure.health.HealthScore;
import io.tenure.outreach.DraftKind;
import io.tenure.outreach.DraftStatus;
import io.tenure.outreach.DraftView;
import io.tenure.report.QuestionReport;
import io.tenure.report.QuestionReports;
import io.tenure.support.FakeSlackApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loop end to end, as {@code tenure serve} wires it: the real App (SQLite, the demo help center in
 * Lucene, account health, the drafter and approval workflow) behind the real Slack adapter over HTTP, with
 * Slack's Web API faked on 127.0.0.1. A customer asks in a customer-facing channel; staff hear of it in the
 * alerts channel.
 */
class CancelIntentLoopTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "test-signing-secret-0123456789";
    private static final String PUBLIC = "CPUBLIC";
    private static final String ALERTS = "CALERTS";
    private static final String REVIEW = "CREVIEW";
    private static final String CUSTOMER = "UCUSTOMER";
    private static final String STRANGER = "USTRANGER";
    private static final String ACCOUNT = "ACME-1";
    private static final LocalDate TODAY = LocalDate.now(HealthBed.CLOCK);
    private static final String CANCEL = "How do I cancel my subscription?";

    @TempDir
    Path dir;

    private final FakeSlackApi slack = new FakeSlackApi();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private App app;
    private int events;

    @BeforeEach
    void start() throws Exception {
        Path config = dir.resolve("tenure.yaml");
        Files.writeString(config, """
                health: {demo_on_first_run: false}
                http: {host: 127.0.0.1, port: 0}
                customers:
                  by_user: {%s: %s}
                  by_channel: {CSHARED: OTHER-2}
                slack:
                  api_base_url: %s
                  internal_channels: [CINTERNAL]
                  review_channel: %s
                  alerts_channel: %s
                  working_notice_millis: 60000
                  workers: 1
                """.formatted(CUSTOMER, ACCOUNT, slack.apiBaseUrl(), REVIEW, ALERTS));
        app = new App(ConfigLoader.load(config, dir.resolve("data"), TestDatabases.environment(dir.resolve("data"),
                Map.of("SLACK_BOT_TOKEN", "xoxb-test-000000000000-abcdef", "SLACK_SIGNING_SECRET", SECRET))), HealthBed.CLOCK);
        // Two accounts alike: logged in yesterday, renewing next year, a contact to write to.
        Path csv = new AccountFiles(dir.resolve("csv")).account(ACCOUNT).login(ACCOUNT, TODAY.minusDays(1) + "T09:00:00Z")
                .account("OTHER-2").login("OTHER-2", TODAY.minusDays(1) + "T09:00:00Z").write();
        assertThat(app.accountImport().importFolder(csv, false).anyRejected()).isFalse();
        app.ingestConfiguredHelpCenter();
        // Loads the language models now, so the first answer's wait measures the answer, not the model load
        // (slow on a busy machine).
        app.languageDetector().detect("How do I cancel my subscription?");
        for (ChatAdapter adapter : app.chatAdapters()) {
            adapter.start();
        }
        // As `tenure serve`: follow-ups, alerts, cards and deliveries are jobs this process works.
        app.startJobs(true);
        app.httpServer().start();
    }

    @AfterEach
    void stop() {
        app.close();
        slack.close();
    }

    @Test
    void aMappedCustomersCancellationQuestionAlertsTheOwnerWithADraftWhileTheCustomerGetsTheNormalAnswer()
            throws Exception {
        HealthScore before = health(ACCOUNT);

        String strangersAnswer = ask(STRANGER, CANCEL);
        String customersAnswer = ask(CUSTOMER, CANCEL);
        app.finishFollowUps();

        // The customer: the same honest answer as anyone, and nothing about their account.
        assertThat(customersAnswer).isEqualTo(strangersAnswer).contains("Cancel subscription");
        String publicChannel = String.join("\n", slack.calls().stream()
                .filter(c -> PUBLIC.equals(c.param("channel"))).map(c -> c.param("text") + c.blocksText()).toList());
        assertThat(publicChannel).doesNotContain(ACCOUNT).doesNotContain("cancel-intent").doesNotContain("Health")
                .doesNotContain("draft");

        // The account: the signal, the rule and its penalty.
        HealthScore after = health(ACCOUNT);
        assertThat(before.fired("cancel-intent")).isFalse();
        assertThat(after.reasons()).filteredOn(r -> r.rule().equals("cancel-intent")).singleElement()
                .satisfies(r -> assertThat(r.detail()).isEqualTo("asked \"" + CANCEL + "\" on " + TODAY + " (cancel)"));
        assertThat(after.score()).isEqualTo(before.score() - 15);

        // The draft, waiting for a person.
        List<DraftView> drafts = app.approvals().pending();
        assertThat(drafts).singleElement().satisfies(d -> {
            assertThat(d.accountId()).isEqualTo(ACCOUNT);
            assertThat(d.kind()).isEqualTo("save-offer");
            assertThat(d.status()).isEqualTo(DraftStatus.DRAFTED);
            assertThat(d.riskReason()).contains("[cancel-intent]");
        });
        String draftId = drafts.get(0).id();

        // The owner, in the alerts channel only: question, answer, health with reasons, the draft.
        List<FakeSlackApi.Call> alerts = slack.calls("chat.postMessage").stream()
                .filter(c -> ALERTS.equals(c.param("channel"))).toList();
        assertThat(alerts).singleElement().satisfies(alert -> assertThat(alert.param("text"))
                .contains("Cancel intent (cancel)").contains(ACCOUNT).contains(CUSTOMER + " asked")
                .contains(CANCEL).contains("The answer they got")
                .contains("How to cancel your Orbitly subscription")
                .contains("Health " + after.score()).contains("was " + before.score())
                .contains("cancel-intent: asked").contains(draftId));
        // Its review card comes through the approval workflow's listener, in the review channel.
        assertThat(slack.await(c -> c.method().equals("chat.postMessage") && REVIEW.equals(c.param("channel")), 1))
                .singleElement().satisfies(card -> assertThat(card.param("text") + card.blocksText()).contains(ACCOUNT));
    }

    @Test
    void anUnmappedAskerProducesNoAccountSignalButTheIntentIsCounted() throws Exception {
        ask(STRANGER, CANCEL);
        ask(STRANGER, "Can I get a refund for last month?");
        app.finishFollowUps();

        assertThat(count("SELECT count(*) FROM cancel_intent")).isZero();
        assertThat(app.approvals().pending()).isEmpty();
        assertThat(slack.calls()).noneMatch(c -> ALERTS.equals(c.param("channel")));
        assertThat(health(ACCOUNT).fired("cancel-intent")).isFalse();
        assertThat(count("SELECT count(*) FROM question WHERE account_id IS NOT NULL")).isZero();
        QuestionReport report = app.questionReports().since(TODAY);
        assertThat(report.topIntents()).extracting(QuestionReport.IntentCount::intent, QuestionReport.IntentCount::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("cancel", 1),
                        org.assertj.core.groups.Tuple.tuple("refund", 1));
    }

    @Test
    void aCancellationQuestionWhileACheckInWaitsAlertsWithTheSaveOfferAndANoteAboutTheCheckIn() throws Exception {
        DraftView checkIn = app.drafter().draft(ACCOUNT, DraftKind.CHECK_IN, app.roles().caller("agent", "test"));

        ask(CUSTOMER, CANCEL);
        app.finishFollowUps();

        String alert = slack.calls("chat.postMessage").stream().filter(c -> ALERTS.equals(c.param("channel")))
                .findFirst().orElseThrow().param("text");
        assertThat(alert).contains("Save-offer draft").contains(checkIn.id() + " (check-in) waiting for review");
    }

    @Test
    void aSecondQuestionTheSameDayIsRecordedAndKeepsTheDraftButTheOwnerIsAlertedOncePerDay() throws Exception {
        ask(CUSTOMER, CANCEL);
        ask(CUSTOMER, "We were charged twice this month");
        app.finishFollowUps();

        assertThat(app.approvals().pending()).singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo("save-offer"));
        List<FakeSlackApi.Call> alerts = slack.calls("chat.postMessage").stream()
                .filter(c -> ALERTS.equals(c.param("channel"))).toList();
        // config/alerts.yaml: an alert for one account, trigger and day is sent once (follow-ups run in
        // parallel, so either question may be the one alerted).
        assertThat(alerts).singleElement().satisfies(alert -> assertThat(alert.param("text"))
                .containsAnyOf("Cancel intent (cancel)", "Cancel intent (billing-complaint)"));
        assertThat(count("SELECT count(*) FROM cancel_intent WHERE account_id = '" + ACCOUNT + "'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM owner_alert WHERE account_id = '" + ACCOUNT
                + "' AND trigger_id = 'cancel_intent'")).isEqualTo(1);
    }

    @Test
    void aFollowUpRunAgainAsAfterACrashAddsNoSecondSignalDraftOrAlert() throws Exception {
        ask(CUSTOMER, CANCEL);
        app.finishFollowUps();
        int questionId = count("SELECT max(id) FROM question");

        // db-scheduler runs a job again when the process running it died, even after the alert was queued
        app.retentionLoop().answered(new AnsweredQuestion(questionId, new Inbound(
                Caller.customer(CUSTOMER, "slack"), ChannelKind.CUSTOMER_FACING, PUBLIC, CANCEL), CANCEL,
                new Answer("Open Settings, then Billing.", "en", false, List.of())));
        app.finishFollowUps();

        assertThat(count("SELECT count(*) FROM cancel_intent WHERE account_id = '" + ACCOUNT + "'")).isEqualTo(1);
        assertThat(app.approvals().pending()).singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo("save-offer"));
        assertThat(slack.calls("chat.postMessage").stream().filter(c -> ALERTS.equals(c.param("channel")))).hasSize(1);
    }

    @Test
    void anyoneAskingInASharedChannelIsThatAccountsCustomer() throws Exception {
        ask(STRANGER, "CSHARED", "I was charged twice this month");
        app.finishFollowUps();

        assertThat(count("SELECT count(*) FROM cancel_intent WHERE account_id = 'OTHER-2' "
                + "AND intent = 'billing-complaint'")).isEqualTo(1);
        assertThat(slack.calls("chat.postMessage")).filteredOn(c -> ALERTS.equals(c.param("channel")))
                .singleElement().satisfies(alert -> assertThat(alert.param("text")).contains("on OTHER-2")
                        .contains("I was charged twice this month"));
        assertThat(health("OTHER-2").fired("cancel-intent")).isTrue();
    }

    @Test
    void anOrdinaryBillingQuestionFromAMappedCustomerIsOnlyLinkedToTheAccount() throws Exception {
        ask(CUSTOMER, "How do I download my invoice?");
        app.finishFollowUps();

        assertThat(count("SELECT count(*) FROM cancel_intent")).isZero();
        assertThat(count("SELECT count(*) FROM question WHERE account_id = '" + ACCOUNT + "' AND intent IS NULL"))
                .isEqualTo(1);
        assertThat(slack.calls()).noneMatch(c -> ALERTS.equals(c.param("channel")));
    }

    private HealthScore health(String accountId) {
        return app.accounts().find(accountId, TODAY).orElseThrow().health();
    }

    private int count(String sql) {
        return app.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    /**
     * Mentions the bot in the customer-facing channel and returns what the reply it posts there shows: its
     * text and every text of its blocks, without the question id that its feedback buttons carry.
     */
    private String ask(String user, String question) throws Exception {
        return ask(user, PUBLIC, question);
    }

    private String ask(String user, String channel, String question) throws Exception {
        events++;
        String ts = "1700000000.00000" + events;
        ObjectNode event = JSON.createObjectNode().put("type", "app_mention").put("user", user)
                .put("text", "<@" + FakeSlackApi.BOT_USER + "> " + question).put("ts", ts).put("channel", channel)
                .put("event_ts", ts);
        ObjectNode body = JSON.createObjectNode().put("token", "verification-token").put("team_id", "T0001")
                .put("api_app_id", "A1").put("type", "event_callback").put("event_id", "Ev" + events)
                .put("event_time", 1_700_000_000);
        body.set("event", event);
        HttpResponse<String> response = send(body.toString());
        assertThat(response.statusCode()).isEqualTo(200);
        FakeSlackApi.Call reply = slack.await(c -> c.method().equals("chat.postMessage")
                && channel.equals(c.param("channel")) && ts.equals(c.param("thread_ts")), 1).get(0);
        return reply.param("text") + "\n" + reply.blocksText().lines().filter(line -> !line.matches("\\d+"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private HttpResponse<String> send(String body) throws Exception {
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpServer().port()
                        + "/slack/events"))
                .header("Content-Type", "application/json")
                .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, ts)
                .header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, new SlackSignature.Generator(SECRET).generate(ts, body))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
