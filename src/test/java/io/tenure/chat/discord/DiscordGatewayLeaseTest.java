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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two replicas of the bot (real JDA each, own database connection) with one bot token on one database keep one
 * gateway connection to a fake Discord: the one holding the lease connects, the other waits and takes over.
 */
class DiscordGatewayLeaseTest {
    static final String SUPPORT = "420000000000000001";
    static final String CUSTOMER = "520000000000000001";

    @TempDir
    Path dir;
    private final List<DiscordBot> bots = new ArrayList<>();
    private final AtomicInteger answers = new AtomicInteger();
    private FakeDiscord discord;

    @AfterEach
    void stop() {
        bots.forEach(DiscordBot::close);
        if (discord != null) {
            discord.close();
        }
    }

    private DiscordBot replica() {
        Database database = TestDatabases.open(dir);
        Assistant assistant = new Assistant(question -> {
            answers.incrementAndGet();
            return new Answer("Here is how.", "en", false, List.of());
        }, new SqlQuestionLog(database.jdbi(), Clock.systemUTC()), List.of());
        DiscordBot bot = DiscordBots.bot(new DiscordSettings(List.of(), List.of(), List.of(SUPPORT), "", "",
                discord.apiBaseUrl(), discord.gatewayUrl(), "", 2), "fake-discord-bot-token", assistant,
                new RoleDirectory(new RoleSettings(List.of(), List.of(), List.of(), List.of())), Optional.empty(),
                database.jdbi(), Clock.systemUTC());
        bots.add(bot);
        return bot;
    }

    @Test
    void onlyTheReplicaHoldingTheLeaseConnectsAndAMessageIsAnsweredOnce() throws Exception {
        discord = new FakeDiscord(List.of(SUPPORT), List.of());
        DiscordBot first = replica();
        DiscordBot second = replica();

        first.start();
        second.start();
        discord.dispatch("MESSAGE_CREATE", discord.guildMessage(SUPPORT, CUSTOMER, List.of(), "How do I cancel?", false));
        discord.awaitCall(c -> c.is("POST", "channels/" + SUPPORT + "/messages"));
        // Several beats of the lease: the second replica stays off the gateway while the first renews.
        Thread.sleep(Duration.ofSeconds(3).toMillis());

        assertThat(first.connected()).isTrue();
        assertThat(second.connected()).isFalse();
        assertThat(discord.openGatewayConnections()).isEqualTo(1);
        assertThat(discord.identifies()).isEqualTo(1);
        assertThat(answers.get()).isEqualTo(1);
    }

    @Test
    void whenTheHolderStopsTheOtherReplicaTakesTheGatewayOverAndAnswers() throws Exception {
        discord = new FakeDiscord(List.of(SUPPORT), List.of());
        DiscordBot first = replica();
        DiscordBot second = replica();
        first.start();
        second.start();

        first.close();
        waitUntil(second::connected, Duration.ofSeconds(5));
        waitUntil(() -> discord.identifies() == 2 && discord.openGatewayConnections() == 1, Duration.ofSeconds(10));
        discord.dispatch("MESSAGE_CREATE", discord.guildMessage(SUPPORT, CUSTOMER, List.of(), "Still there?", false));

        assertThat(discord.awaitCall(c -> c.is("POST", "channels/" + SUPPORT + "/messages")).text())
                .contains("Here is how.");
        assertThat(first.connected()).isFalse();
        assertThat(answers.get()).isEqualTo(1);
    }

    private static void waitUntil(BooleanSupplier condition, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + within);
            }
            Thread.sleep(20);
        }
    }
}
