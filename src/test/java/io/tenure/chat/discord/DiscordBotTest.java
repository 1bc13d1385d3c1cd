package io.tenure.chat.discord;

import io.tenure.storage.assistant.SqlQuestionLog;
import io.tenure.support.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tenure.assistant.Assistant;
import io.tenure.assistant.Attachment;
import io.tenure.assistant.Caller;
import io.tenure.assistant.Command;
import io.tenure.assistant.QuestionLog;
import io.tenure.assistant.Reply;
import io.tenure.assistant.Role;
import io.tenure.assistant.RoleDirectory;
import io.tenure.assistant.RoleSettings;
import io.tenure.knowledge.Answer;
import io.tenure.knowledge.Citation;
import io.tenure.outreach.AuditEntry;
import io.tenure.outreach.DraftStatus;
import io.tenure.outreach.DraftView;
import io.tenure.outreach.ReviewOutcome;
import io.tenure.storage.Database;
import io.tenure.storage.chat.SqlCardClaims;
import io.tenure.support.ApprovalsOnDisk;
import io.tenure.support.FakeDiscord;
import io.tenure.support.FakeDiscord.Call;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Discord bot end to end: a real JDA connected to a fake Discord gateway and REST API on 127.0.0.1,
 * with the real assistant, question log, approval workflow, file outbox and SQLite database behind it. One
 * connection serves every test.
 */
class DiscordBotTest {
    static final String SUPPORT = "400000000000000001";
    static final String INTERNAL = "400000000000000002";
    static final String REVIEW = "400000000000000003";
    static final String DIGEST = "400000000000000004";
    static final String UNCONFIGURED = "400000000000000005";
    static final String MANAGER_ROLE = "300000000000000001";
    static final String APPROVER_ROLE = "300000000000000002";
    static final String CUSTOMER = "500000000000000001";
    static final String MANAGER = "500000000000000002";
    static final String APPROVER = "500000000000000003";
    /** What the staff command shows: it must never reach a customer-facing channel. */
    static final String ACCOUNT_DATA = "ACME-1 Acme Corp: risk 87, payment failed twice";
    static final Citation CITATION = new Citation("cancel-plan", "Cancelling your plan", "en", "Steps",
            "Open Settings, then Billing, and choose Cancel plan.", 3.2, "https://help.example.com/cancel-plan");

    @TempDir
    static Path dir;
    static FakeDiscord discord;
    static DiscordBot bot;
    static Database database;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    static ApprovalsOnDisk approvals;
    static final AtomicInteger riskRuns = new AtomicInteger();
    static final AtomicInteger drafts = new AtomicInteger();
    /** Holds back answers to questions containing "slowly" until a test lets them go. */
    static final CountDownLatch slowAnswer = new CountDownLatch(1);

