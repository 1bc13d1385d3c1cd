package io.tenure.chat.discord;

import io.tenure.storage.assistant.SqlQuestionLog;
import io.tenure.support.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.assistant.Assistant;
import io.tenure.assistant.QuestionLog;
import io.tenure.assistant.RoleDirectory;
import io.tenure.assistant.RoleSettings;
import io.tenure.knowledge.Answer;
import io.tenure.storage.Database;
import io.tenure.support.FakeDiscord;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lost gateway connection is resumed, and the bot keeps answering. */
class DiscordGatewayResumeTest {
    static final String SUPPORT = "410000000000000001";

    @TempDir
    Path dir;

    @Test
    void afterADroppedConnectionTheSessionIsResumedAndMessagesAreAnsweredAgain() throws Exception {
        Database database = TestDatabases.open(dir);
        try (FakeDiscord discord = new FakeDiscord(List.of(SUPPORT), List.of())) {
            Assistant assistant = new Assistant(question -> new Answer("Here is how.", "en", false, List.of()),
                    new SqlQuestionLog(database.jdbi(), Clock.systemUTC()), List.of());
            DiscordBot bot = DiscordBots.bot(new DiscordSettings(List.of(), List.of(), List.of(SUPPORT), "", "",
                    discord.apiBaseUrl(), discord.gatewayUrl()), "fake-discord-bot-token", assistant,
                    new RoleDirectory(new RoleSettings(List.of(), List.of(), List.of(), List.of())), Optional.empty(),
                    database.jdbi(), Clock.systemUTC());
            try {
                bot.start();
                // given the connection drops
                discord.dropConnection();

                // when the bot has reconnected
                discord.awaitResumed(1);
                discord.dispatch("MESSAGE_CREATE", discord.guildMessage(SUPPORT, "500000000000000009", List.of(),
                        "How do I cancel?", false));

                // then it resumed the same session (no new identify) and answers as before
                discord.awaitCall(c -> c.is("POST", "channels/" + SUPPORT + "/messages"));
                assertThat(discord.identifies()).isEqualTo(1);
                assertThat(discord.resumes()).isEqualTo(1);
                // and with no servers configured, the slash commands were registered globally
                discord.awaitInHistory(c -> c.is("PUT", "applications/" + FakeDiscord.BOT_ID + "/commands"));
            } finally {
                bot.close();
            }
        }
    }
}
