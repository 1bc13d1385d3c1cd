package io.tenure.outreach;

import io.tenure.support.TestDatabases;
import static io.tenure.outreach.OutreachFixtures.AGENT;
import static io.tenure.outreach.OutreachFixtures.APPROVER;
import static io.tenure.outreach.OutreachFixtures.CUSTOMER;
import static io.tenure.outreach.OutreachFixtures.SECOND_APPROVER;
import static io.tenure.outreach.OutreachFixtures.draft;
import static io.tenure.outreach.OutreachFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenure.storage.Database;
import io.tenure.storage.outreach.SqlAuditLog;
import io.tenure.storage.outreach.SqlDraftStore;
import io.tenure.support.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovalWorkflowTest {
    @TempDir
    Path data;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-21T09:00:00Z"));

    /** A workflow as one process would build it: its own connection pool on the shared database file. */
    private ApprovalWorkflow process(Outbox outbox) {
        return new ApprovalWorkflow(new SqlDraftStore(jdbi()), new SqlAuditLog(jdbi()), outbox, settings(), clock);
    }

    private Jdbi jdbi() {
        return TestDatabases.open(data).jdbi();
    }

    private List<DraftStatus> transitions(ApprovalWorkflow workflow, String draftId) {
        return workflow.audit(Optional.of(draftId)).stream().map(AuditEntry::to).toList();
    }

    @Test
    void twoApprovalsAtTheSameMomentSendOneMessage() throws Exception {
        RecordingOutbox outbox = new RecordingOutbox();
        ApprovalWorkflow first = process(outbox);
        ApprovalWorkflow second = process(outbox);
        String id = first.create(draft("ACME-1"), AGENT).id();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Future<ReviewOutcome> a = threads.submit(() -> {
            start.await();
            return first.approve(id, APPROVER);
        });
        Future<ReviewOutcome> b = threads.submit(() -> {
            start.await();
            return second.approve(id, SECOND_APPROVER);
        });
        start.countDown();
        List<ReviewOutcome> outcomes = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
        threads.shutdown();

        assertThat(outbox.delivered).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof ReviewOutcome.Done).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof ReviewOutcome.Refused).hasSize(1);
        assertThat(first.find(id).orElseThrow().status()).isEqualTo(DraftStatus.SENT);
        assertThat(transitions(first, id)).containsExactly(DraftStatus.DRAFTED, DraftStatus.APPROVED,
                DraftStatus.SENDING, DraftStatus.SENT);
    }

    @Test
    void anApprovalWhileTheFirstIsStillBeingDeliveredIsRefusedAndSendsNothing() throws Exception {
        RecordingOutbox outbox = new RecordingOutbox();
        outbox.hold();
        ApprovalWorkflow first = process(outbox);
        ApprovalWorkflow second = process(outbox);
        String id = first.create(draft("ACME-1"), AGENT).id();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        Future<ReviewOutcome> delivering = thread.submit(() -> first.approve(id, APPROVER));
        assertThat(outbox.entered.await(10, TimeUnit.SECONDS)).isTrue();

        ReviewOutcome meanwhile = second.approve(id, SECOND_APPROVER);
        outbox.release();
        ReviewOutcome done = delivering.get(30, TimeUnit.SECONDS);
        thread.shutdown();

        assertThat(meanwhile).isInstanceOf(ReviewOutcome.Refused.class);
        assertThat(((ReviewOutcome.Refused) meanwhile).reason()).contains("being sent");
        assertThat(((ReviewOutcome.Done) done).draft().status()).isEqualTo(DraftStatus.SENT);
        assertThat(outbox.delivered).hasSize(1);
    }

    @Test
    void anApprovedDraftIsDeliveredAtOnceWithItsExactText() {
        RecordingOutbox outbox = new RecordingOutbox();
        ApprovalWorkflow workflow = process(outbox);
        DraftView created = workflow.create(draft("ACME-1"), AGENT);

        ReviewOutcome outcome = workflow.approve(created.id(), APPROVER);

        assertThat(outcome).isInstanceOf(ReviewOutcome.Done.class);
        DraftView sent = ((ReviewOutcome.Done) outcome).draft();
        assertThat(sent.status()).isEqualTo(DraftStatus.SENT);
        assertThat(sent.sentAt()).isEqualTo(clock.instant());
        OutgoingMessage message = outbox.delivered.get(0);
        assertThat(message.to()).isEqualTo("ops@acme-1.test");
        assertThat(message.subject()).isEqualTo(created.subject());
        assertThat(message.body()).isEqualTo(created.body());
        assertThat(message.messageId()).startsWith("<" + created.id() + ".").endsWith("@example.com>");
        AuditEntry last = workflow.audit(Optional.of(created.id())).get(3);
        assertThat(last.to()).isEqualTo(DraftStatus.SENT);
        assertThat(last.body()).isEqualTo(message.body());
        assertThat(last.subject()).isEqualTo(message.subject());
        assertThat(last.messageId()).isEqualTo(message.messageId());
    }

    @Test
    void sendingADraftThatIsNotApprovedIsRefused() {
        RecordingOutbox outbox = new RecordingOutbox();
        ApprovalWorkflow workflow = process(outbox);
        String id = workflow.create(draft("ACME-1"), AGENT).id();

        ReviewOutcome outcome = workflow.retry(id, APPROVER);

        assertThat(outcome).isInstanceOf(ReviewOutcome.Refused.class);
        assertThat(((ReviewOutcome.Refused) outcome).reason()).contains("not approved");
        assertThat(outbox.delivered).isEmpty();
        assertThat(workflow.find(id).orElseThrow().status()).isEqualTo(DraftStatus.DRAFTED);
        assertThat(transitions(workflow, id)).containsExactly(DraftStatus.DRAFTED);
    }

    @Test
    void aCrashBetweenClaimAndDeliverySendsExactlyOnceAfterRestart() throws Exception {
        FileOutbox files = new FileOutbox(data.resolve("outbox"));
        ApprovalWorkflow dying = process(new CrashingOutbox(files, CrashingOutbox.When.BEFORE_DELIVERY));
        String id = dying.create(draft("ACME-1"), AGENT).id();
        assertThatThrownBy(() -> dying.approve(id, APPROVER)).isInstanceOf(CrashingOutbox.ProcessDied.class);
        assertThat(dying.find(id).orElseThrow().status()).isEqualTo(DraftStatus.SENDING);

        clock.advance(Duration.ofSeconds(settings().claimTimeoutSeconds()));
        ApprovalWorkflow.Sweep recovery = process(files).sweep();
        ApprovalWorkflow.Sweep again = process(files).sweep();

        assertThat(recovery.resumed()).isEqualTo(1);
        assertThat(again.resumed()).isZero();
        assertThat(emlFiles()).containsExactly(files.fileFor(id));
        DraftView after = process(files).find(id).orElseThrow();
        assertThat(after.status()).isEqualTo(DraftStatus.SENT);
        assertThat(transitions(dying, id)).containsExactly(DraftStatus.DRAFTED, DraftStatus.APPROVED,
                DraftStatus.SENDING, DraftStatus.SENDING, DraftStatus.SENT);
    }

    @Test
    void aCrashAfterDeliveryButBeforeRecordingItDoesNotSendTwice() throws Exception {
        FileOutbox files = new FileOutbox(data.resolve("outbox"));
        ApprovalWorkflow dying = process(new CrashingOutbox(files, CrashingOutbox.When.AFTER_DELIVERY));
        String id = dying.create(draft("ACME-1"), AGENT).id();
        assertThatThrownBy(() -> dying.approve(id, APPROVER)).isInstanceOf(CrashingOutbox.ProcessDied.class);
        byte[] delivered = Files.readAllBytes(files.fileFor(id));

        clock.advance(Duration.ofSeconds(settings().claimTimeoutSeconds()));
        process(files).sweep();

        assertThat(emlFiles()).containsExactly(files.fileFor(id));
        assertThat(Files.readAllBytes(files.fileFor(id))).isEqualTo(delivered);
        assertThat(process(files).find(id).orElseThrow().status()).isEqualTo(DraftStatus.SENT);
    }

    @Test
    void aClaimYoungerThanTheClaimTimeoutIsLeftToTheProcessThatHoldsIt() {
        RecordingOutbox outbox = new RecordingOutbox();
        ApprovalWorkflow dying = process(new CrashingOutbox(outbox, CrashingOutbox.When.BEFORE_DELIVERY));
        String id = dying.create(draft("ACME-1"), AGENT).id();
        assertThatThrownBy(() -> dying.approve(id, APPROVER)).isInstanceOf(CrashingOutbox.ProcessDied.class);

        clock.advance(Duration.ofSeconds(settings().claimTimeoutSeconds() - 1));
        ApprovalWorkflow.Sweep recovery = process(outbox).sweep();

        assertThat(recovery.resumed()).isZero();
        assertThat(recovery.uncertain()).isZero();
        assertThat(outbox.delivered).isEmpty();
        assertThat(process(outbox).find(id).orElseThrow().status()).isEqualTo(DraftStatus.SENDING);
    }

    @Test
    void aCallerWithoutTheApproverRoleChangesNothing() {
        RecordingOutbox outbox = new RecordingOutbox();
        ApprovalWorkflow workflow = process(outbox);
        String id = workflow.create(draft("ACME-1"), AGENT).id();
        List<AuditEntry> auditBefore = workflow.audit(Optional.empty());

        ReviewOutcome approveByAgent = workflow.approve(id, AGENT);
        ReviewOutcome rejectByAgent = workflow.reject(id, AGENT, "not good");
        ReviewOutcome approveByCustomer = workflow.approve(id, CUSTOMER);
        ReviewOutcome editByCustomer = workflow.edit(id, CUSTOMER, "Hacked", null);
        ReviewOutcome retryByAgent = workflow.retry(id, AGENT);

        assertThat(List.of(approveByAgent, rejectByAgent, approveByCustomer, editByCustomer, retryByAgent))
                .allMatch(o -> o instanceof ReviewOutcome.Refused);
        assertThat(((ReviewOutcome.Refused) approveByAgent).reason()).contains("approver");
        DraftView after = workflow.find(id).orElseThrow();
        assertThat(after.status()).isEqualTo(DraftStatus.DRAFTED);
        assertThat(after.subject()).isEqualTo(draft("ACME-1").subject());
        assertThat(workflow.audit(Optional.empty())).isEqualTo(auditBefore);
        assertThat(outbox.delivered).isEmpty();
    }

    @Test
    void anyStaffMayEditAndEditsCanRepeat() {
        ApprovalWorkflow workflow = process(new RecordingOutbox());
        String id = workflow.create(draft("ACME-1"), AGENT).id();

        workflow.edit(id, AGENT, "First change", null);
        ReviewOutcome second = workflow.edit(id, APPROVER, null, "New body");

        DraftView after = ((ReviewOutcome.Done) second).draft();
        assertThat(after.status()).isEqualTo(DraftStatus.EDITED);
        assertThat(after.subject()).isEqualTo("First change");
        assertThat(after.body()).isEqualTo("New body");
        assertThat(transitions(workflow, id)).containsExactly(DraftStatus.DRAFTED, DraftStatus.EDITED, DraftStatus.EDITED);
    }

    @Test
    void aFailedDeliveryLeavesTheDraftApprovedWithTheErrorAndARetrySendsIt() {
        RecordingOutbox outbox = new RecordingOutbox();
        outbox.failNext(1);
        ApprovalWorkflow workflow = process(outbox);
        String id = workflow.create(draft("ACME-1"), AGENT).id();

        DraftView failed = ((ReviewOutcome.Done) workflow.approve(id, APPROVER)).draft();

        assertThat(failed.status()).isEqualTo(DraftStatus.APPROVED);
        assertThat(workflow.lastError(id)).get().asString().contains("Connection refused");
        assertThat(failed.history()).last().asString().contains("delivery failed").contains("Connection refused");

        DraftView retried = ((ReviewOutcome.Done) workflow.retry(id, APPROVER)).draft();

        assertThat(retried.status()).isEqualTo(DraftStatus.SENT);
        assertThat(outbox.delivered).hasSize(1);
        assertThat(transitions(workflow, id)).containsExactly(DraftStatus.DRAFTED, DraftStatus.APPROVED,
                DraftStatus.SENDING, DraftStatus.APPROVED, DraftStatus.SENDING, DraftStatus.SENT);
    }

    @Test
    void aSenderThatDiedWithANonIdempotentOutboxLeavesTheDraftUncertainAndSendsNothingByItself() {
        RecordingOutbox outbox = new RecordingOutbox();
        ApprovalWorkflow dying = process(new CrashingOutbox(outbox, CrashingOutbox.When.BEFORE_DELIVERY));
        String id = dying.create(draft("ACME-1"), AGENT).id();
        assertThatThrownBy(() -> dying.approve(id, APPROVER)).isInstanceOf(CrashingOutbox.ProcessDied.class);

        clock.advance(Duration.ofSeconds(settings().claimTimeoutSeconds()));
        ApprovalWorkflow.Sweep sweep = process(outbox).sweep();
        ApprovalWorkflow.Sweep again = process(outbox).sweep();

        assertThat(sweep.uncertain()).isEqualTo(1);
        assertThat(again.uncertain()).isZero();
        assertThat(outbox.delivered).isEmpty();
        DraftView after = process(outbox).find(id).orElseThrow();
        assertThat(after.status()).isEqualTo(DraftStatus.UNCERTAIN);
        assertThat(after.history()).last().asString().contains("delivery uncertain").contains("may have been sent");
        assertThat(process(outbox).approve(id, APPROVER)).isInstanceOf(ReviewOutcome.Refused.class);
    }

    @Test
    void anApproverResolvesAnUncertainDeliveryByMarkingItSentOrByRetrying() {
        RecordingOutbox outbox = new RecordingOutbox();
        String marked = uncertainDraft(outbox);
        String retried = uncertainDraft(outbox);
        ApprovalWorkflow workflow = process(outbox);

        assertThat(workflow.markSent(marked, AGENT, "")).isInstanceOf(ReviewOutcome.Refused.class);
        DraftView confirmed = ((ReviewOutcome.Done) workflow.markSent(marked, APPROVER, "customer replied")).draft();
        DraftView resent = ((ReviewOutcome.Done) workflow.retry(retried, APPROVER)).draft();

        assertThat(confirmed.status()).isEqualTo(DraftStatus.SENT);
        assertThat(confirmed.history()).last().asString().startsWith("marked sent by ana");
        assertThat(resent.status()).isEqualTo(DraftStatus.SENT);
        assertThat(outbox.delivered).extracting(OutgoingMessage::draftId).containsExactly(retried);
        assertThat(transitions(workflow, marked)).endsWith(DraftStatus.UNCERTAIN, DraftStatus.SENT);
    }

    @Test
    void aPermanentFailureEndsFailedWithItsReasonAndIsNotRetriedBySweeps() {
        RecordingOutbox outbox = new RecordingOutbox();
        outbox.failPermanently("550 5.1.1 mailbox unknown");
        ApprovalWorkflow workflow = process(outbox);
        String id = workflow.create(draft("ACME-1"), AGENT).id();

        DraftView failed = ((ReviewOutcome.Done) workflow.approve(id, APPROVER)).draft();
        clock.advance(Duration.ofHours(1));
        workflow.sweep();
        process(outbox).sweep();

        assertThat(failed.status()).isEqualTo(DraftStatus.FAILED);
        assertThat(workflow.lastError(id)).get().asString().contains("550 5.1.1 mailbox unknown");
        assertThat(failed.history()).last().asString().contains("delivery failed for good").contains("mailbox unknown");
        assertThat(transitions(workflow, id)).containsExactly(DraftStatus.DRAFTED, DraftStatus.APPROVED,
                DraftStatus.SENDING, DraftStatus.FAILED);
        assertThat(outbox.attempts).isEqualTo(1);
    }

    /** A draft whose sender died during an SMTP-like (not idempotent) delivery, settled by a sweep. */
    private String uncertainDraft(RecordingOutbox outbox) {
        ApprovalWorkflow dying = process(new CrashingOutbox(outbox, CrashingOutbox.When.BEFORE_DELIVERY));
        String id = dying.create(draft("ACME-" + System.nanoTime()), AGENT).id();
        assertThatThrownBy(() -> dying.approve(id, APPROVER)).isInstanceOf(CrashingOutbox.ProcessDied.class);
        clock.advance(Duration.ofSeconds(settings().claimTimeoutSeconds()));
        process(outbox).sweep();
        assertThat(process(outbox).find(id).orElseThrow().status()).isEqualTo(DraftStatus.UNCERTAIN);
        return id;
    }

    @Test
    void anEditAfterApprovalReturnsTheDraftToDraftedAndItNeedsApprovingAgain() {
        RecordingOutbox outbox = new RecordingOutbox();
        outbox.failNext(1);
        ApprovalWorkflow workflow = process(outbox);
        String id = workflow.create(draft("ACME-1"), AGENT).id();
        workflow.approve(id, APPROVER);

        DraftView edited = ((ReviewOutcome.Done) workflow.edit(id, AGENT, "Changed after approval", null)).draft();

        assertThat(edited.status()).isEqualTo(DraftStatus.DRAFTED);
        assertThat(workflow.lastError(id)).isEmpty();
        assertThat(workflow.sweep().resumed()).isZero();
        assertThat(workflow.retry(id, APPROVER)).isInstanceOf(ReviewOutcome.Refused.class);
        assertThat(outbox.delivered).isEmpty();

        workflow.approve(id, APPROVER);
        assertThat(outbox.delivered).extracting(OutgoingMessage::subject).containsExactly("Changed after approval");
    }

    @Test
    void aDraftNotReviewedWithinTheExpiryDaysExpiresAndCanNoLongerBeApproved() {
        RecordingOutbox outbox = new RecordingOutbox();
        ApprovalWorkflow workflow = process(outbox);
        String id = workflow.create(draft("ACME-1"), AGENT).id();

        clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(workflow.find(id).orElseThrow().status()).isEqualTo(DraftStatus.DRAFTED);
        clock.advance(Duration.ofSeconds(1));
        ReviewOutcome late = workflow.approve(id, APPROVER);

        assertThat(late).isInstanceOf(ReviewOutcome.Refused.class);
        assertThat(((ReviewOutcome.Refused) late).reason()).contains("expired");
        assertThat(workflow.find(id).orElseThrow().status()).isEqualTo(DraftStatus.EXPIRED);
        assertThat(workflow.audit(Optional.of(id))).last()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(ApprovalWorkflow.SYSTEM));
        assertThat(outbox.delivered).isEmpty();
    }

    @Test
    void theExpiryIsConfigurable() {
        ApprovalWorkflow workflow = new ApprovalWorkflow(new SqlDraftStore(jdbi()), new SqlAuditLog(jdbi()),
                new RecordingOutbox(),
                OutreachFixtures.settings(2, "file", null), clock);
        String id = workflow.create(draft("ACME-1"), AGENT).id();

        clock.advance(Duration.ofDays(2));

        assertThat(workflow.expireDue()).isEqualTo(1);
        assertThat(workflow.find(id).orElseThrow().status()).isEqualTo(DraftStatus.EXPIRED);
    }

    @Test
    void aRejectedDraftKeepsTheReasonAndIsNeverSent() {
        RecordingOutbox outbox = new RecordingOutbox();
        ApprovalWorkflow workflow = process(outbox);
        String id = workflow.create(draft("ACME-1"), AGENT).id();

        DraftView rejected = ((ReviewOutcome.Done) workflow.reject(id, APPROVER, "too pushy")).draft();
        ReviewOutcome approveAfter = workflow.approve(id, APPROVER);

        assertThat(rejected.status()).isEqualTo(DraftStatus.REJECTED);
        assertThat(rejected.history()).last().asString().contains("rejected by ana").endsWith("too pushy");
        assertThat(approveAfter).isInstanceOf(ReviewOutcome.Refused.class);
        assertThat(outbox.delivered).isEmpty();
    }

    @Test
    void theAuditLogHoldsEveryTransitionInOrderWithWhoAndWhen() {
        RecordingOutbox outbox = new RecordingOutbox();
        ApprovalWorkflow workflow = process(outbox);
        String id = workflow.create(draft("ACME-1"), AGENT).id();
        clock.advance(Duration.ofMinutes(5));
        workflow.edit(id, AGENT, "Edited subject", null);
        clock.advance(Duration.ofMinutes(5));
        workflow.approve(id, APPROVER);

        List<AuditEntry> entries = workflow.audit(Optional.of(id));

        assertThat(entries).extracting(AuditEntry::from).containsExactly(null, DraftStatus.DRAFTED,
                DraftStatus.EDITED, DraftStatus.APPROVED, DraftStatus.SENDING);
        assertThat(entries).extracting(AuditEntry::to).containsExactly(DraftStatus.DRAFTED, DraftStatus.EDITED,
                DraftStatus.APPROVED, DraftStatus.SENDING, DraftStatus.SENT);
        assertThat(entries).extracting(AuditEntry::actor).containsExactly("sam", "sam", "ana", "ana",
                ApprovalWorkflow.SYSTEM);
        assertThat(entries).extracting(AuditEntry::at).isSorted();
        assertThat(entries.get(0).subject()).isEqualTo(draft("ACME-1").subject());
        assertThat(entries.get(1).subject()).isEqualTo("Edited subject");
        assertThat(entries).extracting(AuditEntry::id).isSorted();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditEntries() {
        ApprovalWorkflow workflow = process(new RecordingOutbox());
        String id = workflow.create(draft("ACME-1"), AGENT).id();
        Jdbi jdbi = jdbi();

        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("UPDATE draft_audit SET actor = 'mallory'")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("DELETE FROM draft_audit")))
                .hasMessageContaining("append-only");
        assertThat(workflow.audit(Optional.of(id))).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("sam"));
    }

    @Test
    void everyTransitionQueuesACardUpdateInItsOwnTransactionAndNothingIsShownInProcess() {
        try (io.tenure.jobs.Jobs jobs = new io.tenure.jobs.Jobs(TestDatabases.open(data).dataSource())) {
            ApprovalWorkflow workflow = new ApprovalWorkflow(new SqlDraftStore(jdbi()), new SqlAuditLog(jdbi()),
                    new RecordingOutbox(), settings(), clock, jobs, true);
            List<String> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
            workflow.subscribe(draft -> shown.add(draft.status().name()));
            String id = workflow.create(draft("ACME-1"), AGENT).id();

            workflow.edit(id, AGENT, "New subject", null);
            workflow.reject(id, APPROVER, "not now");

            assertThat(jobs.pending(OutreachJobs.CARD)).isEqualTo(3);
            assertThat(shown).isEmpty();
        }
    }

    @Test
    void onlyStaffMayCreateDrafts() {
        ApprovalWorkflow workflow = process(new RecordingOutbox());

        assertThatThrownBy(() -> workflow.create(draft("ACME-1"), CUSTOMER)).isInstanceOf(io.tenure.UserError.class);
        assertThat(workflow.list(Optional.empty())).isEmpty();
    }

    private List<Path> emlFiles() throws Exception {
        try (Stream<Path> files = Files.list(data.resolve("outbox"))) {
            return files.filter(f -> f.toString().endsWith(".eml")).toList();
        }
    }
}