    @BeforeAll
    static void connect() throws Exception {
        database = TestDatabases.open(dir);
        discord = new FakeDiscord(List.of(SUPPORT, INTERNAL, REVIEW, DIGEST, UNCONFIGURED),
                List.of(MANAGER_ROLE, APPROVER_ROLE));
        Assistant assistant = new Assistant(
                question -> {
                    if (question.contains("slowly")) {
                        awaitQuietly(slowAnswer);
                    }
                    return new Answer("To cancel, open Settings › Billing and choose Cancel plan.", "en", false,
                            List.of(CITATION));
                },
                new SqlQuestionLog(database.jdbi(), CLOCK), List.of(staffCommand("risk"), staffCommand("account")));
        RoleDirectory roles = new RoleDirectory(new RoleSettings(List.of(), List.of(), List.of(MANAGER_ROLE),
                List.of(APPROVER_ROLE)));
        approvals = new ApprovalsOnDisk(database, dir, CLOCK);
        DiscordSettings settings = new DiscordSettings(List.of(FakeDiscord.GUILD_ID), List.of(INTERNAL),
                List.of(SUPPORT), REVIEW, DIGEST, discord.apiBaseUrl(), discord.gatewayUrl());
        bot = DiscordBots.bot(settings, "fake-discord-bot-token", assistant, roles, Optional.of(approvals.workflow()),
                database.jdbi(), CLOCK);
        bot.start();
        approvals.startJobs();
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

    static Command staffCommand(String name) {
        return new Command() {
            public String name() {
                return name;
            }

            public String usage() {
                return "";
            }

            public String summary() {
                return "account data";
            }

            public Set<Role> allowedRoles() {
                return Set.of(Role.AGENT, Role.MANAGER, Role.APPROVER);
            }

            public Reply run(Caller caller, String arguments) {
                riskRuns.incrementAndGet();
                return Reply.text(Reply.Kind.ACCOUNT_DATA, ACCOUNT_DATA);
            }
        };
    }

    @Test
    void theSlashCommandsAreRegisteredInTheConfiguredServer() {
        // given the bot connected in @BeforeAll; then its commands went to the configured server
        Call registration = discord.awaitInHistory(c -> c.is("PUT", "applications/" + FakeDiscord.BOT_ID
                + "/guilds/" + FakeDiscord.GUILD_ID + "/commands"));

        assertThat(registration.body().findValuesAsText("name"))
                .contains("ask", "risk", "account", "summary", "digest", "draft", "help");
    }

    @Test
    void aCustomersQuestionInASupportChannelIsAnsweredWithCitations() {
        // given a customer with no role, in the support channel, not mentioning the bot
        discord.dispatch("MESSAGE_CREATE", discord.guildMessage(SUPPORT, CUSTOMER, List.of(),
                "Bagaimana cara membatalkan langganan saya?", false));

        // then the answer is posted there as an embed with the citation and feedback buttons
        Call answer = discord.awaitCall(c -> c.is("POST", "channels/" + SUPPORT + "/messages"));
        JsonNode embed = answer.body().path("embeds").get(0);
        assertThat(embed.path("description").asText()).contains("Cancel plan");
        JsonNode field = embed.path("fields").get(0);
        assertThat(field.path("name").asText()).isEqualTo("[1] Cancelling your plan › Steps");
        assertThat(field.path("value").asText()).contains("> Open Settings", "https://help.example.com/cancel-plan");
        assertThat(answer.body().findValuesAsText("custom_id"))
                .anyMatch(id -> id.startsWith("tenure:helpful:")).anyMatch(id -> id.startsWith("tenure:not-helpful:"));
        assertThat(answer.body().path("message_reference").path("message_id").asText()).isNotEmpty();
    }

    @Test
    void aMessageDeliveredTwiceIsAnsweredOnce() {
        // given the same message delivered twice (a gateway replay, or a second instance of the bot)
        var message = discord.guildMessage(SUPPORT, CUSTOMER, List.of(), "How do I cancel?", false);
        discord.dispatch("MESSAGE_CREATE", message);
        discord.dispatch("MESSAGE_CREATE", message.deepCopy());

        // then one answer is posted: a later, different message is answered and still only one for the first
        discord.dispatch("MESSAGE_CREATE", discord.guildMessage(SUPPORT, CUSTOMER, List.of(), "And refunds?", false));
        discord.awaitCalls(c -> c.is("POST", "channels/" + SUPPORT + "/messages"), 2);
        String first = message.path("id").asText();
        assertThat(discord.calls()).filteredOn(c -> c.is("POST", "channels/" + SUPPORT + "/messages")
                && c.body().path("message_reference").path("message_id").asText().equals(first)).hasSize(1);
    }

    @Test
    void aRequestForAccountDataInACustomerFacingChannelIsRefusedWithNoData() {
        int runsBefore = riskRuns.get();
        // given a manager asking for the risk list in the customer support channel
        discord.dispatch("MESSAGE_CREATE", discord.guildMessage(SUPPORT, MANAGER, List.of(MANAGER_ROLE), "risk", false));

        // then the refusal goes to them alone, by direct message, and nothing of the data appears anywhere
        discord.awaitCall(c -> c.is("POST", "users/@me/channels"));
        Call refusal = discord.awaitCall(c -> c.is("POST", "channels/") && c.path().endsWith("/messages"));
        assertThat(refusal.path()).isNotEqualTo("channels/" + SUPPORT + "/messages");
        assertThat(refusal.body().path("embeds").get(0).path("description").asText()).contains("customer-facing");
        assertThat(riskRuns.get()).isEqualTo(runsBefore);
        assertThat(discord.calls()).noneMatch(c -> c.text().contains("ACME") || c.text().contains("risk 87"));
    }

    @Test
    void aStaffSlashCommandInAnUnconfiguredChannelGetsAnEphemeralRefusal() {
        int runsBefore = riskRuns.get();
        // given a manager using /account in a channel nobody configured (so customer-facing)
        discord.dispatch("INTERACTION_CREATE", discord.slashCommand(UNCONFIGURED, MANAGER, List.of(MANAGER_ROLE),
                "account", Map.of("id", "ACME-1")));

        // then the public "thinking" message is removed and the refusal is ephemeral
        discord.awaitCall(c -> c.is("DELETE", "webhooks/") && c.path().endsWith("/messages/@original"));
        Call refusal = discord.awaitCall(c -> c.is("POST", "webhooks/"));
        assertThat(refusal.body().path("flags").asInt() & 64).isEqualTo(64);
        assertThat(refusal.body().path("embeds").get(0).path("description").asText()).contains("not available");
        assertThat(riskRuns.get()).isEqualTo(runsBefore);
        assertThat(discord.calls()).noneMatch(c -> c.text().contains("ACME-1 Acme") || c.text().contains("risk 87"));
    }

    @Test
    void aStaffCommandFromSomeoneWithoutAMappedRoleIsAnsweredAsAQuestionEvenInAnInternalChannel() {
        int runsBefore = riskRuns.get();
        // given a member with no mapped role using /risk in an internal channel
        discord.dispatch("INTERACTION_CREATE", discord.slashCommand(INTERNAL, CUSTOMER, List.of(), "risk", Map.of()));

        // then the command never ran, and the reply is the help center's, naming no role
        Call answer = discord.awaitCall(c -> c.is("PATCH", "webhooks/") || c.is("POST", "webhooks/"));
        assertThat(answer.body().path("embeds").get(0).path("description").asText())
                .isEqualTo("To cancel, open Settings › Billing and choose Cancel plan.");
        assertThat(riskRuns.get()).isEqualTo(runsBefore);
        assertThat(discord.calls()).noneMatch(c -> c.text().contains("risk 87"));
    }

    @Test
    void aSlashCommandIsDeferredAndThenAnswered() {
        // given a manager using /risk in an internal channel
        discord.dispatch("INTERACTION_CREATE", discord.slashCommand(INTERNAL, MANAGER, List.of(MANAGER_ROLE),
                "risk", Map.of()));

        // then the interaction is deferred first, and the deferred response is then edited into the answer
        Call answer = discord.awaitCall(c -> c.is("PATCH", "webhooks/") && c.path().endsWith("/messages/@original"));
        List<Call> calls = discord.calls();
        Call deferral = calls.stream().filter(c -> c.is("POST", "interactions/")).findFirst().orElseThrow();
        assertThat(deferral.body().path("type").asInt()).isEqualTo(5);
        assertThat(calls.indexOf(deferral)).isLessThan(calls.indexOf(answer));
        assertThat(answer.body().path("embeds").get(0).path("description").asText()).isEqualTo(ACCOUNT_DATA);
    }

    @Test
    void aSlowAnswerIsDeferredAtOnceAndFilledInWhenReady() {
        // given a question whose answer is held back
        discord.dispatch("INTERACTION_CREATE", discord.slashCommand(SUPPORT, CUSTOMER, List.of(), "ask",
                Map.of("question", "please answer slowly: how do I cancel?")));

        // then the interaction is deferred while the answer is still being worked on
        Call deferral = discord.awaitCall(c -> c.is("POST", "interactions/"));
        assertThat(deferral.body().path("type").asInt()).isEqualTo(5);
        assertThat(discord.calls()).noneMatch(c -> c.is("PATCH", "webhooks/"));

        // and when the answer is ready, the deferred response becomes the answer
        slowAnswer.countDown();
        Call answer = discord.awaitCall(c -> c.is("PATCH", "webhooks/") && c.path().endsWith("/messages/@original"));
        assertThat(answer.body().path("embeds").get(0).path("description").asText()).contains("Cancel plan");
    }

    @Test
    void aHelpfulClickIsStoredWithTheQuestion() {
        // given an answered question
        discord.dispatch("INTERACTION_CREATE", discord.slashCommand(SUPPORT, CUSTOMER, List.of(), "ask",
                Map.of("question", "How do I cancel?")));
        Call answer = discord.awaitCall(c -> c.is("PATCH", "webhooks/"));
        String helpful = answer.body().findValuesAsText("custom_id").stream()
                .filter(id -> id.startsWith("tenure:helpful:")).findFirst().orElseThrow();
        long questionId = Long.parseLong(helpful.substring("tenure:helpful:".length()));

        // when the customer clicks Helpful
        discord.clearCalls();
        discord.dispatch("INTERACTION_CREATE", discord.buttonClick(SUPPORT, answer.messageId(), CUSTOMER, List.of(),
                helpful));

        // then it is acknowledged privately and stored
        Call thanks = discord.awaitCall(c -> c.is("PATCH", "webhooks/"));
        assertThat(thanks.body().path("content").asText()).startsWith("Thanks");
        assertThat(discord.calls().get(0).body().path("data").path("flags").asInt() & 64).isEqualTo(64);
        List<Boolean> stored = database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT helpful FROM feedback WHERE question_id = :q AND user_id = :u")
                .bind("q", questionId).bind("u", CUSTOMER).mapTo(Boolean.class).list());
        assertThat(stored).containsExactly(true);
    }

