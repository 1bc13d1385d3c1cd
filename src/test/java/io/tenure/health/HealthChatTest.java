package io.tenure.health;

import io.tenure.support.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.App;
import io.tenure.assistant.Caller;
import io.tenure.assistant.ChannelKind;
import io.tenure.assistant.Inbound;
import io.tenure.assistant.Reply;
import io.tenure.chat.console.ConsoleChat;
import io.tenure.config.ConfigLoader;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console chat on the embedded default: demo accounts loaded on first run, roles from config. */
class HealthChatTest {
    @TempDir
    Path dir;

    App app;

    @BeforeEach
    void givenAFreshAppThatLoadedItsDemoAccounts() {
        app = new App(ConfigLoader.load(null, dir, TestDatabases.environment(dir)), HealthBed.CLOCK);
        app.prepare();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String chat(String user, String lines) throws Exception {
        StringWriter out = new StringWriter();
        new ConsoleChat(app.assistant(), app.roles().caller(user, "console"), new PrintWriter(out), false)
                .run(new BufferedReader(new StringReader(lines)));
        return out.toString();
    }

    @Test
    void anAgentAskingForRiskGetsDemoAccountsAtRiskWithTheirReasons() throws Exception {
        String reply = chat("agent", "risk\n");

        assertThat(reply).contains("Accounts at risk as of 2026-11-21").contains("ACC-").contains("no-login-10d")
                .containsPattern("last login \\d+ days ago, on 2026-");
    }

    @Test
    void riskInChatSaysHowManyItShowsOfHowManyAndHowToSeeThemAll() throws Exception {
        int atRisk = app.health().riskList(HealthBed.CLOCK.instant().atZone(HealthBed.CLOCK.getZone()).toLocalDate(),
                null, false).size();

        String shortList = chat("agent", "risk\n");
        String everything = chat("agent", "risk " + atRisk + "\n");

        assertThat(atRisk).as("the demo set has more accounts at risk than chat shows by default").isGreaterThan(10);
        // The console shows plain text: the backticks around the command are Slack and Discord markup.
        assertThat(shortList).contains("10 of " + atRisk + " shown; risk " + atRisk + " for all.")
                .contains("\n10. ").doesNotContain("\n11. ");
        assertThat(everything).contains("\n" + atRisk + ". ").doesNotContain(" shown; ");
    }

    @Test
    void aCustomerAskingForRiskGetsTheHelpCenterAndSeesNoAccountDataNorRoles() throws Exception {
        String reply = chat("someone", "risk\n");

        assertThat(reply).doesNotContain("role").doesNotContain("ACC-");
    }

    @Test
    void accountWithAnExistingIdShowsItAndAccountDeletionStaysAQuestion() {
        Caller agent = app.roles().caller("agent", "console");
        String id = app.health().atRisk(HealthBed.CLOCK.instant().atZone(HealthBed.CLOCK.getZone()).toLocalDate(), 1)
                .get(0).account().id();

        Reply account = app.assistant().handle(new Inbound(agent, ChannelKind.DIRECT, "console", "account " + id));
        Reply question = app.assistant().handle(new Inbound(agent, ChannelKind.DIRECT, "console", "account deletion?"));

        assertThat(account.kind()).isEqualTo(Reply.Kind.ACCOUNT_DATA);
        assertThat(account.text()).contains(id).contains("Score history").contains("Recent signals");
        assertThat(question.kind()).isIn(Reply.Kind.ANSWER, Reply.Kind.ABSTAINED);
    }

    @Test
    void aManagerGetsTheDigestWithItsChartAttached() {
        Caller manager = app.roles().caller("manager", "console");

        Reply digest = app.assistant().handle(new Inbound(manager, ChannelKind.DIRECT, "console", "digest"));

        assertThat(digest.kind()).isEqualTo(Reply.Kind.ACCOUNT_DATA);
        assertThat(digest.text()).contains("Churn, last 30 days");
        assertThat(digest.attachments()).singleElement().satisfies(a -> assertThat(a.file()).exists());
    }

    @Test
    void theDemoSetIsLoadedOnlyOnce() {
        int before = app.health().scoreAll(HealthBed.CLOCK.instant().atZone(HealthBed.CLOCK.getZone()).toLocalDate()).size();

        app.prepare();

        assertThat(app.health().scoreAll(HealthBed.CLOCK.instant().atZone(HealthBed.CLOCK.getZone()).toLocalDate()))
                .hasSize(before);
        assertThat(before).isPositive();
    }

    @Test
    void aDeploymentWithAChatPlatformConfiguredStartsWithNoMadeUpAccounts() {
        try (App deployment = new App(ConfigLoader.load(null, dir.resolve("deployment"), TestDatabases.environment(dir.resolve("deployment"),
                Map.of("DISCORD_BOT_TOKEN", "discord-token-for-a-test"))), HealthBed.CLOCK)) {
            deployment.prepare();

            assertThat(deployment.health().scoreAll(HealthBed.CLOCK.instant().atZone(HealthBed.CLOCK.getZone())
                    .toLocalDate())).isEmpty();
        }
    }
}
