package io.tenure.outreach;

import static io.tenure.outreach.OutreachFixtures.AGENT;
import static io.tenure.outreach.OutreachFixtures.APPROVER;
import static io.tenure.outreach.OutreachFixtures.draft;
import static io.tenure.outreach.OutreachFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.jobs.Jobs;
import io.tenure.storage.Database;
import io.tenure.storage.outreach.SqlAuditLog;
import io.tenure.storage.outreach.SqlDraftStore;
import io.tenure.support.TestDatabases;
import io.tenure.support.Eventually;
import io.tenure.support.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Approvals queue a delivery row; the delivery job on a scheduler thread sends it, retries and gives up. */
class DeliveryJobsTest {
    private static final Jobs.Retries FAST = new Jobs.Retries(Duration.ofMillis(150), 2);

    @TempDir
    Path data;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-21T09:00:00Z"));

    /** A process: its workflow on the shared file, writing job rows; it works them once started. */
    private record Process(ApprovalWorkflow workflow, Jobs jobs) implements AutoCloseable {
        Process start() {
            jobs.start(OutreachJobs.delivery(workflow, FAST, Duration.ofHours(1)));
            return this;
        }

        @Override
        public void close() {
            jobs.close();
        }
    }

    private Process process(Outbox outbox) {
        Database database = TestDatabases.open(data);
        Jobs jobs = new Jobs(database.dataSource(), Duration.ofMillis(50));
        return new Process(new ApprovalWorkflow(new SqlDraftStore(database.jdbi()), new SqlAuditLog(database.jdbi()),
                outbox, settings(), clock, jobs, false), jobs);
    }

    @Test
    void anApprovalOnTheClickPathReturnsAtOnceAndTheDeliveryJobSendsIt() {
        RecordingOutbox outbox = new RecordingOutbox();
        try (Process clicker = process(outbox); Process worker = process(outbox)) {
            String id = clicker.workflow().create(draft("ACME-1"), AGENT).id();

            DraftView approved = ((ReviewOutcome.Done) clicker.workflow().approve(id, APPROVER)).draft();
            assertThat(approved.status()).isEqualTo(DraftStatus.APPROVED);
            assertThat(outbox.delivered).isEmpty();

            worker.start();
            Eventually.until(Duration.ofSeconds(20), "the draft is sent",
                    () -> worker.workflow().find(id).orElseThrow().status() == DraftStatus.SENT);
            Eventually.until(Duration.ofSeconds(5), "the row is done", () -> worker.jobs().pending(OutreachJobs.DELIVERY) == 0);
            assertThat(outbox.delivered).extracting(OutgoingMessage::draftId).containsExactly(id);
            assertThat(worker.workflow().audit(Optional.of(id))).extracting(AuditEntry::actor)
                    .containsExactly("sam", "ana", ApprovalWorkflow.SYSTEM, ApprovalWorkflow.SYSTEM);
        }
    }

    @Test
    void aDeliveryFailingForNowIsRetriedWithBackoffAndThenFailsForGoodWithoutMoreAttempts() throws Exception {
        RecordingOutbox outbox = new RecordingOutbox();
        outbox.failNext(100);
        try (Process process = process(outbox)) {
            String id = process.workflow().create(draft("ACME-1"), AGENT).id();
            process.workflow().approve(id, APPROVER);

            process.start();
            Eventually.until(Duration.ofSeconds(30), "the draft fails for good",
                    () -> process.workflow().find(id).orElseThrow().status() == DraftStatus.FAILED);
            Thread.sleep(1500);

            assertThat(outbox.attempts).isEqualTo(FAST.max() + 1);
            assertThat(process.jobs().pending(OutreachJobs.DELIVERY)).isZero();
            DraftView failed = process.workflow().find(id).orElseThrow();
            assertThat(failed.history()).last().asString().contains("failed").contains("Connection refused");
            List<DraftStatus> transitions = process.workflow().audit(Optional.of(id)).stream().map(AuditEntry::to).toList();
            assertThat(transitions).containsExactly(DraftStatus.DRAFTED, DraftStatus.APPROVED,
                    DraftStatus.SENDING, DraftStatus.APPROVED, DraftStatus.SENDING, DraftStatus.APPROVED,
                    DraftStatus.SENDING, DraftStatus.APPROVED, DraftStatus.FAILED);
        }
    }

    @Test
    void aDeliveryFailingOnceIsSentByTheRetryAndNotTwice() {
        RecordingOutbox outbox = new RecordingOutbox();
        outbox.failNext(1);
        try (Process process = process(outbox).start()) {
            String id = process.workflow().create(draft("ACME-1"), AGENT).id();
            process.workflow().approve(id, APPROVER);

            Eventually.until(Duration.ofSeconds(20), "the draft is sent",
                    () -> process.workflow().find(id).orElseThrow().status() == DraftStatus.SENT);
            Eventually.until(Duration.ofSeconds(5), "the row is done", () -> process.jobs().pending(OutreachJobs.DELIVERY) == 0);

            assertThat(outbox.delivered).hasSize(1);
            assertThat(outbox.attempts).isEqualTo(2);
        }
    }

    @Test
    void anEditAfterApprovalLeavesTheQueuedDeliveryNothingToSend() throws Exception {
        RecordingOutbox outbox = new RecordingOutbox();
        try (Process clicker = process(outbox); Process worker = process(outbox)) {
            String id = clicker.workflow().create(draft("ACME-1"), AGENT).id();
            clicker.workflow().approve(id, APPROVER);
            clicker.workflow().edit(id, AGENT, "Second thoughts", null);

            worker.start();
            Eventually.until(Duration.ofSeconds(10), "the row is done", () -> worker.jobs().pending(OutreachJobs.DELIVERY) == 0);

            assertThat(outbox.attempts).isZero();
            assertThat(worker.workflow().find(id).orElseThrow().status()).isEqualTo(DraftStatus.DRAFTED);
        }
    }
}
