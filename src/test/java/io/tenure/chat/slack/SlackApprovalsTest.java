package io.tenure.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.outreach.DraftStatus;
import io.tenure.support.FakeSlackApi.Call;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review cards in the review channel, and Approve, Edit and Reject clicks through the real Bolt app. */
class SlackApprovalsTest {
    @TempDir
    Path dir;
    private SlackHarness harness;
    private String cardTs;

    @BeforeEach
    void postACard() throws Exception {
        harness = new SlackHarness(dir);
        harness.drafts.draft("D-1", "ACME-7", "Acme Corp", "usage down 60% in 30 days", "Can we help?",
                "Hi Ana,\nwe noticed fewer logins lately.");
        harness.slack.await("chat.postMessage", 1);
        cardTs = storedCardTs();
    }

    /** The card's ts as the adapter stored it for updates in place (written just after Slack answered). */
    private String storedCardTs() throws InterruptedException {
        for (int attempt = 0; attempt < 500; attempt++) {
            var ts = harness.database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT ts FROM slack_review_card WHERE draft_id = 'D-1'").mapTo(String.class).findOne());
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

    @Test
    void aNewDraftIsPostedToTheReviewChannelAsACard() {
        Call card = harness.slack.calls("chat.postMessage").get(0);

        assertThat(card.param("channel")).isEqualTo(SlackHarness.REVIEW);
        assertThat(card.blocksText()).contains("Acme Corp (ACME-7)", "usage down 60% in 30 days", "Can we help?",
                "we noticed fewer logins lately.", "Approve", "Edit", "Reject", DraftCard.APPROVE, "D-1");
        String stored = harness.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT channel FROM slack_review_card WHERE draft_id = 'D-1'").mapTo(String.class).one());
        assertThat(stored).isEqualTo(SlackHarness.REVIEW);
    }

    @Test
    void aNonApproversClickChangesNothing() throws Exception {
        harness.send(SlackHarness.blockAction(SlackHarness.AGENT, SlackHarness.REVIEW, "card", DraftCard.APPROVE, "D-1"));
        Call refusal = harness.slack.await("chat.postEphemeral", 1).get(0);

        assertThat(refusal.param("user")).isEqualTo(SlackHarness.AGENT);
        assertThat(refusal.param("text")).contains("Only approvers");
        assertThat(harness.drafts.deliveries("D-1")).isZero();
        assertThat(harness.drafts.find("D-1").orElseThrow().status()).isEqualTo(DraftStatus.DRAFTED);
        assertThat(harness.slack.calls("chat.update")).isEmpty();
    }

    @Test
    void anApproversClickSendsExactlyOnceAndUpdatesTheCardInPlace() throws Exception {
        harness.send(SlackHarness.blockAction(SlackHarness.APPROVER, SlackHarness.REVIEW, "card", DraftCard.APPROVE, "D-1"));
        Call update = harness.slack.await("chat.update", 1).get(0);
        harness.send(SlackHarness.blockAction(SlackHarness.APPROVER, SlackHarness.REVIEW, "card", DraftCard.APPROVE, "D-1"));
        Call secondClick = harness.slack.await("chat.postEphemeral", 1).get(0);

        assertThat(harness.drafts.deliveries("D-1")).isEqualTo(1);
        assertThat(update.param("channel")).isEqualTo(SlackHarness.REVIEW);
        assertThat(update.param("ts")).isEqualTo(cardTs);
        assertThat(update.blocksText()).contains("approved by " + SlackHarness.APPROVER, "sent at ")
                .doesNotContain(DraftCard.APPROVE);
        assertThat(secondClick.param("text")).contains("already sent");
        assertThat(harness.slack.calls("chat.postMessage")).hasSize(1);
        assertThat(harness.slack.calls("chat.update")).hasSize(1);
    }

    @Test
    void editOpensAModalWithTheDraftAndSavingUpdatesTheCard() throws Exception {
        harness.send(SlackHarness.blockAction(SlackHarness.APPROVER, SlackHarness.REVIEW, "card", DraftCard.EDIT, "D-1"));
        Call open = harness.slack.await("views.open", 1).get(0);

        assertThat(open.param("trigger_id")).isEqualTo("trigger-" + DraftCard.EDIT);
        String view = FakeSlackApiTexts.of(open.param("view"));
        assertThat(view).contains(DraftModals.EDIT_CALLBACK, "Can we help?", "we noticed fewer logins lately.");

        harness.send(SlackHarness.viewSubmission(SlackHarness.APPROVER, DraftModals.EDIT_CALLBACK,
                new DraftModals.Origin("D-1", SlackHarness.REVIEW).encode(),
                Map.of("subject", "A better plan for Acme", "body", "Hi Ana, here is an offer.")));
        Call update = harness.slack.await("chat.update", 1).get(0);

        assertThat(update.blocksText()).contains("A better plan for Acme", "Hi Ana, here is an offer.",
                "edited by " + SlackHarness.APPROVER, DraftCard.APPROVE);
        assertThat(harness.drafts.find("D-1").orElseThrow().status()).isEqualTo(DraftStatus.EDITED);
    }

    @Test
    void rejectAsksForAReasonAndTheCardShowsIt() throws Exception {
        harness.send(SlackHarness.blockAction(SlackHarness.APPROVER, SlackHarness.REVIEW, "card", DraftCard.REJECT, "D-1"));
        Call open = harness.slack.await("views.open", 1).get(0);
        assertThat(FakeSlackApiTexts.of(open.param("view"))).contains(DraftModals.REJECT_CALLBACK, "Acme Corp");

        harness.send(SlackHarness.viewSubmission(SlackHarness.APPROVER, DraftModals.REJECT_CALLBACK,
                new DraftModals.Origin("D-1", SlackHarness.REVIEW).encode(), Map.of("reason", "too pushy")));
        Call update = harness.slack.await("chat.update", 1).get(0);

        assertThat(update.blocksText()).contains("rejected by " + SlackHarness.APPROVER + ": too pushy")
                .doesNotContain(DraftCard.APPROVE);
        assertThat(harness.drafts.deliveries("D-1")).isZero();
    }

    @Test
    void aNonApproversRejectionIsRefusedPrivately() throws Exception {
        harness.send(SlackHarness.viewSubmission(SlackHarness.AGENT, DraftModals.REJECT_CALLBACK,
                new DraftModals.Origin("D-1", SlackHarness.REVIEW).encode(), Map.of("reason", "no")));
        Call refusal = harness.slack.await("chat.postEphemeral", 1).get(0);

        assertThat(refusal.param("channel")).isEqualTo(SlackHarness.REVIEW);
        assertThat(refusal.param("user")).isEqualTo(SlackHarness.AGENT);
        assertThat(harness.drafts.find("D-1").orElseThrow().status()).isEqualTo(DraftStatus.DRAFTED);
        assertThat(harness.slack.calls("chat.update")).isEmpty();
        assertThat(refusal.param("text")).contains("approvers");
    }
}
