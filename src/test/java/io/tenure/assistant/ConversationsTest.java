package io.tenure.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.App;
import io.tenure.chat.console.ConsoleChat;
import io.tenure.config.ConfigLoader;
import io.tenure.knowledge.Citation;
import io.tenure.support.TestClock;
import io.tenure.support.TestDatabases;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conversations through the assistant with the real App (demo help center, real Lucene, the database of
 * the run): a follow-up is read with its thread, the thread's topic lives in the database (so another
 * replica reads it), and it never reaches another thread, another person or a new console conversation.
 */
class ConversationsTest {
    private static final String WHO_CAN = "Who can get a refund";
    @TempDir
    Path data;
    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T09:00:00Z"));

    private App app() {
        App app = new App(ConfigLoader.load(null, data, TestDatabases.environment(data, Map.of())), clock);
        app.ingestConfiguredHelpCenter();
        return app;
    }

    private static Reply ask(App app, String user, String text, Conversation conversation) {
        return app.assistant().handle(new Inbound(Caller.customer(user, "slack"), ChannelKind.CUSTOMER_FACING,
                "C1", text, conversation));
    }

    private static Citation best(Reply reply) {
        assertThat(reply.citations()).isNotEmpty();
        return reply.citations().get(0);
    }

    @Test
    void aFollowUpSentToAnotherReplicaIsReadWithTheThreadKeptInTheDatabase() {
        Conversation thread = Conversation.of("slack:C1:1700000000.000100");
        try (App first = app(); App second = app()) {
            assertThat(best(ask(first, "U1", "Can I get a refund?", thread)).article()).isEqualTo("refunds");

            Reply followUp = ask(second, "U1", "and for the annual plan?", thread);

            assertThat(best(followUp).section()).isEqualTo(WHO_CAN);
            assertThat(best(followUp).passage()).contains("Annual plans");
        }
    }

    @Test
    void theSameFollowUpInAnotherThreadOrFromAnotherPersonInheritsNothing() {
        try (App app = app()) {
            ask(app, "U1", "Can I get a refund?", Conversation.of("slack:C1:1.1"));

            Reply otherThread = ask(app, "U1", "and for the annual plan?", Conversation.of("slack:C1:2.2"));
            Reply otherChannel = ask(app, "U1", "and for the annual plan?", Conversation.of("slack:C2:1.1"));
            Reply otherPerson = ask(app, "U2", "and for the annual plan?", Conversation.of("slack:C1:1.1"));

            for (Reply reply : new Reply[] {otherThread, otherChannel, otherPerson}) {
                assertThat(best(reply).article()).isNotEqualTo("refunds");
            }
            assertThat(best(ask(app, "U1", "and for the annual plan?", Conversation.of("slack:C1:1.1"))).section())
                    .isEqualTo(WHO_CAN);
        }
    }

    @Test
    void aReplyContinuesTheConversationOfTheMessageItRepliesTo() {
        try (App app = app()) {
            ask(app, "U1", "Can I get a refund?", Conversation.of("discord:C1:m1"));
            ask(app, "U1", "How do I cancel my subscription?", Conversation.of("discord:C1:m2"));

            Reply replyToTheRefund = ask(app, "U1", "and for the annual plan?", new Conversation("discord:C1:m3",
                    "discord:C1:m1"));
            Reply replyToThatReply = ask(app, "U1", "How long does it take?", new Conversation("discord:C1:m4",
                    "discord:C1:m3"));

            assertThat(best(replyToTheRefund).section()).isEqualTo(WHO_CAN);
            assertThat(best(replyToThatReply).section()).isEqualTo("How long a refund takes");
        }
    }

    @Test
    void aConversationNotContinuedForTheForgetWindowStartsAfresh() {
        Conversation thread = Conversation.of("slack:C1:3.3");
        try (App app = app()) {
            ask(app, "U1", "Can I get a refund?", thread);
            clock.advance(Duration.ofMinutes(1441));

            assertThat(best(ask(app, "U1", "and for the annual plan?", thread)).article()).isNotEqualTo("refunds");
        }
    }

    @Test
    void consecutiveConsoleLinesAreOneConversationAndABlankLineStartsANewOne() throws Exception {
        try (App app = app()) {
            StringWriter out = new StringWriter();
            new ConsoleChat(app.assistant(), app.roles().caller("customer", "console"), new PrintWriter(out), false)
                    .run(new BufferedReader(new StringReader(
                            "Can I get a refund?\nand for the annual plan?\n\nand for the annual plan?\n")));

            String[] answers = out.toString().split("> and for the annual plan\\?");
            assertThat(answers).hasSize(3);
            assertThat(answers[1].strip()).contains("[1] Refund policy › " + WHO_CAN);
            assertThat(answers[2].strip()).doesNotContain("[1] Refund policy");
        }
    }
}
