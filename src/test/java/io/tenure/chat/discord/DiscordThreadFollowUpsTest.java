package io.tenure.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tenure.App;
import io.tenure.config.ConfigLoader;
import io.tenure.support.FakeDiscord;
import io.tenure.support.FakeDiscord.Call;
import io.tenure.support.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reply chains on Discord through a real JDA against {@link FakeDiscord}, answered by the real assistant
 * from the demo help center: a reply to the bot's answer is read with the question that answer replied
 * to; the same words as a new message in the channel, or from another customer, start afresh.
 */
class DiscordThreadFollowUpsTest {
    static final String SUPPORT = "400000000000000001";
    static final String CUSTOMER = "500000000000000001";
    static final String OTHER_CUSTOMER = "500000000000000009";

    @TempDir
    Path data;

    private static String firstCitation(Call answer) {
        return answer.body().path("embeds").get(0).path("fields").get(0).path("name").asText();
    }

    /** A customer's reply to one of the bot's answers, as the gateway delivers it (with the replied-to message). */
    private static ObjectNode replyTo(FakeDiscord discord, Call answer, String user, String text) {
        ObjectNode message = discord.guildMessage(SUPPORT, user, List.of(), text, false);
        message.put("type", 19);
        message.putObject("message_reference").put("message_id", answer.messageId()).put("channel_id", SUPPORT)
                .put("guild_id", FakeDiscord.GUILD_ID);
        ObjectNode replied = discord.guildMessage(SUPPORT, FakeDiscord.BOT_ID, List.of(), "answer", false);
        replied.put("id", answer.messageId()).put("type", 19);
        ((ObjectNode) replied.path("author")).put("bot", true);
        replied.set("message_reference", answer.body().path("message_reference").deepCopy());
        message.set("referenced_message", replied);
        return message;
    }

    private static Call answerTo(FakeDiscord discord, ObjectNode question) throws InterruptedException {
        String id = question.path("id").asText();
        discord.dispatch("MESSAGE_CREATE", question);
        // Real answers from the help center: longer than the fake's five seconds on a busy machine.
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Call> answer = discord.calls().stream().filter(c -> c.is("POST", "channels/" + SUPPORT + "/messages")
                    && c.body().path("message_reference").path("message_id").asText().equals(id)).findFirst();
            if (answer.isPresent()) {
                return answer.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no answer to " + id + "; calls: " + discord.calls());
    }

    @Test
    void aReplyToAnAnswerIsReadWithItsQuestionAndANewMessageOrAnotherCustomerStartsAfresh() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(List.of(SUPPORT), List.of());
             App app = new App(ConfigLoader.load(null, data, TestDatabases.environment(data, Map.of())),
                     Clock.systemUTC())) {
            app.ingestConfiguredHelpCenter();
            app.knowledge().answer("warming up: languages, glossary and index read once");
            DiscordSettings settings = new DiscordSettings(List.of(FakeDiscord.GUILD_ID), List.of(), List.of(SUPPORT),
                    "", "", discord.apiBaseUrl(), discord.gatewayUrl());
            DiscordBot bot = DiscordBots.bot(settings, "fake-discord-bot-token", app.assistant(), app.roles(),
                    Optional.empty(), app.database().jdbi(), Clock.systemUTC());
            bot.start();
            try {
                Call refund = answerTo(discord, discord.guildMessage(SUPPORT, CUSTOMER, List.of(), "Can I get a refund?",
                        false));
                assertThat(firstCitation(refund)).contains("Refund policy");

                Call annual = answerTo(discord, replyTo(discord, refund, CUSTOMER, "and for the annual plan?"));
                Call howLong = answerTo(discord, replyTo(discord, annual, CUSTOMER, "How long does it take?"));
                Call fresh = answerTo(discord, discord.guildMessage(SUPPORT, CUSTOMER, List.of(),
                        "and for the annual plan?", false));
                Call otherCustomer = answerTo(discord, replyTo(discord, refund, OTHER_CUSTOMER, "and for the annual plan?"));

                assertThat(firstCitation(annual)).isEqualTo("[1] Refund policy › Who can get a refund");
                assertThat(annual.body().path("embeds").get(0).path("fields").get(0).path("value").asText())
                        .contains("Annual plans");
                assertThat(firstCitation(howLong)).isEqualTo("[1] Refund policy › How long a refund takes");
                assertThat(firstCitation(fresh)).doesNotContain("Refund policy");
                assertThat(firstCitation(otherCustomer)).doesNotContain("Refund policy");
            } finally {
                bot.close();
            }
        }
    }
}
