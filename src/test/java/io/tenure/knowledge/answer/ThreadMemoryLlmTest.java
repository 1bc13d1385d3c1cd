package io.tenure.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tenure.App;
import io.tenure.assistant.Caller;
import io.tenure.assistant.ChannelKind;
import io.tenure.assistant.Conversation;
import io.tenure.assistant.Inbound;
import io.tenure.assistant.Reply;
import io.tenure.config.ConfigLoader;
import io.tenure.support.FakeOpenAiServer;
import io.tenure.support.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model path of conversations: the real LangChain4j OpenAI client against a fake server, the chat
 * memory kept in the database of the run. The answer request of a follow-up carries the earlier turns of
 * its own thread, and only those, also when another replica answers it.
 */
class ThreadMemoryLlmTest {
    private static final String REFUND = "Can I get a refund?";
    private static final String REFUND_ANSWER = "Annual plans get a full refund within 14 days [1].";
    private static final String CANCEL = "How do I cancel my subscription?";
    private static final String CANCEL_ANSWER = "Open Settings, then Billing, and choose Cancel subscription [1].";
    /** The translation call's reply: no usable line, so only the question itself is searched. */
    private static final String NO_TRANSLATIONS = "-";

    @TempDir
    Path data;

    private App app(FakeOpenAiServer server) {
        App app = new App(ConfigLoader.load(null, data, TestDatabases.environment(data, Map.of(
                "TENURE_LLM_PROVIDER", "openai", "TENURE_LLM_MODEL", "test-model",
                "TENURE_LLM_BASE_URL", server.baseUrl()))), Clock.systemUTC());
        app.ingestConfiguredHelpCenter();
        return app;
    }

    private static Reply ask(App app, String user, String text, String thread) {
        return app.assistant().handle(new Inbound(Caller.customer(user, "slack"), ChannelKind.CUSTOMER_FACING, "C1",
                text, Conversation.of(thread)));
    }

    /** The chat messages of a request as (role, text) pairs. */
    private static List<String[]> messages(JsonNode request) {
        List<String[]> messages = new ArrayList<>();
        for (JsonNode message : request.path("messages")) {
            messages.add(new String[] {message.path("role").asText(), message.path("content").asText()});
        }
        return messages;
    }

    @Test
    void theAnswerRequestOfAFollowUpCarriesTheEarlierTurnsOfItsOwnThreadOnly() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); App first = app(server); App second = app(server)) {
            server.replyWith(NO_TRANSLATIONS);
            server.replyWith(REFUND_ANSWER);
            server.replyWith(NO_TRANSLATIONS);
            server.replyWith(CANCEL_ANSWER);
            server.replyWith(NO_TRANSLATIONS);
            server.replyWith("For the annual plan you get a full refund within 14 days of payment [1].");

            assertThat(ask(first, "U1", REFUND, "slack:C1:1.1").text()).isEqualTo(REFUND_ANSWER);
            assertThat(ask(first, "U2", CANCEL, "slack:C1:2.2").text()).isEqualTo(CANCEL_ANSWER);
            Reply followUp = ask(second, "U1", "and for the annual plan?", "slack:C1:1.1");

            for (int i = 0; i < 4; i++) {
                server.takeRequest();
            }
            JsonNode translation = server.takeRequest();
            JsonNode answer = server.takeRequest();
            assertThat(messages(translation)).hasSize(1);
            List<String[]> sent = messages(answer);
            assertThat(sent).hasSize(3);
            assertThat(sent.get(0)).containsExactly("user", REFUND);
            assertThat(sent.get(1)).containsExactly("assistant", REFUND_ANSWER);
            assertThat(sent.get(2)[0]).isEqualTo("user");
            assertThat(sent.get(2)[1]).contains("and for the annual plan?").contains("Who can get a refund")
                    .contains("Annual plans");
            String whole = FakeOpenAiServer.promptOf(answer);
            assertThat(whole).doesNotContain(CANCEL).doesNotContain(CANCEL_ANSWER);
            assertThat(followUp.citations()).isNotEmpty();
            assertThat(followUp.citations().get(0).section()).isEqualTo("Who can get a refund");
        }
    }

    @Test
    void theFirstQuestionOfAThreadGoesAloneAndTheWindowKeepsOnlyTheLastMessages() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); App app = app(server)) {
            for (int turn = 0; turn < 7; turn++) {
                server.replyWith(NO_TRANSLATIONS);
                server.replyWith("Answer " + turn + " [1].");
            }
            for (int turn = 0; turn < 7; turn++) {
                ask(app, "U1", turn == 0 ? REFUND : "and for the annual plan?", "slack:C9:9.9");
            }

            server.takeRequest();
            assertThat(messages(server.takeRequest())).hasSize(1);
            JsonNode last = null;
            for (int turn = 1; turn < 7; turn++) {
                server.takeRequest();
                last = server.takeRequest();
            }
            List<String[]> sent = messages(last);
            // memory_messages (10) earlier messages, then the prompt: the first question has left the window.
            assertThat(sent).hasSize(11);
            assertThat(sent.get(0)).containsExactly("user", "and for the annual plan?");
            assertThat(sent.get(9)).containsExactly("assistant", "Answer 5 [1].");
        }
    }
}
