package io.tenure.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.storage.assistant.SqlQuestionLog;
import io.tenure.assistant.Assistant;
import io.tenure.assistant.QuestionLog;
import io.tenure.assistant.RoleDirectory;
import io.tenure.assistant.RoleSettings;
import io.tenure.health.HealthDirectory;
import io.tenure.health.importing.AccountImport;
import io.tenure.storage.importing.JdbcImportTables;
import io.tenure.health.playbook.Playbook;
import io.tenure.health.scoring.HealthScorer;
import io.tenure.home.MyHome;
import io.tenure.knowledge.Answer;
import io.tenure.owners.OwnerDirectory;
import io.tenure.owners.OwnerSettings;
import io.tenure.storage.Database;
import io.tenure.storage.health.JdbcScoreHistory;
import io.tenure.storage.health.JdbcSignalStore;
import io.tenure.storage.home.SqlMyAccounts;
import io.tenure.storage.owners.SqlOwnerCache;
import io.tenure.support.ApprovalsOnDisk;
import io.tenure.support.FakeDiscord;
import io.tenure.support.FakeDiscord.Call;
import io.tenure.support.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /mine} through a real JDA against the fake Discord: the caller's home, always ephemeral. The
 * approver is ana@example.com on Discord ({@code owners.discord}) and owns ACC-1 (red: payment failed
 * today); bob owns ACC-2 (red).
 */
class DiscordMineTest {
    static final String SUPPORT = "400000000000000001";
    static final String INTERNAL = "400000000000000002";
    static final String REVIEW = "400000000000000003";
    static final String APPROVER_ROLE = "300000000000000002";
    static final String CUSTOMER = "500000000000000001";
    static final String APPROVER = "500000000000000003";
    static final String HELP = "Ask me anything about billing, plans or your subscription.";

    @TempDir
    static Path dir;
    static FakeDiscord discord;
    static DiscordBot bot;
    static Database database;
    static ApprovalsOnDisk approvals;
    static String draftId;

    @BeforeAll
    static void connect() throws Exception {
        Clock clock = Clock.systemUTC();
        database = TestDatabases.open(dir.resolve("data"));
        givenAccounts(clock);
        discord = new FakeDiscord(List.of(SUPPORT, INTERNAL, REVIEW), List.of(APPROVER_ROLE));
        Assistant assistant = new Assistant(question -> new Answer("See Settings.", "en", false, List.of()),
                new SqlQuestionLog(database.jdbi(), clock), List.of());
        RoleDirectory roles = new RoleDirectory(new RoleSettings(List.of(), List.of(), List.of(), List.of(APPROVER_ROLE)));
        approvals = new ApprovalsOnDisk(database, dir, clock);
        DiscordSettings settings = new DiscordSettings(List.of(FakeDiscord.GUILD_ID), List.of(INTERNAL),
                List.of(SUPPORT), REVIEW, "", discord.apiBaseUrl(), discord.gatewayUrl());
        bot = DiscordBots.bot(settings, "fake-discord-bot-token", assistant, roles, Optional.of(approvals.workflow()),
                database.jdbi(), clock);
        Playbook playbook = Playbook.load("config/playbook.yaml");
        HealthDirectory health = new HealthDirectory(new JdbcSignalStore(database.jdbi(), playbook),
                new HealthScorer(playbook), new JdbcScoreHistory(database.jdbi(), clock));
        OwnerDirectory owners = new OwnerDirectory(new OwnerSettings(Map.of("ana@example.com", APPROVER), Map.of(),
                Map.of(), 24, 60), List.of(), new SqlOwnerCache(database.jdbi()), clock);
        bot.homes(new MyHome(health, () -> approvals.workflow().pending(), owners, new SqlMyAccounts(database.jdbi()),
                HELP, clock));
        bot.start();
        approvals.startJobs();
        draftId = approvals.draft("ACC-1", "Hikari Retail", "payment-failed", "Stay with us?", "Hi,\nhello.").id();
    }

    private static void givenAccounts(Clock clock) throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Path csv = Files.createDirectories(dir.resolve("csv"));
        Files.writeString(csv.resolve("accounts.csv"), io.tenure.health.AccountFiles.ACCOUNT_HEADER + "\n"
                + "ACC-1,Hikari Retail,team,300,USD,5,2026-01-01,,ana@example.com,ops@hikari.example,en,active,,\n"
                + "ACC-2,Bobs Burgers,team,200,USD,5,2026-01-01,,bob@example.com,ops@bob.example,en,active,,\n");
        Files.writeString(csv.resolve("payments.csv"), "account_id,occurred_at,status,amount\n"
                + "ACC-1," + today + "T00:00:00Z,failed,300\n" + "ACC-2," + today + "T00:00:00Z,failed,200\n");
        assertThat(new AccountImport(new JdbcImportTables(database.dataSource()), clock).importFolder(csv, false).anyRejected()).isFalse();
    }

    @AfterAll
    static void disconnect() {
        approvals.close();
        bot.close();
        discord.close();
    }

    @BeforeEach
    void forgetEarlierCalls() {
        discord.clearCalls();
    }

    private Call mine(String channel, String user, List<String> roles) {
        discord.dispatch("INTERACTION_CREATE", discord.slashCommand(channel, user, roles, "mine", Map.of()));
        Call shown = discord.awaitCall(c -> c.is("PATCH", "webhooks/"));
        // Deferred as ephemeral: Discord fixes the visibility when deferring, so the flag is on the first call.
        Call deferred = discord.calls().stream().filter(c -> c.is("POST", "interactions/")).findFirst().orElseThrow();
        assertThat(deferred.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
        return shown;
    }

    @Test
    void anApproverSeesTheirAccountsAtRiskAndTheDraftsWaitingWithTheReviewCardsApproveButtonPrivately() {
        Call shown = mine(INTERNAL, APPROVER, List.of(APPROVER_ROLE));

        String content = shown.body().path("content").asText();
        assertThat(content).contains("**My accounts at risk**", "ACC-1 Hikari Retail: score", " red, ",
                "**Drafts waiting for me**", "\"Stay with us?\", drafted (" + draftId + ")",
                "**Cancellation questions from my accounts (14 days)**")
                .doesNotContain("ACC-2", "Bobs Burgers");
        assertThat(shown.body().findValuesAsText("custom_id")).containsExactly("tenure:approve:" + draftId);
    }

    @Test
    void aCustomerAskingInASupportChannelSeesOnlyTheHelpTextPrivately() {
        Call shown = mine(SUPPORT, CUSTOMER, List.of());

        assertThat(shown.body().path("content").asText()).isEqualTo("**Tenure**\n" + HELP);
        assertThat(shown.text()).doesNotContain("ACC-", "Hikari", "approver", "Drafts", "tenure:approve");
    }
}
