package io.tenure.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.alerts.AlertMode;
import io.tenure.alerts.AlertRecipients;
import io.tenure.alerts.AlertRules;
import io.tenure.alerts.AlertsCommand;
import io.tenure.alerts.OwnerAlert;
import io.tenure.alerts.OwnerAlertJobs;
import io.tenure.alerts.OwnerAlerts;
import io.tenure.alerts.UnresolvedOwners;
import io.tenure.jobs.Jobs;
import io.tenure.owners.OwnerDirectory;
import io.tenure.owners.OwnerSettings;
import io.tenure.storage.alerts.SqlAlertLedger;
import io.tenure.storage.alerts.SqlAlertPreferences;
import io.tenure.storage.owners.SqlAccountOwners;
import io.tenure.storage.owners.SqlOwnerCache;
import io.tenure.support.FakeSlackApi;
import io.tenure.support.FakeSlackApi.Call;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Owner alerts in Slack, end to end: the real Bolt app over HTTP against the fake Web API, the owner found with
 * users.lookupByEmail, the alert sent as a direct message (conversations.open, chat.postMessage) with its
 * buttons and posted in the alerts channel, by the delivery job on the real job table.
 */
class SlackOwnerAlertsTest {
    static final String ALERTS = "CALERTS";
    static final String ANA = "ana@example.com";
    static final LocalDate DAY = LocalDate.parse("2026-11-21");

    @TempDir
    Path dir;
    private SlackHarness harness;
    private Jobs jobs;
    private OwnerAlerts alerts;
    private SqlAlertPreferences preferences;
    private int events;

    @BeforeEach
    void start() throws Exception {
        Clock clock = Clock.systemUTC();
        OwnerSettings teams = new OwnerSettings(Map.of(), Map.of(),
                Map.of("emea", List.of(ANA, "li@example.com")), 24, 60);
        harness = new SlackHarness(dir, Duration.ZERO, 1000, null,
                s -> new SlackSettings(s.apiBaseUrl(), s.internalChannels(), s.reviewChannel(), s.digestChannel(),
                        s.workingNoticeMillis(), s.workers(), ALERTS, s.teamId(), s.appId()),
                (db, api) -> {
                    // As App builds them: Slack's people asked through the Web API, answers cached in the database.
                    preferences = new SqlAlertPreferences(db.jdbi());
                    owners = new OwnerDirectory(teams, List.of(SlackAdapter.people(
                            new SlackSettings(api.apiBaseUrl(), List.of(), "", "", 1000, 1),
                            new SlackTokens(SlackHarness.BOT_TOKEN, SlackHarness.SECRET, null))),
                            new SqlOwnerCache(db.jdbi()), clock);
                    command = new AlertsCommand(preferences, owners,
                            new UnresolvedOwners(new SqlAccountOwners(db.jdbi()), owners), clock);
                    return List.of(command);
                });
        harness.slack.addUser(SlackHarness.AGENT, ANA).addUser(SlackHarness.CUSTOMER, "buyer@customer.example");
        jobs = new Jobs(harness.database.dataSource(), Duration.ofMillis(100));
        jobs.start(List.of(OwnerAlertJobs.delivery(jobs, Map.of("slack", harness.adapter.staffAlerts().orElseThrow()),
                new AlertRecipients(owners, preferences, SlackHarness.ROLES))));
        alerts = new OwnerAlerts(AlertRules.load("config/alerts.yaml"), null,
                new SqlAlertLedger(harness.database.jdbi(), jobs), clock);
    }

    private OwnerDirectory owners;
    private AlertsCommand command;

    @AfterEach
    void stop() {
        jobs.close();
        harness.close();
    }

    private static OwnerAlert alert(String owner, String trigger, LocalDate day) {
        return new OwnerAlert("ACME-7", owner, trigger, day, "**ACME-7 Acme: turned red** (owner " + owner + ")\n"
                + "Score 32 (red) on " + day + "; it was 45 (yellow) the day before.", null);
    }

    private List<Call> postsTo(String channel, String text) {
        return harness.slack.calls("chat.postMessage").stream()
                .filter(c -> c.param("channel").equals(channel) && c.param("text").contains(text)).toList();
    }

    private void says(String user, String channel, String text) throws Exception {
        String ts = "1700000100.0000" + (10 + events);
        assertThat(harness.send(SlackHarness.eventCallback("Ev-alerts-" + events++,
                SlackHarness.message(user, channel, "im", text, ts, null))).statusCode()).isEqualTo(200);
    }

    @Test
    void theOwnerFoundByAddressGetsADirectMessageWithButtonsAndTheAlertsChannelGetsItToo() {
        assertThat(alerts.raise(alert(ANA, AlertRules.TURNED_RED, DAY))).isTrue();

        String dm = FakeSlackApi.directChannel(SlackHarness.AGENT);
        harness.slack.await(c -> c.method().equals("chat.postMessage") && c.param("channel").equals(dm), 1);
        harness.slack.await(c -> c.method().equals("chat.postMessage") && c.param("channel").equals(ALERTS), 1);
        assertThat(harness.slack.calls("users.lookupByEmail")).extracting(c -> c.param("email")).contains(ANA);
        assertThat(harness.slack.calls("conversations.open")).extracting(c -> c.param("users"))
                .containsExactly(SlackHarness.AGENT);
        Call direct = postsTo(dm, "turned red").get(0);
        assertThat(direct.param("blocks")).contains(ReplyBlocks.ALERT_ACCOUNT, ReplyBlocks.ALERT_DRAFT, "ACME-7");
        assertThat(direct.blocksText()).contains("Score 32 (red)", "Open ACME-7", "Draft outreach");
        assertThat(postsTo(ALERTS, "turned red").get(0).param("blocks")).contains(ReplyBlocks.ALERT_ACCOUNT);
    }