    @Test
    void anApprovalClickByANonApproverIsRefusedAndChangesNothing() {
        // given a draft whose card is in the review channel
        String draftId = newDraft();
        Call card = cardOf(draftId);
        List<AuditEntry> auditBefore = approvals.audit(draftId);
        List<Path> outboxBefore = approvals.sent();

        // when a manager (staff, not an approver) clicks Approve
        discord.dispatch("INTERACTION_CREATE", discord.buttonClick(REVIEW, card.messageId(), MANAGER,
                List.of(MANAGER_ROLE), "tenure:approve:" + draftId));

        // then they alone are told why, and the draft, its audit log, the outbox and the card are unchanged
        Call refusal = discord.awaitCall(c -> c.is("POST", "webhooks/"));
        assertThat(refusal.body().path("flags").asInt() & 64).isEqualTo(64);
        assertThat(refusal.body().path("content").asText()).contains("approver role", "Nothing was changed");
        assertThat(approvals.stored(draftId).status()).isEqualTo(DraftStatus.DRAFTED);
        assertThat(approvals.audit(draftId)).isEqualTo(auditBefore);
        assertThat(approvals.sent()).isEqualTo(outboxBefore);
        flushCards();
        assertThat(discord.calls()).noneMatch(c -> c.is("PATCH", "channels/" + REVIEW + "/messages/" + card.messageId()));
    }

