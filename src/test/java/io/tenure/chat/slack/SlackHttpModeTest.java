package io.tenure.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.support.FakeSlackApi.Call;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Bolt app behind {@code POST /slack/events}, with Slack's Web API faked on 127.0.0.1. */
class SlackHttpModeTest {
    @TempDir
    Path dir;
    private SlackHarness harness;

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void aMentionIsAnsweredInItsThreadWithCitationsAndFeedbackButtons() throws Exception {
        harness = new SlackHarness(dir);

        HttpResponse<String> ack = harness.send(SlackHarness.eventCallback("Ev1",
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "How do I cancel?", "100.000001", null)));

        assertThat(ack.statusCode()).isEqualTo(200);
        Call reply = harness.slack.await("chat.postMessage", 1).get(0);
        assertThat(reply.param("channel")).isEqualTo(SlackHarness.PUBLIC);
        assertThat(reply.param("thread_ts")).isEqualTo("100.000001");
        assertThat(reply.param("text")).isEqualTo(SlackHarness.ANSWER);
        assertThat(reply.blocksText())
                .contains(SlackHarness.ANSWER)
                .contains("Cancel your subscription", "Cancelling from the app",
                        "<https://help.example.com/cancel-subscription|open the article>")
                .contains("Refunds")
                .contains(ReplyBlocks.HELPFUL, ReplyBlocks.NOT_HELPFUL);
        assertThat(harness.answerer.questions()).containsExactly("How do I cancel?");
    }

    @Test
    void aBadOrStaleSignatureGets401AndCausesNothing() throws Exception {
        harness = new SlackHarness(dir);
        String event = SlackHarness.eventCallback("EvForged",
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "forged question", "101.1", null));
        long now = System.currentTimeMillis() / 1000;

        HttpResponse<String> forged = harness.send(event, "not-the-secret-0123456789", now, Map.of());
        HttpResponse<String> stale = harness.send(event, SlackHarness.SECRET, now - 10 * 60, Map.of());
        // A genuine event afterwards: once its reply is out, the rejected ones had every chance to act.
        harness.send(SlackHarness.eventCallback("EvGenuine",
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "genuine question", "102.1", null)));
        harness.slack.await("chat.postMessage", 1);

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(harness.answerer.questions()).containsExactly("genuine question");
        assertThat(harness.slack.calls("chat.postMessage")).hasSize(1);
        assertThat(harness.slack.everythingSent()).doesNotContain("forged question");
    }

    @Test
    void aRetriedEventGivesOneReply() throws Exception {
        harness = new SlackHarness(dir);
        String event = SlackHarness.eventCallback("EvRetry",
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "How do I cancel?", "103.1", null));
        long now = System.currentTimeMillis() / 1000;

        harness.send(event);
        harness.slack.await("chat.postMessage", 1);
        HttpResponse<String> retry = harness.send(event, SlackHarness.SECRET, now,
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        HttpResponse<String> repeat = harness.send(event);
        harness.send(SlackHarness.eventCallback("EvAfter",
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "Another one?", "104.1", null)));
        List<Call> replies = harness.slack.await("chat.postMessage", 2);

        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(repeat.statusCode()).isEqualTo(200);
        assertThat(replies).extracting(c -> c.param("thread_ts")).containsExactly("103.1", "104.1");
        assertThat(harness.answerer.questions()).containsExactly("How do I cancel?", "Another one?");
    }

    @Test
    void aRequestForAccountDataInACustomerFacingChannelGetsNone() throws Exception {
        harness = new SlackHarness(dir);

        harness.send(SlackHarness.eventCallback("EvRisk",
                SlackHarness.mention(SlackHarness.AGENT, SlackHarness.PUBLIC, "risk", "105.1", null)));
        harness.send(harness.slashCommand(SlackHarness.AGENT, SlackHarness.PUBLIC, "risk", "r1"));
        Call refusal = harness.slack.await("chat.postEphemeral", 1).get(0);
        Call slashRefusal = harness.slack.await("response_url", 1).get(0);

        assertThat(refusal.param("user")).isEqualTo(SlackHarness.AGENT);
        assertThat(refusal.param("text")).contains("customer-facing");
        assertThat(slashRefusal.param("response_type")).isEqualTo("ephemeral");
        assertThat(slashRefusal.param("text")).contains("customer-facing");
        assertThat(harness.risk.runs()).isZero();
        assertThat(harness.slack.calls("chat.postMessage")).isEmpty();
        assertThat(harness.slack.everythingSent()).doesNotContain("ACME-7").doesNotContain("churn risk");
    }

    @Test
    void staffGetAccountDataInAnInternalChannelAndInADirectMessage() throws Exception {
        harness = new SlackHarness(dir);

        harness.send(SlackHarness.eventCallback("EvInternal",
                SlackHarness.mention(SlackHarness.AGENT, SlackHarness.INTERNAL, "risk", "106.1", null)));
        harness.send(SlackHarness.eventCallback("EvDm",
                SlackHarness.message(SlackHarness.AGENT, "DAGENT", "im", "risk", "107.1", null)));
        List<Call> replies = harness.slack.await("chat.postMessage", 2);

        assertThat(replies).extracting(c -> c.param("channel")).containsExactly(SlackHarness.INTERNAL, "DAGENT");
        assertThat(replies).allSatisfy(c -> assertThat(c.param("text")).isEqualTo(SlackHarness.ACCOUNT_DATA));
        assertThat(replies.get(0).param("thread_ts")).isEqualTo("106.1");
        assertThat(replies.get(1).params()).doesNotContainKey("thread_ts");
    }

    @Test
    void aDirectMessageWithAScreenshotIsAnsweredLikeAnyOther() throws Exception {
        // given: a customer's question with a file attached arrives as a message of subtype file_share
        harness = new SlackHarness(dir);
        var event = SlackHarness.message(SlackHarness.CUSTOMER, "DCUST", "im", "How do I cancel?", "109.1", null)
                .put("subtype", "file_share");
        event.putArray("files").addObject().put("id", "F1").put("name", "screenshot.png");

        // when
        HttpResponse<String> ack = harness.send(SlackHarness.eventCallback("EvFile", event));
        Call reply = harness.slack.await("chat.postMessage", 1).get(0);

        // then: acknowledged and answered, not left to Bolt's "no handler" 404
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(reply.param("channel")).isEqualTo("DCUST");
        assertThat(reply.blocksText()).contains(SlackHarness.ANSWER);
        assertThat(harness.answerer.questions()).containsExactly("How do I cancel?");
    }

    @Test
    void aMessageOfASubtypeNoOneListensToIsAcknowledgedWithoutAReply() throws Exception {
        // given: someone joins a channel the bot is in
        harness = new SlackHarness(dir);
        var join = SlackHarness.message(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "channel", "<@UCUSTOMER> has joined",
                "109.5", null).put("subtype", "channel_join");

        // when
        HttpResponse<String> ack = harness.send(SlackHarness.eventCallback("EvJoin", join));

        // then: 200, so Slack does not retry it, and nothing is posted
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(harness.slack.calls("chat.postMessage")).isEmpty();
        assertThat(harness.answerer.questions()).isEmpty();
    }

    @Test
    void aCustomerAskingForAccountDataInADirectMessageGetsTheHelpCenterAndNoRoleNames() throws Exception {
        harness = new SlackHarness(dir);

        harness.send(SlackHarness.eventCallback("EvCustomerDm",
                SlackHarness.message(SlackHarness.CUSTOMER, "DCUST", "im", "risk", "108.1", null)));
        Call answer = harness.slack.await("chat.postMessage", 1).get(0);

        assertThat(answer.param("text")).isEqualTo(SlackHarness.ANSWER);
        assertThat(harness.slack.everythingSent()).doesNotContain("role");
        assertThat(harness.risk.runs()).isZero();
        assertThat(harness.slack.everythingSent()).doesNotContain("ACME-7");
    }

    @Test
    void aFollowUpInAThreadTheBotAnsweredIsAnsweredAndOtherThreadsAreLeftAlone() throws Exception {
        harness = new SlackHarness(dir);
        harness.send(SlackHarness.eventCallback("EvFirst",
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "How do I cancel?", "110.1", null)));
        harness.slack.await("chat.postMessage", 1);

        harness.send(SlackHarness.eventCallback("EvOther",
                SlackHarness.message(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "channel", "not for the bot",
                        "111.2", "111.1")));
        harness.send(SlackHarness.eventCallback("EvFollowUp",
                SlackHarness.message(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "channel", "And a refund?",
                        "110.2", "110.1")));
        List<Call> replies = harness.slack.await("chat.postMessage", 2);

        assertThat(replies.get(1).param("thread_ts")).isEqualTo("110.1");
        assertThat(harness.answerer.questions()).containsExactly("How do I cancel?", "And a refund?");
    }

    @Test
    void aSlowAnswerFirstSaysItIsWorkingThenReplacesThatMessage() throws Exception {
        harness = new SlackHarness(dir, Duration.ofMillis(400), 50, null);

        harness.send(SlackHarness.eventCallback("EvSlow",
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "How do I cancel?", "112.1", null)));
        Call working = harness.slack.await("chat.postMessage", 1).get(0);
        Call update = harness.slack.await("chat.update", 1).get(0);

        assertThat(working.param("text")).isEqualTo(ThreadTarget.WORKING);
        assertThat(working.param("thread_ts")).isEqualTo("112.1");
        assertThat(update.param("text")).isEqualTo(SlackHarness.ANSWER);
        assertThat(update.blocksText()).contains("Cancel your subscription");
        assertThat(harness.slack.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void aReplySlackRefusesEndsInAnApologyWithoutSlacksError() throws Exception {
        harness = new SlackHarness(dir);
        harness.slack.failNext("chat.postMessage", "channel_not_found");

        harness.send(SlackHarness.eventCallback("EvRefused",
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "How do I cancel?", "113.1", null)));
        List<Call> posts = harness.slack.await("chat.postMessage", 2);

        assertThat(posts.get(1).param("text")).startsWith("Sorry").contains("Reference: E-")
                .doesNotContain("channel_not_found", "permissions");
    }

    @Test
    void theSlashCommandPassesItsTextToTheAssistantAndAnswersThroughTheResponseUrl() throws Exception {
        harness = new SlackHarness(dir);

        HttpResponse<String> ack = harness.send(harness.slashCommand(SlackHarness.CUSTOMER, SlackHarness.PUBLIC,
                "ask How do I cancel?", "r2"));
        Call response = harness.slack.await("response_url", 1).get(0);

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(response.param("response_type")).isEqualTo("in_channel");
        assertThat(response.blocksText()).contains(SlackHarness.ANSWER, "Cancel your subscription");
        assertThat(harness.answerer.questions()).containsExactly("How do I cancel?");
    }

    @Test
    void aSlashCommandInADirectMessageIsAnsweredToTheCallerAlone() throws Exception {
        // given: /tenure works in any DM, including one between a staff member and a customer
        harness = new SlackHarness(dir);

        // when: an agent asks for the risk list there
        harness.send(harness.slashCommand(SlackHarness.AGENT, "DWITHCUSTOMER", "risk", "r3"));
        Call response = harness.slack.await("response_url", 1).get(0);

        // then: the account data is shown to the agent only, never posted into the conversation
        assertThat(harness.risk.runs()).isEqualTo(1);
        assertThat(response.param("text")).isEqualTo(SlackHarness.ACCOUNT_DATA);
        assertThat(response.param("response_type")).isEqualTo("ephemeral");
    }

    @Test
    void aHelpfulClickIsStoredWithTheQuestion() throws Exception {
        harness = new SlackHarness(dir);
        harness.send(SlackHarness.eventCallback("EvAsk",
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "How do I cancel?", "114.1", null)));
        harness.slack.await("chat.postMessage", 1);
        long questionId = harness.database.jdbi().withHandle(h -> h.createQuery("SELECT id FROM question")
                .mapTo(Long.class).one());

        harness.send(SlackHarness.blockAction(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "114.2",
                ReplyBlocks.NOT_HELPFUL, Long.toString(questionId)));
        Call thanks = harness.slack.await("chat.postEphemeral", 1).get(0);

        assertThat(thanks.param("text")).contains("not helpful");
        Map<String, Object> feedback = harness.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT question_id, user_id, helpful FROM feedback").map((rs, ctx) -> Map.<String, Object>of(
                        "question_id", rs.getLong(1), "user_id", rs.getString(2), "helpful", rs.getBoolean(3))).one());
        assertThat(feedback).containsEntry("question_id", questionId).containsEntry("user_id", SlackHarness.CUSTOMER)
                .containsEntry("helpful", false);
    }

    @Test
    void slacksUrlVerificationGetsItsChallengeBack() throws Exception {
        harness = new SlackHarness(dir);

        HttpResponse<String> response = harness.send(
                "{\"token\":\"t\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void theHealthEndpointAnswers() throws Exception {
        harness = new SlackHarness(dir);
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + harness.http.port() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"ready\"");
    }
}
