package io.tenure.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.support.FakeSlackApi.Call;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13.5: a customer must not learn which account ids exist by asking {@code account ID} of the
 * real Bolt app: an existing and a made-up id get the same reply, and no account is looked up.
 */
class SlackAccountIdOracleTest {
    @TempDir
    Path dir;
    private SlackHarness harness;

    @BeforeEach
    void start() throws Exception {
        harness = new SlackHarness(dir);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aCustomerMentioningTheBotWithAnExistingOrAMadeUpAccountIdGetsTheSameHelpCenterReply() throws Exception {
        harness.send(SlackHarness.eventCallback("EvReal",
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "account ACME-7", "200.1", null)));
        harness.send(SlackHarness.eventCallback("EvMadeUp",
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "account ACME-99999", "200.2", null)));

        List<Call> replies = harness.slack.await("chat.postMessage", 2);

        assertThat(replies).extracting(reply -> reply.param("text")).containsExactly(SlackHarness.ANSWER, SlackHarness.ANSWER);
        assertThat(harness.slack.everythingSent()).doesNotContain("role").doesNotContain(SlackHarness.ACCOUNT_DATA);
        assertThat(harness.account.lookups()).isZero();
        assertThat(harness.account.runs()).isZero();
    }

    @Test
    void aCustomerUsingTheSlashCommandInADirectMessageGetsTheSameReplyForAnyAccountId() throws Exception {
        harness.send(harness.slashCommand(SlackHarness.CUSTOMER, "DCUSTOMER", "account ACME-7", "o1"));
        harness.send(harness.slashCommand(SlackHarness.CUSTOMER, "DCUSTOMER", "account ACME-99999", "o2"));

        List<Call> replies = harness.slack.await("response_url", 2);

        assertThat(replies.get(0).param("text")).isEqualTo(replies.get(1).param("text")).isEqualTo(SlackHarness.ANSWER);
        // The blocks differ only in the question id behind the feedback buttons.
        assertThat(replies.get(0).blocksText().replaceAll("\\d+", "#"))
                .isEqualTo(replies.get(1).blocksText().replaceAll("\\d+", "#"));
        assertThat(harness.slack.everythingSent()).doesNotContain("role").doesNotContain(SlackHarness.ACCOUNT_DATA);
        assertThat(harness.account.lookups()).isZero();
    }

    @Test
    void anAgentStillGetsTheAccountInADirectMessage() throws Exception {
        harness.send(harness.slashCommand(SlackHarness.AGENT, "DAGENT", "account ACME-7", "o3"));

        Call reply = harness.slack.await("response_url", 1).get(0);

        assertThat(reply.param("text")).isEqualTo(SlackHarness.ACCOUNT_DATA);
        assertThat(harness.account.runs()).isEqualTo(1);
    }
}