    @Test
    void anApproversClickSendsExactlyOnceAndEditsTheCard() {
        // given a draft whose card is in the review channel
        String draftId = newDraft();
        Call card = cardOf(draftId);
        assertThat(card.body().findValuesAsText("custom_id"))
                .containsExactly("tenure:approve:" + draftId, "tenure:edit:" + draftId, "tenure:reject:" + draftId);
        List<Path> outboxBefore = approvals.sent();

        // when an approver clicks Approve
        discord.dispatch("INTERACTION_CREATE", discord.buttonClick(REVIEW, card.messageId(), APPROVER,
                List.of(APPROVER_ROLE), "tenure:approve:" + draftId));

        // then the click is acknowledged as an update, the draft is sent once through the outbox,
        // and the card is edited in place to show it was sent, without buttons
        String cardPath = "channels/" + REVIEW + "/messages/" + card.messageId();
        Call sentCard = discord.awaitCall(c -> c.is("PATCH", cardPath)
                && c.body().path("embeds").get(0).toString().contains("sent by"));
        assertThat(discord.awaitCall(c -> c.is("POST", "interactions/")).body().path("type").asInt()).isEqualTo(6);
        assertThat(approvals.sent()).hasSize(outboxBefore.size() + 1).contains(approvals.messageFor(draftId));
        assertThat(approvals.stored(draftId).status()).isEqualTo(DraftStatus.SENT);
        assertThat(approvals.transitions(draftId)).containsExactly(DraftStatus.DRAFTED, DraftStatus.APPROVED,
                DraftStatus.SENDING, DraftStatus.SENT);
        assertThat(sentCard.body().path("embeds").get(0).toString()).contains("approved by " + APPROVER);
        assertThat(sentCard.body().path("components")).isEmpty();
        flushCards();
        long cardEdits = discord.calls().stream().filter(c -> c.is("PATCH", cardPath)).count();

        // and a second click (a double click, or a stale card elsewhere) is refused without sending again
        discord.dispatch("INTERACTION_CREATE", discord.buttonClick(REVIEW, card.messageId(), APPROVER,
                List.of(APPROVER_ROLE), "tenure:approve:" + draftId));
        Call refusal = discord.awaitCall(c -> c.is("POST", "webhooks/"));
        assertThat(refusal.body().path("content").asText()).contains("already sent");
        assertThat(approvals.sent()).hasSize(outboxBefore.size() + 1);
        assertThat(approvals.transitions(draftId)).hasSize(4);
        flushCards();
        assertThat(discord.calls()).filteredOn(c -> c.is("PATCH", "channels/" + REVIEW + "/messages/"))
                .hasSize((int) cardEdits);
    }

