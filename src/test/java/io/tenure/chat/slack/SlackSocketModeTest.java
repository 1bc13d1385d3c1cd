package io.tenure.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tenure.support.FakeSlackApi.Call;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Socket Mode against a local WebSocket server that speaks Slack's protocol. */
class SlackSocketModeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

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
    void envelopesAreAcknowledgedAndAnsweredAndTheClientReconnectsAfterADisconnectMessage() throws Exception {
        harness = new SlackHarness(dir, Duration.ZERO, 1000, SlackHarness.APP_TOKEN);
        harness.slack.awaitSocketConnections(1);

        harness.slack.sendToSocket(envelope("env-1", "events_api", JSON.readTree(SlackHarness.eventCallback("EvSock1",
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "How do I cancel?", "200.1", null)))));
        String ack = harness.slack.awaitSocketMessage("env-1");
        Call reply = harness.slack.await("chat.postMessage", 1).get(0);

        assertThat(JSON.readTree(ack).path("envelope_id").asText()).isEqualTo("env-1");
        assertThat(reply.param("thread_ts")).isEqualTo("200.1");
        assertThat(reply.blocksText()).contains(SlackHarness.ANSWER, "Cancel your subscription");
        List<Call> opens = harness.slack.calls("apps.connections.open");
        assertThat(opens).isNotEmpty().allSatisfy(c -> assertThat(c.body() + c.params()).doesNotContain(SlackHarness.BOT_TOKEN));

        harness.slack.sendToSocket("{\"type\":\"disconnect\",\"reason\":\"refresh_requested\",\"debug_info\":{\"host\":\"fake\"}}");
        harness.slack.awaitSocketConnections(2);
        harness.slack.sendToSocket(envelope("env-2", "events_api", JSON.readTree(SlackHarness.eventCallback("EvSock2",
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "And refunds?", "201.1", null)))));
        harness.slack.awaitSocketMessage("env-2");
        List<Call> replies = harness.slack.await("chat.postMessage", 2);

        assertThat(harness.slack.calls("apps.connections.open")).hasSizeGreaterThan(opens.size());
        assertThat(replies.get(1).param("thread_ts")).isEqualTo("201.1");
        assertThat(harness.answerer.questions()).containsExactly("How do I cancel?", "And refunds?");
    }

    @Test
    void aSlashCommandEnvelopeIsAcknowledgedAndAnswered() throws Exception {
        harness = new SlackHarness(dir, Duration.ZERO, 1000, SlackHarness.APP_TOKEN);
        harness.slack.awaitSocketConnections(1);
        ObjectNode command = JSON.createObjectNode().put("token", "t").put("team_id", "T0001")
                .put("channel_id", SlackHarness.INTERNAL).put("channel_name", "ops").put("user_id", SlackHarness.AGENT)
                .put("user_name", "agent").put("command", "/tenure").put("text", "risk").put("api_app_id", "A1")
                .put("response_url", harness.slack.responseUrl("sock")).put("trigger_id", "t1");

        harness.slack.sendToSocket(envelope("env-cmd", "slash_commands", command));
        String ack = harness.slack.awaitSocketMessage("env-cmd");
        Call response = harness.slack.await("response_url", 1).get(0);

        assertThat(JSON.readTree(ack).path("envelope_id").asText()).isEqualTo("env-cmd");
        assertThat(response.param("response_type")).isEqualTo("in_channel");
        assertThat(response.param("text")).isEqualTo(SlackHarness.ACCOUNT_DATA);
    }

    private static String envelope(String id, String type, com.fasterxml.jackson.databind.JsonNode payload) {
        ObjectNode envelope = JSON.createObjectNode().put("envelope_id", id).put("type", type)
                .put("accepts_response_payload", type.equals("slash_commands")).put("retry_attempt", 0)
                .put("retry_reason", "");
        envelope.set("payload", payload);
        return envelope.toString();
    }
}
