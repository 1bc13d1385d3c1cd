package io.tenure.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.assistant.Apologies;
import io.tenure.assistant.Reply;
import io.tenure.support.CapturedLogs;
import io.tenure.support.FakeSlackApi.Call;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, attacked through the real Bolt app over signed HTTP against the fake Slack Web API: internal
 * errors (item 4), Slack's rate limits and failures (item 6), forged timing and foreign workspaces (item 11),
 * review forms and staff alerts (item 16).
 */
class SlackFaultsAndHostileInputTest {
    private static final Pattern REFERENCE = Pattern.compile("E-[A-Z2-9]{8}");
    /** What SQLite and PostgreSQL say about the missing table. */
    private static final Pattern MISSING_TABLE = Pattern.compile("no such table: question|\"question\" does not exist");

    @TempDir
    Path dir;
    private SlackHarness harness;

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    private static String reference(String text) {
        Matcher matcher = REFERENCE.matcher(text);
        assertThat(matcher.find()).as("a reference id in: %s", text).isTrue();
        return matcher.group();
    }

    private HttpResponse<String> customerMention(String eventId, String text, String ts) throws Exception {
        return harness.send(SlackHarness.eventCallback(eventId,
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, text, ts, null)));
    }

    // ---- item 4: internal errors reach customers ----

    @Test
    void aDatabaseFailureWhileAnsweringGivesTheCustomerAnApologyInTheirLanguageAndTheLogTheSql() throws Exception {
        harness = new SlackHarness(dir);
        // given a question log that cannot be written (the table is gone: every insert fails with SQL)
        harness.database.jdbi().useHandle(h -> h.execute("ALTER TABLE question RENAME TO question_gone"));

        try (CapturedLogs logs = new CapturedLogs(Apologies.class)) {
            // when a customer asks in Korean in a customer-facing channel
            customerMention("EvSql", "요금제를 해지하려면 어떻게 하나요?", "200.000001");

            // then they get the Korean apology with a reference id, and nothing of the failure
            Call reply = harness.slack.await("chat.postMessage", 1).get(0);
            String text = reply.param("text") + "\n" + reply.blocksText();
            // (the random reference itself may spell "SQL" or "INSERT", so it is left out of the check)
            assertThat(text.replaceAll("E-[A-Z2-9]{8}", "E-ref")).contains("죄송합니다").doesNotContainIgnoringCase("sql")
                    .doesNotContain("question", "INSERT", "Exception", "arguments");
            String reference = reference(text);
            // and the log has the SQL under the same reference
            assertThat(logs.details()).anySatisfy(line -> assertThat(line).contains(reference)
                    .containsPattern(MISSING_TABLE));
        }
    }

    @Test
    void aSlackErrorWhenPostingTheAnswerReachesTheCustomerOnlyAsAnApology() throws Exception {
        harness = new SlackHarness(dir);
        // given Slack refusing the answer itself
        harness.slack.failNext("chat.postMessage", "msg_blocks_too_long");

        try (CapturedLogs logs = new CapturedLogs(Apologies.class)) {
            customerMention("EvRefused", "How do I cancel?", "201.000001");

            // then the second post is an apology with a reference: no Slack error, no advice about permissions
            Call apology = harness.slack.await("chat.postMessage", 2).get(1);
            String text = apology.param("text") + "\n" + apology.blocksText();
            assertThat(text).startsWith("Sorry").doesNotContain("msg_blocks_too_long", "permission", "chat.postMessage");
            String reference = reference(text);
            assertThat(logs.details()).anySatisfy(line -> assertThat(line).contains(reference, "msg_blocks_too_long"));
        }
    }

    @Test
    void staffAskingInAnInternalChannelSeeTheDetailWithTheSameReference() throws Exception {
        // (no "working on it" note: telling English from Indonesian loads a model the first time)
        harness = new SlackHarness(dir, Duration.ZERO, 60_000, null);
        harness.database.jdbi().useHandle(h -> h.execute("ALTER TABLE question RENAME TO question_gone"));

        harness.send(SlackHarness.eventCallback("EvStaff", SlackHarness.mention(SlackHarness.AGENT,
                SlackHarness.INTERNAL, "How do I cancel?", "202.000001", null)));

        Call reply = harness.slack.await("chat.postMessage", 1).get(0);
        assertThat(reply.param("text")).contains("(Staff only)").containsPattern(MISSING_TABLE);
        reference(reply.param("text"));
    }

    // ---- item 6: Slack 429 and 500 lose answers ----

    @Test
    void anAnswerRateLimitedSeveralTimesArrivesOnceAfterWaitingAsLongAsSlackAsks() throws Exception {
        harness = new SlackHarness(dir);
        // given Slack rate-limiting the next three posts, each asking for one second
        harness.slack.rateLimitNext("chat.postMessage", 3, 1);

        long started = System.nanoTime();
        HttpResponse<String> ack = customerMention("Ev429", "How do I cancel?", "203.000001");
        long ackMillis = (System.nanoTime() - started) / 1_000_000;

        // then Slack got its acknowledgement at once, and the answer exactly once after the waits
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ackMillis).isLessThan(3000);
        Call answer = harness.slack.await("chat.postMessage", 1).get(0);
        assertThat(answer.param("text")).isEqualTo(SlackHarness.ANSWER);
        List<Long> arrivals = harness.slack.arrivals("chat.postMessage");
        assertThat(arrivals).hasSize(4);
        for (int i = 1; i < arrivals.size(); i++) {
            assertThat(Duration.ofNanos(arrivals.get(i) - arrivals.get(i - 1))).isGreaterThanOrEqualTo(
                    Duration.ofMillis(950));
        }
        assertThat(harness.slack.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void anAnswerSlackFailsWith500IsTriedAgainAndArrivesOnce() throws Exception {
        harness = new SlackHarness(dir);
        harness.slack.failWithStatusNext("chat.postMessage", 2, 500);

        customerMention("Ev500", "How do I cancel?", "204.000001");

        Call answer = harness.slack.await("chat.postMessage", 1).get(0);
        assertThat(answer.param("text")).isEqualTo(SlackHarness.ANSWER);
        assertThat(harness.slack.arrivals("chat.postMessage")).hasSize(3);
        assertThat(harness.slack.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void anAnswerStillRateLimitedAfterEveryRetryIsLoggedWithChannelEventAndQuestion() throws Exception {
        harness = new SlackHarness(dir);
        // given Slack rate-limiting every attempt the answer gets (Retry-After 0, to keep the test short)
        harness.slack.rateLimitNext("chat.postMessage", SlackWebApi.MAX_ATTEMPTS, 0);

        try (CapturedLogs logs = new CapturedLogs(Apologies.class)) {
            customerMention("EvGiveUp", "How do I cancel?", "205.000001");

            // then the attempts stop (bounded), the log names channel, event and question, and the asker gets
            // an apology (once Slack takes posts again) rather than silence or Slack's error
            Call apology = harness.slack.await("chat.postMessage", 1).get(0);
            assertThat(apology.param("text")).startsWith("Sorry").doesNotContain("ratelimited", "429");
            assertThat(harness.slack.arrivals("chat.postMessage")).hasSize(SlackWebApi.MAX_ATTEMPTS + 1);
            String reference = reference(apology.param("text"));
            assertThat(logs.details()).anySatisfy(line -> assertThat(line).contains(reference,
                    "channel " + SlackHarness.PUBLIC, "event EvGiveUp").containsPattern("question \\d+"));
        }
    }

    // ---- item 11: signed requests from the future, other workspaces and apps ----

    @Test
    void aSignedRequestDatedMoreThanFiveMinutesAheadIsRejected() throws Exception {
        harness = new SlackHarness(dir);
        long now = System.currentTimeMillis() / 1000;
        String future = SlackHarness.eventCallback("EvFuture",
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "from the future", "206.1", null));
        String nextYear = SlackHarness.eventCallback("EvNextYear",
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "from next year", "206.2", null));
        String slightlyAhead = SlackHarness.eventCallback("EvAhead",
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "clock a bit fast", "206.3", null));

        HttpResponse<String> sixMinutes = harness.send(future, SlackHarness.SECRET, now + 6 * 60, Map.of());
        HttpResponse<String> aYear = harness.send(nextYear, SlackHarness.SECRET, now + 365L * 24 * 3600, Map.of());
        HttpResponse<String> fourMinutes = harness.send(slightlyAhead, SlackHarness.SECRET, now + 4 * 60, Map.of());
        harness.slack.await("chat.postMessage", 1);

        assertThat(sixMinutes.statusCode()).isEqualTo(401);
        assertThat(aYear.statusCode()).isEqualTo(401);
        assertThat(fourMinutes.statusCode()).isEqualTo(200);
        assertThat(harness.answerer.questions()).containsExactly("clock a bit fast");
    }

    @Test
    void requestsForAnotherWorkspaceOrAppAreRefusedWhenTeamAndAppAreConfigured() throws Exception {
        harness = new SlackHarness(dir, Duration.ZERO, 1000, null, settings -> settings.onlyFrom("T0001", "A1"));
        String ours = SlackHarness.eventCallback("EvOurs",
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "our workspace", "207.1", null));
        String otherTeam = ours.replace("\"T0001\"", "\"T9999\"").replace("EvOurs", "EvOtherTeam")
                .replace("our workspace", "other workspace");
        String otherApp = ours.replace("\"A1\"", "\"A2\"").replace("EvOurs", "EvOtherApp")
                .replace("our workspace", "other app");
        String otherTeamCommand = harness.slashCommand(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "other command", "r1")
                .replace("team_id=T0001", "team_id=T9999");

        HttpResponse<String> team = harness.send(otherTeam);
        HttpResponse<String> app = harness.send(otherApp);
        HttpResponse<String> command = harness.send(otherTeamCommand);
        HttpResponse<String> genuine = harness.send(ours);
        harness.slack.await("chat.postMessage", 1);

        assertThat(team.statusCode()).isEqualTo(403);
        assertThat(app.statusCode()).isEqualTo(403);
        assertThat(command.statusCode()).isEqualTo(403);
        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(harness.answerer.questions()).containsExactly("our workspace");
    }

    // ---- item 16: review forms for non-staff, customer text in staff alerts ----

    @Test
    void aCustomerClickingEditOrRejectOnACardGetsARefusalAndNeverTheDraft() throws Exception {
        harness = new SlackHarness(dir);
        String draftId = harness.approvals.draft("ACME-7", "Acme Corp", "usage down 60% in 30 days",
                "Secret subject line", "Hi Ana,\nthe full confidential draft body.").id();
        harness.slack.await("chat.postMessage", 1);

        harness.send(SlackHarness.blockAction(SlackHarness.CUSTOMER, SlackHarness.REVIEW, "1.1", DraftCard.EDIT, draftId));
        harness.send(SlackHarness.blockAction(SlackHarness.CUSTOMER, SlackHarness.REVIEW, "1.1", DraftCard.REJECT,
                draftId));

        List<Call> refusals = harness.slack.await("chat.postEphemeral", 2);
        assertThat(refusals).allSatisfy(refusal -> {
            assertThat(refusal.param("user")).isEqualTo(SlackHarness.CUSTOMER);
            assertThat(refusal.param("text")).contains("may not", "not opened").doesNotContain("confidential");
        });
        assertThat(harness.slack.calls("views.open")).isEmpty();
        // and an agent (staff, not an approver) may edit but not reject
        harness.send(SlackHarness.blockAction(SlackHarness.AGENT, SlackHarness.REVIEW, "1.1", DraftCard.EDIT, draftId));
        harness.send(SlackHarness.blockAction(SlackHarness.AGENT, SlackHarness.REVIEW, "1.1", DraftCard.REJECT, draftId));
        harness.slack.await("views.open", 1);
        harness.slack.await("chat.postEphemeral", 3);
        assertThat(harness.slack.calls("views.open")).hasSize(1);
    }

    @Test
    void aCustomersChannelPingMentionAndDisguisedLinkReachTheStaffAlertAsText() throws Exception {
        harness = new SlackHarness(dir);
        String hostile = "<!channel> <!here> <@U0ADMIN> click <http://evil.example/pay|Reset your password>";
        Reply alert = Reply.text(Reply.Kind.ACCOUNT_DATA, "**Cancel intent (cancel)** on ACME-7\nUCUSTOMER asked:\n> "
                + hostile);

        harness.adapter.staffAlerts().orElseThrow().alert(alert);

        Call post = harness.slack.await("chat.postMessage", 1).get(0);
        String sent = post.param("text") + "\n" + post.blocksText();
        assertThat(sent).doesNotContain("<!channel>", "<!here>", "<@U0ADMIN>", "<http://evil.example")
                .contains("&lt;!channel&gt;", "&lt;@U0ADMIN&gt;", "&lt;http://evil.example/pay|Reset your password&gt;");
    }
}