    @Test
    void aDraftWhoseCardAnotherInstanceIsPostingGetsNoSecondCard() {
        // given another instance sharing the database file wrote a draft and has claimed its card
        ApprovalsOnDisk elsewhere = new ApprovalsOnDisk(TestDatabases.open(dir).jdbi(), dir, CLOCK);
        String draftId = elsewhere.draft("ACME-E", "Elsewhere Inc", "No logins for 30 days", "Hello", "Body").id();
        new SqlCardClaims(database.jdbi(), Clock.systemUTC()).claim(draftId, REVIEW);

        // when the draft is changed through this instance
        ReviewOutcome edited = approvals.workflow().edit(draftId, new Caller(MANAGER, "discord", Set.of(Role.MANAGER)),
                "Hello again", null);

        // then the change is stored, and this instance posts no card of its own for it
        assertThat(edited).isInstanceOf(ReviewOutcome.Done.class);
        assertThat(approvals.stored(draftId).subject()).isEqualTo("Hello again");
        flushCards();
        assertThat(discord.calls()).noneMatch(c -> c.text().contains("Draft " + draftId));
    }

    @Test
    void aRejectionWithAReasonFromTheModalEditsTheCard() {
        // given a draft whose card is in the review channel
        String draftId = newDraft();
        Call card = cardOf(draftId);
        List<Path> outboxBefore = approvals.sent();

        // when an approver clicks Reject, the reason modal opens
        discord.dispatch("INTERACTION_CREATE", discord.buttonClick(REVIEW, card.messageId(), APPROVER,
                List.of(APPROVER_ROLE), "tenure:reject:" + draftId));
        Call modal = discord.awaitCall(c -> c.is("POST", "interactions/"));
        assertThat(modal.body().path("type").asInt()).isEqualTo(9);
        assertThat(modal.body().path("data").path("custom_id").asText()).isEqualTo("tenure:reject-form:" + draftId);

        // and when they submit it with a reason
        discord.dispatch("INTERACTION_CREATE", discord.modalSubmit(REVIEW, card.messageId(), APPROVER,
                List.of(APPROVER_ROLE), "tenure:reject-form:" + draftId, Map.of("reason", "Too pushy for this client")));

        // then the stored draft is rejected, its audit log keeps who and why, and the card shows it
        Call edit = discord.awaitCall(c -> c.is("PATCH", "channels/" + REVIEW + "/messages/" + card.messageId()));
        assertThat(approvals.stored(draftId).status()).isEqualTo(DraftStatus.REJECTED);
        assertThat(approvals.audit(draftId)).last().satisfies(entry -> {
            assertThat(entry.to()).isEqualTo(DraftStatus.REJECTED);
            assertThat(entry.actor()).isEqualTo(APPROVER);
            assertThat(entry.note()).isEqualTo("Too pushy for this client");
        });
        assertThat(edit.body().path("embeds").get(0).toString()).contains("rejected", "Too pushy for this client");
        assertThat(edit.body().path("components")).isEmpty();
        assertThat(approvals.sent()).isEqualTo(outboxBefore);
    }

