package io.tenure.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tenure.storage.assistant.SqlQuestionLog;
import io.tenure.assistant.Caller;
import io.tenure.assistant.ChannelKind;
import io.tenure.assistant.QuestionLog;
import io.tenure.health.HealthDirectory;
import io.tenure.health.importing.AccountImport;
import io.tenure.storage.importing.JdbcImportTables;
import io.tenure.health.playbook.Playbook;
import io.tenure.health.scoring.HealthScorer;
import io.tenure.home.MyHome;
import io.tenure.outreach.DraftStatus;
import io.tenure.outreach.DraftView;
import io.tenure.owners.OwnerDirectory;
import io.tenure.owners.OwnerSettings;
import io.tenure.storage.health.JdbcScoreHistory;
import io.tenure.storage.health.JdbcSignalStore;
import io.tenure.storage.home.SqlMyAccounts;
import io.tenure.storage.owners.SqlOwnerCache;
import io.tenure.storage.retention.SqlCancelIntentSignals;
import io.tenure.support.FakeSlackApi;
import io.tenure.support.FakeSlackApi.Call;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The App Home through the real Bolt app over HTTP against the fake Web API: {@code app_home_opened} makes
 * a {@code views.publish} of the person's home, built from the real account data, drafts and cancellation
 * questions on the test database. The approver UAPPROVER is ana@example.com in Slack (users.info) and owns
 * ACC-1 (red: its payment failed today) and ACC-3 (green); bob owns ACC-2 (red).
 */
class SlackHomeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HELP = "Ask me anything about billing, plans or your subscription.";

    @TempDir
    Path dir;
    private SlackHarness harness;
    private String draftId;
    /** Drafts added to the workflow's pending ones, for a home with more than it shows. */
    private final List<DraftView> moreDrafts = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        Clock clock = Clock.systemUTC();
        harness = new SlackHarness(dir, Duration.ZERO, 1000, null, UnaryOperator.identity(), h -> {
            Playbook playbook = Playbook.load("config/playbook.yaml");
            HealthDirectory health = new HealthDirectory(new JdbcSignalStore(h.database.jdbi(), playbook),
                    new HealthScorer(playbook), new JdbcScoreHistory(h.database.jdbi(), clock));
            OwnerDirectory owners = new OwnerDirectory(OwnerSettings.none(), List.of(SlackAdapter.people(
                    new SlackSettings(h.slack.apiBaseUrl(), List.of(), "", "", 1000, 1),
                    new SlackTokens(SlackHarness.BOT_TOKEN, SlackHarness.SECRET, null))),
                    new SqlOwnerCache(h.database.jdbi()), clock);
            h.adapter.homes(new MyHome(health, () -> {
                List<DraftView> pending = new ArrayList<>(h.approvals.workflow().pending());
                pending.addAll(moreDrafts);
                return pending;
            }, owners,
                    new SqlMyAccounts(h.database.jdbi()), HELP, clock));
        });
        harness.slack.addUser(SlackHarness.APPROVER, "ana@example.com").addUser(SlackHarness.CUSTOMER, "carla@shop.example");
        givenAccountsAQuestionAndADraft(clock);
    }

    private void givenAccountsAQuestionAndADraft(Clock clock) throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Path csv = Files.createDirectories(dir.resolve("csv"));
        Files.writeString(csv.resolve("accounts.csv"), io.tenure.health.AccountFiles.ACCOUNT_HEADER + "\n"
                + "ACC-1,Hikari Retail,team,300,USD,5,2026-01-01,,Ana@Example.com,ops@hikari.example,en,active,,\n"
                + "ACC-2,Bobs Burgers,team,200,USD,5,2026-01-01,,bob@example.com,ops@bob.example,en,active,,\n"
                + "ACC-3,Calm Co,team,100,USD,5,2026-01-01,,ana@example.com,ops@calm.example,en,active,,\n");
        Files.writeString(csv.resolve("payments.csv"), "account_id,occurred_at,status,amount\n"
                + "ACC-1," + today.minusDays(40) + "T10:00:00Z,succeeded,300\n"
                + "ACC-1," + today + "T00:00:00Z,failed,300\n"
                + "ACC-2," + today + "T00:00:00Z,failed,200\n");
        StringBuilder activity = new StringBuilder("account_id,occurred_at,kind,user,feature\n");
        for (String feature : List.of("export", "reports", "billing", "api", "sso")) {
            activity.append("ACC-3,").append(today.minusDays(1)).append("T10:00:00Z,feature_use,u1,").append(feature).append('\n');
        }
        activity.append("ACC-3,").append(today.minusDays(1)).append("T09:00:00Z,login,u1,\n");
        Files.writeString(csv.resolve("activity.csv"), activity.toString());
        assertThat(new AccountImport(new JdbcImportTables(harness.database.dataSource()), clock).importFolder(csv, false).anyRejected()).isFalse();

        QuestionLog log = new SqlQuestionLog(harness.database.jdbi(), clock);
        Caller customer = Caller.customer(SlackHarness.CUSTOMER, "slack");
        for (String[] asked : new String[][] {{"ACC-1", "How do I cancel my plan?"}, {"ACC-2", "Refund please"}}) {
            long id = log.record(customer, ChannelKind.CUSTOMER_FACING, asked[1], harness.answerer.answer(asked[1]),
                    "cancel", asked[0]);
            new SqlCancelIntentSignals(harness.database.jdbi()).record(asked[0], id, asked[1], "cancel", Instant.now());
        }
        draftId = harness.approvals.draft("ACC-1", "Hikari Retail", "payment-failed", "Stay with us?",
                "Hi,\nwe would like to help.").id();
        harness.slack.await("chat.postMessage", 1);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private void opensHome(String user) throws Exception {
        ObjectNode event = JSON.createObjectNode().put("type", "app_home_opened").put("user", user)
                .put("channel", "D" + user).put("tab", "home").put("event_ts", "1700000000.000100");
        assertThat(harness.send(SlackHarness.eventCallback("Ev-home-" + user + System.nanoTime(), event)).statusCode())
                .isEqualTo(200);
    }

    /** A button click inside the App Home: the container is the view, and there is no channel. */
    private void clicksInHome(String user, String actionId, String value) throws Exception {
        ObjectNode payload = JSON.createObjectNode().put("type", "block_actions").put("api_app_id", "A1")
                .put("token", "verification-token").put("trigger_id", "trigger-home");
        payload.putObject("user").put("id", user).put("username", user.toLowerCase()).put("team_id", "T0001");
        payload.putObject("team").put("id", "T0001").put("domain", "fake");
        payload.putObject("container").put("type", "view").put("view_id", "VHOME-" + user);
        payload.putObject("view").put("id", "VHOME-" + user).put("type", "home");
        payload.putArray("actions").addObject().put("type", "button").put("action_id", actionId)
                .put("block_id", "b1").put("value", value).put("action_ts", "1700000000.000001");
        String body = "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
        assertThat(harness.send(body).statusCode()).isEqualTo(200);
    }

    private Call published(String user, int count) {
        List<Call> views = harness.slack.await(c -> c.method().equals("views.publish")
                && c.param("user_id").equals(user), count);
        return views.get(count - 1);
    }

    @Test
    void aStaffOwnerSeesTheirAccountsAtRiskTheDraftsWaitingForThemAndTheirCustomersCancellationQuestions()
            throws Exception {
        opensHome(SlackHarness.APPROVER);

        Call home = published(SlackHarness.APPROVER, 1);
        assertThat(JSON.readTree(home.param("view")).path("type").asText()).isEqualTo("home");
        String text = home.viewText();
        // Mine and at risk: ACC-1 (red). Not ACC-3 (mine, green), not ACC-2 (at risk, bob's).
        assertThat(text).contains("My accounts at risk", "ACC-1 Hikari Retail: score", " red, ",
                "no-login-10d: no login since signup")
                .doesNotContain("ACC-2", "Bobs Burgers", "ACC-3");
        assertThat(text).contains("Drafts waiting for me", "Hikari Retail (ACC-1): ", "\"Stay with us?\", drafted (" + draftId + ")",
                DraftCard.APPROVE, HomeBlocks.ACCOUNT, HomeBlocks.DRAFT);
        assertThat(text).contains("Cancellation questions from my accounts", "(cancel): \"How do I cancel my plan?\"")
                .doesNotContain("Refund please");
        assertThat(harness.slack.calls("users.info")).extracting(c -> c.param("user")).contains(SlackHarness.APPROVER);
    }

    @Test
    void aCustomerSeesOnlyTheHelpTextAndNothingIsLookedUpForThem() throws Exception {
        opensHome(SlackHarness.CUSTOMER);

        Call home = published(SlackHarness.CUSTOMER, 1);
        String text = home.viewText();
        assertThat(text).contains(HELP)
                .doesNotContain("ACC-", "Hikari", "Drafts", "approver", "agent", "manager", "score", "cancel my plan",
                        DraftCard.APPROVE, HomeBlocks.ACCOUNT);
        assertThat(harness.slack.calls("users.info")).isEmpty();
    }

    @Test
    void anAgentWhoseAddressSlackDoesNotKnowIsToldSoAndSeesNoAccountsOrDrafts() throws Exception {
        opensHome(SlackHarness.AGENT);

        String text = published(SlackHarness.AGENT, 1).viewText();
        assertThat(text).contains("I do not know your email address on slack")
                .contains("Drafts are approved by approvers; none wait for you.")
                .doesNotContain("ACC-1", DraftCard.APPROVE);
    }

    @Test
    void approveInTheHomeUsesTheReviewCardsHandlerAndPublishesTheHomeAgainWithoutTheDraft() throws Exception {
        opensHome(SlackHarness.APPROVER);
        published(SlackHarness.APPROVER, 1);

        clicksInHome(SlackHarness.APPROVER, DraftCard.APPROVE, draftId);

        Call again = published(SlackHarness.APPROVER, 2);
        // The approval is the review card's: delivered once by the delivery job, in the background.
        io.tenure.support.Eventually.until(Duration.ofSeconds(20), "the draft is sent",
                () -> harness.approvals.stored(draftId).status() == DraftStatus.SENT);
        assertThat(harness.approvals.sent()).containsExactly(harness.approvals.messageFor(draftId));
        assertThat(again.viewText()).doesNotContain(draftId).contains("No draft is waiting for approval.");
    }

    @Test
    void theAccountButtonAsksTheAssistantAsThePersonAndTheAnswerComesInTheirDirectMessage() throws Exception {
        clicksInHome(SlackHarness.APPROVER, HomeBlocks.ACCOUNT, "ACME-7");

        Call answer = harness.slack.await(c -> c.method().equals("chat.postMessage")
                && c.param("channel").equals(SlackHarness.APPROVER), 1).get(0);
        assertThat(answer.param("text") + answer.blocksText()).contains(SlackHarness.ACCOUNT_DATA);
    }

    @Test
    void aCustomersClickOnAHomeButtonShowsThemNoAccountData() throws Exception {
        clicksInHome(SlackHarness.CUSTOMER, HomeBlocks.ACCOUNT, "ACME-7");

        Call answer = harness.slack.await(c -> c.method().equals("chat.postMessage")
                && c.param("channel").equals(SlackHarness.CUSTOMER), 1).get(0);
        assertThat(harness.slack.everythingSent()).doesNotContain(SlackHarness.ACCOUNT_DATA);
        assertThat(answer.param("text")).contains(SlackHarness.ANSWER);
    }

    @Test
    void aVeryLongCustomerQuestionIsCutSoTheHomeStaysWithinSlacksBlockLimits() throws Exception {
        String longQuestion = "How do I cancel " + "and get my money back ".repeat(300) + "today?";
        long id = new SqlQuestionLog(harness.database.jdbi(), Clock.systemUTC()).record(
                Caller.customer(SlackHarness.CUSTOMER, "slack"), ChannelKind.CUSTOMER_FACING, longQuestion,
                harness.answerer.answer(longQuestion), "cancel", "ACC-1");
        new SqlCancelIntentSignals(harness.database.jdbi()).record("ACC-1", id, longQuestion, "cancel", Instant.now());

        opensHome(SlackHarness.APPROVER);

        Call home = published(SlackHarness.APPROVER, 1);
        assertThat(home.viewText()).contains("(cancel): \"How do I cancel and get my money back", "…\"");
        // Slack refuses a section text over 3,000 characters, and then the whole view.
        JSON.readTree(home.param("view")).path("blocks").forEach(block ->
                assertThat(block.path("text").path("text").asText().length()).isLessThanOrEqualTo(3000));
    }

    @Test
    void aHomeWithMoreDraftsThanItShowsSaysHowManyThereAreAndHowToSeeThemAll() throws Exception {
        for (int i = 2; i <= 12; i++) {
            moreDrafts.add(new DraftView("d-more" + i, "ACC-" + (100 + i), "Account " + i, "check-in", "en", "",
                    "ops@example.com", "Checking in " + i, "Hi", DraftStatus.DRAFTED, List.of(), null));
        }

        opensHome(SlackHarness.APPROVER);

        String text = published(SlackHarness.APPROVER, 1).viewText();
        assertThat(text).contains("10 of 12 drafts shown; type drafts for all.", "Checking in 10")
                .doesNotContain("Checking in 11", "Checking in 12");
    }
}
