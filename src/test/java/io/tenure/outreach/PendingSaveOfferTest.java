package io.tenure.outreach;

import static io.tenure.outreach.OutreachFixtures.AGENT;
import static io.tenure.outreach.OutreachFixtures.APPROVER;
import static io.tenure.outreach.OutreachFixtures.draft;
import static io.tenure.outreach.OutreachFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenure.UserError;
import io.tenure.storage.outreach.SqlAuditLog;
import io.tenure.storage.outreach.SqlDraftStore;
import io.tenure.support.TestClock;
import io.tenure.support.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PendingSaveOfferTest {
    @TempDir
    Path data;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-21T09:00:00Z"));

    private ApprovalWorkflow process() {
        Jdbi jdbi = TestDatabases.open(data).jdbi();
        return new ApprovalWorkflow(new SqlDraftStore(jdbi), new SqlAuditLog(jdbi), new RecordingOutbox(), settings(),
                clock);
    }

    @Test
    void twoProcessesAddingASaveOfferForOneAccountAtOnceLeaveOnePending() throws Exception {
        List<ApprovalWorkflow> processes = List.of(process(), process(), process(), process());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(processes.size());
        List<Future<String>> results = new ArrayList<>();
        for (ApprovalWorkflow workflow : processes) {
            results.add(threads.submit(() -> {
                start.await();
                try {
                    return workflow.create(draft("ACME-1"), AGENT).id();
                } catch (UserError refused) {
                    return "refused: " + refused.getMessage();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        threads.shutdown();

        assertThat(outcomes).filteredOn(o -> !o.startsWith("refused")).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.startsWith("refused")).hasSize(processes.size() - 1)
                .allSatisfy(o -> assertThat(o).contains("already waiting for approval"));
        assertThat(processes.get(0).pending()).hasSize(1);
    }

    @Test
    void onceTheWaitingSaveOfferIsRejectedANewOneCanBeAdded() {
        ApprovalWorkflow workflow = process();
        String first = workflow.create(draft("ACME-1"), AGENT).id();
        assertThatThrownBy(() -> workflow.create(draft("ACME-1"), AGENT)).isInstanceOf(UserError.class)
                .hasMessageContaining("ACME-1");

        workflow.reject(first, APPROVER, "not now");
        String second = workflow.create(draft("ACME-1"), AGENT).id();

        assertThat(second).isNotEqualTo(first);
        assertThat(workflow.pending()).extracting(DraftView::id).containsExactly(second);
    }
}
