package io.tenure.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.alerts.AlertRecipients;
import io.tenure.alerts.AlertRules;
import io.tenure.alerts.OwnerAlert;
import io.tenure.alerts.OwnerAlertJobs;
import io.tenure.alerts.OwnerAlerts;
import io.tenure.assistant.Assistant;
import io.tenure.storage.assistant.SqlQuestionLog;
import io.tenure.assistant.RoleDirectory;
import io.tenure.assistant.RoleSettings;
import io.tenure.jobs.Jobs;
import io.tenure.knowledge.Answer;
import io.tenure.owners.OwnerDirectory;
import io.tenure.owners.OwnerSettings;
import io.tenure.storage.Database;
import io.tenure.storage.alerts.SqlAlertLedger;
import io.tenure.storage.alerts.SqlAlertPreferences;
import io.tenure.storage.owners.SqlOwnerCache;
import io.tenure.support.AccountDataCommand;
import io.tenure.support.FakeDiscord;
import io.tenure.support.FakeDiscord.Call;
import io.tenure.support.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Owner alerts on Discord: the real JDA bot against the fake gateway and REST API, the owner mapped in
 * {@code owners.discord}, the alert sent to them directly and posted in the alerts channel with its buttons.
 */
class DiscordOwnerAlertsTest {
    static final String INTERNAL = "1180000000000000010";
    static final String ALERTS = "1180000000000000050";
    static final String OWNER = "1180000000000000201";
    static final String UNMAPPED = "1180000000000000202";
    static final String DRAFTED = "Save-offer draft d-7 for ACME-7 is waiting for approval.";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private FakeDiscord discord;
    private DiscordBot bot;
    private Jobs jobs;
    private OwnerAlerts alerts;
    private final AccountDataCommand draft = new AccountDataCommand("draft", DRAFTED);

    @BeforeEach
    void start() throws Exception {
        Database database = TestDatabases.open(dir);
        discord = new FakeDiscord(List.of(INTERNAL, ALERTS), List.of());
        RoleDirectory roles = new RoleDirectory(new RoleSettings(List.of(), List.of(OWNER, UNMAPPED), List.of(),
                List.of()));
        Assistant assistant = new Assistant(question -> new Answer("Open Settings › Billing.", "en", false, List.of()),
                new SqlQuestionLog(database.jdbi(), CLOCK), List.of(draft));
        DiscordSettings settings = new DiscordSettings(List.of(FakeDiscord.GUILD_ID), List.of(INTERNAL), List.of(), "",
                "", discord.apiBaseUrl(), discord.gatewayUrl(), ALERTS);
        bot = DiscordBots.bot(settings, "fake-discord-bot-token", assistant, roles, Optional.empty(),
                database.jdbi(), CLOCK);
        bot.start();
        OwnerDirectory owners = new OwnerDirectory(new OwnerSettings(Map.of("Ana@Example.com", OWNER), Map.of(),
                Map.of(), 24, 60), List.of(), new SqlOwnerCache(database.jdbi()), CLOCK);
        jobs = new Jobs(database.dataSource(), Duration.ofMillis(100));
        jobs.start(List.of(OwnerAlertJobs.delivery(jobs, Map.of("discord", bot.staffAlerts().orElseThrow()),
                new AlertRecipients(owners, new SqlAlertPreferences(database.jdbi()), roles))));
        alerts = new OwnerAlerts(AlertRules.load("config/alerts.yaml"), null,
                new SqlAlertLedger(database.jdbi(), jobs), CLOCK);
    }

    @AfterEach
    void stop() {
        jobs.close();
        bot.close();
        discord.close();
    }

    private static OwnerAlert alert(String owner) {
        return new OwnerAlert("ACME-7", owner, AlertRules.PAYMENT_FAILED, LocalDate.parse("2026-11-20"),
                "**ACME-7 Acme: payment failed** (owner " + owner + ")\nThe latest payment on 2026-11-20, failed.", null);
    }

    @Test
    void theMappedOwnerGetsADirectMessageWithButtonsAndTheAlertsChannelGetsIt() {
        alerts.raise(alert("ana@example.com"));

        Call opened = discord.awaitCall(c -> c.is("POST", "users/@me/channels"));
        assertThat(opened.body().path("recipient_id").asText()).isEqualTo(OWNER);
        Call direct = discord.awaitCall(c -> c.is("POST", "channels/") && !c.path().startsWith("channels/" + ALERTS)
                && c.text().contains("payment failed"));
        assertThat(direct.body().toString()).contains("tenure:alert-account:ACME-7", "tenure:alert-draft:ACME-7",
                "Draft outreach");
        Call channel = discord.awaitCall(c -> c.is("POST", "channels/" + ALERTS + "/messages"));
        assertThat(channel.text()).contains("The latest payment on 2026-11-20, failed.");
        assertThat(channel.body().toString()).contains("tenure:alert-account:ACME-7");
    }

    @Test
    void anOwnerNotInOwnersDiscordIsAlertedInTheChannelOnly() {
        alerts.raise(alert("li@example.com"));

        Call channel = discord.awaitCall(c -> c.is("POST", "channels/" + ALERTS + "/messages"));
        assertThat(channel.text()).contains("li@example.com was not found on discord");
        jobs.awaitIdle(List.of(OwnerAlertJobs.DELIVER), Duration.ofSeconds(10));
        assertThat(discord.calls()).noneMatch(c -> c.is("POST", "users/@me/channels"));
    }

    @Test
    void draftOutreachRunsTheDraftCommandAsTheClickerAndAnswersThemAlone() {
        discord.dispatch("INTERACTION_CREATE", discord.buttonClick(ALERTS, discord.snowflake(), OWNER, List.of(),
                "tenure:alert-draft:ACME-7"));

        Call deferred = discord.awaitCall(c -> c.is("POST", "interactions/"));
        assertThat(deferred.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
        Call answer = discord.awaitCall(c -> c.is("PATCH", "webhooks/") && c.path().endsWith("/messages/@original"));
        assertThat(answer.text()).contains(DRAFTED);
        assertThat(draft.runs()).isEqualTo(1);
    }
}