    @Test
    void aDirectMessageIsAnsweredInTheConversation() {
        // given a customer writing to the bot directly
        String conversation = discord.snowflake();
        discord.dispatch("MESSAGE_CREATE", discord.directMessage(conversation, CUSTOMER, "How do I cancel my plan?"));

        // then the answer comes back in that conversation, with its citation
        Call answer = discord.awaitCall(c -> c.is("POST", "channels/" + conversation + "/messages"));
        assertThat(answer.body().path("embeds").get(0).path("fields").get(0).path("value").asText())
                .contains("https://help.example.com/cancel-plan");
    }

    @Test
    void aMessageInAServerChannelThatDoesNotMentionTheBotIsLeftAlone() {
        // given a customer chatting in an unconfigured channel, then mentioning the bot there
        discord.dispatch("MESSAGE_CREATE", discord.guildMessage(UNCONFIGURED, CUSTOMER, List.of(), "hello all", false));
        discord.dispatch("MESSAGE_CREATE", discord.guildMessage(UNCONFIGURED, CUSTOMER, List.of(),
                "<@" + FakeDiscord.BOT_ID + "> how do I cancel?", true));

        // then only the mention is answered
        discord.awaitCall(c -> c.is("POST", "channels/" + UNCONFIGURED + "/messages"));
        assertThat(discord.calls()).filteredOn(c -> c.is("POST", "channels/" + UNCONFIGURED + "/messages")).hasSize(1);
    }

    @Test
    void aFailureToStoreFeedbackIsExplainedToTheClicker() {
        // given a click on feedback for a question that does not exist
        discord.dispatch("INTERACTION_CREATE", discord.buttonClick(SUPPORT, discord.snowflake(), CUSTOMER, List.of(),
                "tenure:helpful:987654"));

        // then the deferred private reply apologises with a reference, and says nothing of the failure itself
        Call explanation = discord.awaitCall(c -> c.is("PATCH", "webhooks/"));
        String content = explanation.body().path("content").asText();
        assertThat(content).startsWith("Sorry").containsPattern("E-[A-Z2-9]{8}");
        // (the random reference itself may spell "SQL", so it is left out of the check)
        assertThat(content.replaceAll("E-[A-Z2-9]{8}", "E-ref")).doesNotContainIgnoringCase("sql")
                .doesNotContain("987654", "feedback");
    }

