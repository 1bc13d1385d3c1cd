package io.tenure.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.assistant.Caller;
import io.tenure.assistant.Role;
import io.tenure.outreach.AuditEntry;
import io.tenure.outreach.ReviewOutcome;
import io.tenure.support.TestDatabases;
import io.tenure.support.ApprovalsOnDisk;
import java.time.Clock;
import java.util.Set;
import io.tenure.outreach.DraftStatus;
import io.tenure.outreach.DraftView;
import io.tenure.support.FakeSlackApi.Call;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review cards in the review channel, and Approve, Edit and Reject clicks through the real Bolt app into the
 * real approval workflow (SQLite file, audit log, file outbox).
 */
class SlackApprovalsTest {
    @TempDir
    Path dir;
    private SlackHarness harness;
    private String draftId;
    private String cardTs;

    /** Given a draft written through the approval workflow, whose card is in the review channel. */
    @BeforeEach
    void postACard() throws Exception {
        harness = new SlackHarness(dir);
        draftId = harness.approvals.draft("ACME-7", "Acme Corp", "usage down 60% in 30 days", "Can we help?",
                "Hi Ana,\nwe noticed fewer logins lately.").id();
        harness.slack.await("chat.postMessage", 1);
        cardTs = storedCardTs();
    }

    /** The card's ts as the adapter stored it for updates in place (written just after Slack answered). */
    private String storedCardTs() throws InterruptedException {
        for (int attempt = 0; attempt < 500; attempt++) {
            var ts = harness.database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT ts FROM slack_review_card WHERE draft_id = :d").bind("d", draftId)
                    .mapTo(String.class).findOne());
            if (ts.isPresent()) {
                return ts.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the review card was never stored");
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private void click(String user, String action) throws Exception {
        harness.send(SlackHarness.blockAction(user, SlackHarness.REVIEW, cardTs, action, draftId));
    }

    private void submit(String user, String callbackId, Map<String, String> values) throws Exception {
        harness.send(SlackHarness.viewSubmission(user, callbackId,
                new DraftModals.Origin(draftId, SlackHarness.REVIEW).encode(), values));
    }

    /** The card update that shows the given text (a draft's card may pass through several states). */
    private Call updateShowing(String text) {
        return harness.slack.await(c -> c.method().equals("chat.update") && c.blocksText().contains(text), 1).get(0);
    }

    @Test
    void aNewDraftIsPostedToTheReviewChannelAsACard() {
        // given the draft created in setUp; then its card is in the review channel, with the buttons
        Call card = harness.slack.calls("chat.postMessage").get(0);

        assertThat(card.param("channel")).isEqualTo(SlackHarness.REVIEW);
        assertThat(card.blocksText()).contains("Acme Corp (ACME-7)", "usage down 60% in 30 days", "Can we help?",
                "we noticed fewer logins lately.", "Approve", "Edit", "Reject", DraftCard.APPROVE, draftId);
        String stored = harness.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT channel FROM slack_review_card WHERE draft_id = :d").bind("d", draftId)
                .mapTo(String.class).one());
        assertThat(stored).isEqualTo(SlackHarness.REVIEW);
    }

    @Test
    void aNonApproversClickChangesNothing() throws Exception {
        List<AuditEntry> auditBefore = harness.approvals.audit(draftId);

        // when an agent (staff, not an approver) clicks Approve
        click(SlackHarness.AGENT, DraftCard.APPROVE);

        // then they alone are told why, and the draft, its audit log, the outbox and the card are as they were
        Call refusal = harness.slack.await("chat.postEphemeral", 1).get(0);
        assertThat(refusal.param("user")).isEqualTo(SlackHarness.AGENT);
        assertThat(refusal.param("text")).contains("approver role", "Nothing was changed");
        assertThat(harness.approvals.stored(draftId).status()).isEqualTo(DraftStatus.DRAFTED);
        assertThat(harness.approvals.audit(draftId)).isEqualTo(auditBefore);
        assertThat(harness.approvals.sent()).isEmpty();
        assertThat(harness.slack.calls("chat.update")).isEmpty();
    }

    @Test
    void anApproversClickSendsExactlyOnceAndUpdatesTheCardInPlace() throws Exception {
        // when an approver clicks Approve
        click(SlackHarness.APPROVER, DraftCard.APPROVE);

        // then the draft is sent once, through the outbox, and its card is updated in place to say so
        Call sentCard = updateShowing("sent at ");
        assertThat(harness.approvals.sent()).containsExactly(harness.approvals.messageFor(draftId));
        assertThat(harness.approvals.stored(draftId).status()).isEqualTo(DraftStatus.SENT);
        assertThat(harness.approvals.transitions(draftId)).containsExactly(DraftStatus.DRAFTED, DraftStatus.APPROVED,
                DraftStatus.SENDING, DraftStatus.SENT);
        assertThat(sentCard.blocksText()).contains("approved by " + SlackHarness.APPROVER)
                .doesNotContain(DraftCard.APPROVE);
        assertThat(harness.slack.calls("chat.update")).allSatisfy(update -> {
            assertThat(update.param("channel")).isEqualTo(SlackHarness.REVIEW);
            assertThat(update.param("ts")).isEqualTo(cardTs);
        });
        int updates = harness.slack.calls("chat.update").size();

        // and when the approver clicks again (a double click, or a stale card)
        click(SlackHarness.APPROVER, DraftCard.APPROVE);

        // then that click is refused privately and nothing more is sent, recorded or shown
        Call secondClick = harness.slack.await("chat.postEphemeral", 1).get(0);
        assertThat(secondClick.param("text")).contains("already sent");
        assertThat(harness.approvals.sent()).containsExactly(harness.approvals.messageFor(draftId));
        assertThat(harness.approvals.transitions(draftId)).hasSize(4);
        assertThat(harness.slack.calls("chat.postMessage")).hasSize(1);
        assertThat(harness.slack.calls("chat.update")).hasSize(updates);
    }

    @Test
    void anApprovalFromTheCommandLineUpdatesTheCardThroughTheCardJob() throws Exception {
        // given another process on the same database (the command line): it writes rows, works none
        try (ApprovalsOnDisk commandLine = new ApprovalsOnDisk(TestDatabases.open(dir), dir, Clock.systemUTC())) {
            // when it approves and sends the draft
            ReviewOutcome outcome = commandLine.workflow().approveAndSend(draftId,
                    new Caller("ana", "cli", Set.of(Role.APPROVER)));

            // then it was sent there, once, and the card in Slack is updated in place by this process's card job
            assertThat(((ReviewOutcome.Done) outcome).draft().status()).isEqualTo(DraftStatus.SENT);
            Call sentCard = updateShowing("sent at ");
            assertThat(sentCard.param("ts")).isEqualTo(cardTs);
            assertThat(sentCard.blocksText()).contains("approved by ana").doesNotContain(DraftCard.APPROVE);
            assertThat(harness.approvals.sent()).containsExactly(harness.approvals.messageFor(draftId));
            assertThat(harness.slack.calls("chat.postMessage")).hasSize(1);
        }
    }

    @Test
    void editOpensAModalWithTheDraftAndSavingChangesTheDraftAndTheCard() throws Exception {
        // when an approver clicks Edit, the modal opens with the draft filled in
        click(SlackHarness.APPROVER, DraftCard.EDIT);
        Call open = harness.slack.await("views.open", 1).get(0);
        assertThat(open.param("trigger_id")).isEqualTo("trigger-" + DraftCard.EDIT);
        String view = FakeSlackApiTexts.of(open.param("view"));
        assertThat(view).contains(DraftModals.EDIT_CALLBACK, "Can we help?", "we noticed fewer logins lately.");

        // and they save a new subject and body
        submit(SlackHarness.APPROVER, DraftModals.EDIT_CALLBACK,
                Map.of("subject", "A better plan for Acme", "body", "Hi Ana, here is an offer."));

        // then the stored draft is edited, the audit log says by whom, and the card shows it with its buttons
        Call update = updateShowing("A better plan for Acme");
        DraftView stored = harness.approvals.stored(draftId);
        assertThat(stored.status()).isEqualTo(DraftStatus.EDITED);
        assertThat(stored.subject()).isEqualTo("A better plan for Acme");
        assertThat(stored.body()).isEqualTo("Hi Ana, here is an offer.");
        assertThat(harness.approvals.audit(draftId)).last().satisfies(entry -> {
            assertThat(entry.to()).isEqualTo(DraftStatus.EDITED);
            assertThat(entry.actor()).isEqualTo(SlackHarness.APPROVER);
        });
        assertThat(update.param("ts")).isEqualTo(cardTs);
        assertThat(update.blocksText()).contains("Hi Ana, here is an offer.", "edited by " + SlackHarness.APPROVER,
                DraftCard.APPROVE);
        assertThat(harness.approvals.sent()).isEmpty();
    }

    @Test
    void rejectAsksForAReasonWhichTheAuditLogAndTheCardKeep() throws Exception {
        // when an approver clicks Reject, the modal asks for a reason
        click(SlackHarness.APPROVER, DraftCard.REJECT);
        Call open = harness.slack.await("views.open", 1).get(0);
        assertThat(FakeSlackApiTexts.of(open.param("view"))).contains(DraftModals.REJECT_CALLBACK, "Acme Corp");

        // and they give one
        submit(SlackHarness.APPROVER, DraftModals.REJECT_CALLBACK, Map.of("reason", "too pushy"));

        // then the stored draft is rejected with the reason in its audit log, and the card shows why
        Call update = updateShowing("rejected by " + SlackHarness.APPROVER);
        assertThat(harness.approvals.stored(draftId).status()).isEqualTo(DraftStatus.REJECTED);
        assertThat(harness.approvals.audit(draftId)).last().satisfies(entry -> {
            assertThat(entry.to()).isEqualTo(DraftStatus.REJECTED);
            assertThat(entry.actor()).isEqualTo(SlackHarness.APPROVER);
            assertThat(entry.note()).isEqualTo("too pushy");
        });
        assertThat(update.param("ts")).isEqualTo(cardTs);
        assertThat(update.blocksText()).contains("too pushy").doesNotContain(DraftCard.APPROVE);
        assertThat(harness.approvals.sent()).isEmpty();
    }

    @Test
    void aNonApproversRejectionIsRefusedPrivately() throws Exception {
        List<AuditEntry> auditBefore = harness.approvals.audit(draftId);

        // when an agent submits the reject form (a modal opened before their role changed, say)
        submit(SlackHarness.AGENT, DraftModals.REJECT_CALLBACK, Map.of("reason", "no"));

        // then they alone are told why, and the draft, its audit log and the card are as they were
        Call refusal = harness.slack.await("chat.postEphemeral", 1).get(0);
        assertThat(refusal.param("channel")).isEqualTo(SlackHarness.REVIEW);
        assertThat(refusal.param("user")).isEqualTo(SlackHarness.AGENT);
        assertThat(refusal.param("text")).contains("approver role");
        assertThat(harness.approvals.stored(draftId).status()).isEqualTo(DraftStatus.DRAFTED);
        assertThat(harness.approvals.audit(draftId)).isEqualTo(auditBefore);
        assertThat(harness.slack.calls("chat.update")).isEmpty();
    }
}