    @Test
    void openTheAccountRunsTheAccountCommandAsTheClickerInTheAlertsThread() throws Exception {
        alerts.raise(alert(ANA, AlertRules.TURNED_RED, DAY));
        String dm = FakeSlackApi.directChannel(SlackHarness.AGENT);
        harness.slack.await(c -> c.method().equals("chat.postMessage") && c.param("channel").equals(dm), 1);

        harness.send(SlackHarness.blockAction(SlackHarness.AGENT, dm, "1700000000.000100", ReplyBlocks.ALERT_ACCOUNT,
                "ACME-7"));

        Call shown = harness.slack.await(c -> c.method().equals("chat.postMessage")
                && c.param("text").contains(SlackHarness.ACCOUNT_DATA), 1).get(0);
        assertThat(shown.param("channel")).isEqualTo(dm);
        assertThat(shown.param("thread_ts")).isEqualTo("1700000000.000100");
        assertThat(harness.account.runs()).isEqualTo(1);
    }

    @Test
    void anOwnerNobodyHasInSlackIsAlertedInTheChannelOnlyWithANoteSaying() {
        alerts.raise(alert("gone@example.com", AlertRules.TURNED_RED, DAY));

        Call posted = harness.slack.await(c -> c.method().equals("chat.postMessage")
                && c.param("channel").equals(ALERTS), 1).get(0);
        assertThat(posted.param("text")).contains("turned red", "gone@example.com was not found on slack",
                "tenure alerts unresolved");
        assertThat(harness.slack.calls("conversations.open")).isEmpty();
    }

    @Test
    void anAlertForOneAccountTriggerAndDayIsSentOnce() throws Exception {
        assertThat(alerts.raise(alert(ANA, AlertRules.TURNED_RED, DAY))).isTrue();
        assertThat(alerts.raise(alert(ANA, AlertRules.TURNED_RED, DAY))).isFalse();
        assertThat(alerts.raise(alert(ANA, AlertRules.SCORE_DROP, DAY))).isTrue();

        harness.slack.await(c -> c.method().equals("chat.postMessage") && c.param("channel").equals(ALERTS), 2);
        jobs.awaitIdle(List.of(OwnerAlertJobs.DELIVER), Duration.ofSeconds(10));
        assertThat(postsTo(ALERTS, "turned red")).hasSize(2);
        assertThat(postsTo(FakeSlackApi.directChannel(SlackHarness.AGENT), "turned red")).hasSize(2);
    }

    @Test
    void alertsOffStopsTheDirectMessagesButTheChannelStillGetsEveryAlert() throws Exception {
        String dm = FakeSlackApi.directChannel(SlackHarness.AGENT);
        preferences.set("slack", SlackHarness.AGENT, AlertMode.OFF, java.time.Instant.now());

        alerts.raise(alert(ANA, AlertRules.TURNED_RED, DAY));

        harness.slack.await(c -> c.method().equals("chat.postMessage") && c.param("channel").equals(ALERTS), 1);
        jobs.awaitIdle(List.of(OwnerAlertJobs.DELIVER), Duration.ofSeconds(10));
        assertThat(postsTo(dm, "turned red")).isEmpty();
        assertThat(harness.slack.calls("conversations.open")).isEmpty();
    }

    @Test
    void teamBringsTheAlertsOfATeammatesAccountsToTheirDirectMessages() {
        preferences.set("slack", SlackHarness.AGENT, AlertMode.TEAM, java.time.Instant.now());

        alerts.raise(alert("li@example.com", AlertRules.TURNED_RED, DAY));

        String dm = FakeSlackApi.directChannel(SlackHarness.AGENT);
        harness.slack.await(c -> c.method().equals("chat.postMessage") && c.param("channel").equals(dm), 1);
        assertThat(harness.slack.calls("users.info")).extracting(c -> c.param("user")).contains(SlackHarness.AGENT);
    }

    @Test
    void aStaffMemberTypesAlertsOffInTheirDirectMessagesAndTheChoiceIsStored() throws Exception {
        says(SlackHarness.AGENT, FakeSlackApi.directChannel(SlackHarness.AGENT), "alerts off");

        Call reply = harness.slack.await(c -> c.method().equals("chat.postMessage")
                && c.param("text").contains("your alerts are"), 1).get(0);
        assertThat(reply.param("text")).contains("your alerts are **off**", "alerts channel keeps every alert");
        assertThat(preferences.of("slack", SlackHarness.AGENT)).contains(AlertMode.OFF);
    }

    @Test
    void aCustomerTypingAlertsMineGetsTheHelpCentersAnswerAndNothingIsStored() throws Exception {
        says(SlackHarness.CUSTOMER, "DCUSTOMER", "alerts mine");

        Call reply = harness.slack.await(c -> c.method().equals("chat.postMessage")
                && c.param("channel").equals("DCUSTOMER"), 1).get(0);
        assertThat(reply.param("text")).contains(SlackHarness.ANSWER);
        assertThat(harness.slack.everythingSent()).doesNotContain("your alerts", "agent", "approver", "manager");
        assertThat(preferences.all("slack")).isEmpty();
        assertThat(harness.answerer.questions()).contains("alerts mine");
    }
}