    @Test
    void aCustomerClickingEditOrRejectOnACardGetsAPrivateRefusalAndNeverTheForm() {
        // given a draft's card
        String draftId = newDraft();
        Call card = cardOf(draftId);
        discord.clearCalls();

        // when someone without a staff role clicks Edit, then Reject
        discord.dispatch("INTERACTION_CREATE", discord.buttonClick(REVIEW, card.messageId(), CUSTOMER, List.of(),
                "tenure:edit:" + draftId));
        discord.dispatch("INTERACTION_CREATE", discord.buttonClick(REVIEW, card.messageId(), CUSTOMER, List.of(),
                "tenure:reject:" + draftId));

        // then both are refused privately, and no form (which would show the draft) is opened
        List<Call> replies = discord.awaitCalls(c -> c.is("POST", "interactions/"), 2);
        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.body().path("type").asInt()).isEqualTo(4);
            assertThat(reply.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
            assertThat(reply.body().path("data").path("content").asText()).contains("may not", "not opened")
                    .doesNotContain("20% off");
        });
        assertThat(discord.calls()).noneMatch(c -> c.body() != null && c.body().path("type").asInt() == 9);
        assertThat(approvals.stored(draftId).status()).isEqualTo(DraftStatus.DRAFTED);
    }

    @Test
    void aCustomersEveryoneAndUserMentionsInAStaffAlertPingNobody() {
        // given an alert quoting a customer who wrote mentions
        Reply alert = new Reply(Reply.Kind.ACCOUNT_DATA, "Cancel intent on ACME-1; they asked:\n> @everyone @here <@"
                + MANAGER + "> <@&" + MANAGER_ROLE + "> cancel now", "en", List.of(), false, List.of(), null, null);

        // when it is posted
        bot.staffAlerts().orElseThrow().alert(alert);

        // then Discord is told to parse no mentions at all: the text is shown, nobody is pinged
        Call post = discord.awaitCall(c -> c.is("POST", "channels/" + REVIEW + "/messages")
                && c.text().contains("cancel now"));
        assertThat(post.body().path("allowed_mentions").path("parse").isArray()).isTrue();
        assertThat(post.body().path("allowed_mentions").path("parse")).isEmpty();
        assertThat(post.body().path("allowed_mentions").path("users")).isEmpty();
        assertThat(post.body().path("allowed_mentions").path("roles")).isEmpty();
    }

    @Test
    void aClickOnAButtonNoLongerInUseIsAnsweredPrivately() {
        // given a click on a button Tenure does not (or no longer) know
        discord.dispatch("INTERACTION_CREATE", discord.buttonClick(SUPPORT, discord.snowflake(), CUSTOMER, List.of(),
                "tenure:retired-action:1"));

        // then the clicker is told, privately, instead of Discord's bare "interaction failed"
        Call reply = discord.awaitCall(c -> c.is("POST", "interactions/"));
        assertThat(reply.body().path("type").asInt()).isEqualTo(4);
        assertThat(reply.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
        assertThat(reply.body().path("data").path("content").asText()).contains("no longer in use");
    }

    @Test
    void aStaffAlertGoesToTheReviewChannelWhenNoAlertsChannelIsSet() {
        // given a bot configured with a review channel and no alerts channel
        Reply alert = new Reply(Reply.Kind.ACCOUNT_DATA, "Cancel intent (cancel) on ACME-1", "en", List.of(), false,
                List.of(), null, "d-1");

        // when an alert is raised
        bot.staffAlerts().orElseThrow().alert(alert);

        // then it is posted in the review channel, and nowhere customers are
        Call post = discord.awaitCall(c -> c.is("POST", "channels/" + REVIEW + "/messages"));
        assertThat(post.text()).contains("Cancel intent (cancel) on ACME-1");
        assertThat(discord.calls()).noneMatch(c -> c.is("POST", "channels/" + SUPPORT + "/messages"));
    }

    @Test
    void theDigestIsPostedToTheDigestChannelWithItsChart() throws Exception {
        // given a digest with a chart
        Path chart = Files.write(dir.resolve("risk-2026-11-21.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Reply digest = Reply.text(Reply.Kind.ACCOUNT_DATA, "3 accounts at risk today")
                .withAttachments(List.of(new Attachment("Accounts at risk by band", chart, "image/png")));

        // when it is posted
        new DiscordDigestChannel(bot, DIGEST).post(digest);

        // then the digest channel got the text and the chart as a file, shown in the embed
        Call post = discord.awaitCall(c -> c.is("POST", "channels/" + DIGEST + "/messages"));
        assertThat(post.files()).containsExactly("risk-2026-11-21.png");
        JsonNode embed = post.body().path("embeds").get(0);
        assertThat(embed.path("description").asText()).isEqualTo("3 accounts at risk today");
        assertThat(embed.path("image").path("url").asText()).isEqualTo("attachment://risk-2026-11-21.png");
    }

    @Test
    void anEditFromTheModalChangesTheDraftAndTheCardKeepsItsButtons() {
        // given a draft whose card is in the review channel
        String draftId = newDraft();
        Call card = cardOf(draftId);

        // when an agent-level staff member clicks Edit, the form opens with the draft filled in
        discord.dispatch("INTERACTION_CREATE", discord.buttonClick(REVIEW, card.messageId(), MANAGER,
                List.of(MANAGER_ROLE), "tenure:edit:" + draftId));
        Call modal = discord.awaitCall(c -> c.is("POST", "interactions/"));
        assertThat(modal.body().path("type").asInt()).isEqualTo(9);
        assertThat(modal.body().findValuesAsText("value")).contains("We'd love to keep you");

        // and when they submit a new subject and body
        discord.dispatch("INTERACTION_CREATE", discord.modalSubmit(REVIEW, card.messageId(), MANAGER,
                List.of(MANAGER_ROLE), "tenure:edit-form:" + draftId,
                Map.of("subject", "A better plan for Acme", "body", "Let us move you to the Team plan.")));

        // then the stored draft is edited, the audit log says by whom, and the card shows it with its buttons
        Call edit = discord.awaitCall(c -> c.is("PATCH", "channels/" + REVIEW + "/messages/" + card.messageId()));
        DraftView stored = approvals.stored(draftId);
        assertThat(stored.status()).isEqualTo(DraftStatus.EDITED);
        assertThat(stored.subject()).isEqualTo("A better plan for Acme");
        assertThat(stored.body()).isEqualTo("Let us move you to the Team plan.");
        assertThat(approvals.audit(draftId)).last().satisfies(entry -> {
            assertThat(entry.to()).isEqualTo(DraftStatus.EDITED);
            assertThat(entry.actor()).isEqualTo(MANAGER);
        });
        assertThat(edit.body().path("embeds").get(0).path("description").asText())
                .contains("A better plan for Acme", "Team plan");
        assertThat(edit.body().findValuesAsText("custom_id")).contains("tenure:approve:" + draftId);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A new draft written through the approval workflow, as the outreach drafter would; returns its id. */
    private static String newDraft() {
        return approvals.draft("ACME-" + drafts.incrementAndGet(), "Acme Corp",
                "Payment failed twice and logins dropped 60% in 30 days", "We'd love to keep you",
                "Here is 20% off for three months.").id();
    }

    /** The review card the bot posted for the draft. */
    private static Call cardOf(String draftId) {
        return discord.awaitCall(c -> c.is("POST", "channels/" + REVIEW + "/messages")
                && c.body().toString().contains("Draft " + draftId));
    }

    /** Card work runs on one thread in order: once a later card is posted, every earlier card change is done. */
    private static void flushCards() {
        cardOf(newDraft());
    }
}
