package io.tenure.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.storage.assistant.SqlQuestionLog;
import io.tenure.assistant.Assistant;
import io.tenure.assistant.QuestionLog;
import io.tenure.assistant.RoleDirectory;
import io.tenure.assistant.RoleSettings;
import io.tenure.knowledge.Answer;
import io.tenure.storage.Database;
import io.tenure.support.FakeDiscord;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 16: Discord unreachable when {@code tenure serve} starts must not stop the process (Slack
 * keeps serving); the real JDA keeps trying in the background and connects once Discord is there.
 */
class DiscordUnreachableAtStartTest {
    @TempDir
    Path dir;

    @Test
    void aBotStartedWhileDiscordIsUnreachableReturnsAndConnectsOnceDiscordIsUp() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Database database = Database.open(dir);
        Assistant assistant = new Assistant(question -> new Answer("An answer.", "en", false, List.of()),
                new SqlQuestionLog(database.jdbi(), Clock.systemUTC()), List.of());
        // A 3-second gateway lease: the heartbeat that renews it (and connects when not connected) beats each second.
        DiscordSettings settings = new DiscordSettings(List.of(FakeDiscord.GUILD_ID), List.of(), List.of(), "", "",
                "http://127.0.0.1:" + port + "/api/v10/", "ws://127.0.0.1:" + port + "/gateway", "", 3);
        DiscordBot bot = DiscordBots.bot(settings, "fake-discord-bot-token", assistant,
                new RoleDirectory(new RoleSettings(List.of(), List.of(), List.of(), List.of())), Optional.empty(),
                database.jdbi(), Clock.systemUTC());
        FakeDiscord discord = null;
        try {
            // when the bot starts with nothing listening where Discord should be
            long started = System.nanoTime();
            bot.start();
            long startMillis = (System.nanoTime() - started) / 1_000_000;

            // then start returns (no exception, so serve goes on with the other platforms), not connected yet
            assertThat(startMillis).isLessThan(25_000);

            // and once Discord is reachable, the bot connects on its own and registers its commands
            assertThat(bot.connected()).isFalse();
            discord = new FakeDiscord(List.of("400000000000000001"), List.of(), port);
            long deadline = System.nanoTime() + 40_000_000_000L;
            while (discord.history().stream().noneMatch(c -> c.is("PUT", "applications/"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(discord.history()).anyMatch(c -> c.is("PUT", "applications/"));
            assertThat(discord.identifies()).isGreaterThanOrEqualTo(1);
        } finally {
            bot.close();
            if (discord != null) {
                discord.close();
            }
        }
    }
}
