package io.tenure.support;

import io.tenure.assistant.Caller;
import io.tenure.assistant.Role;
import io.tenure.config.ConfigLoader;
import io.tenure.config.TenureConfig;
import io.tenure.outreach.ApprovalWorkflow;
import io.tenure.outreach.AuditEntry;
import io.tenure.outreach.DraftKind;
import io.tenure.outreach.DraftStatus;
import io.tenure.outreach.DraftView;
import io.tenure.outreach.FileOutbox;
import io.tenure.outreach.Outbox;
import io.tenure.outreach.Outboxes;
import io.tenure.outreach.OutreachJobs;
import io.tenure.outreach.OutreachSettings;
import io.tenure.jobs.Jobs;
import io.tenure.storage.Database;
import io.tenure.storage.outreach.SqlAuditLog;
import io.tenure.storage.outreach.SqlDraftStore;
import java.time.Duration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;

/**
 * The real approval workflow as the application wires it (bundled {@code outreach} defaults, the file outbox
 * under the data directory, card and delivery rows in the job table), on the test's SQLite database: what the
 * chat adapters' review-card tests click into. Drafts are created through it; once {@link #startJobs} runs,
 * this "process" works card updates and deliveries as {@code tenure serve} does.
 */
public final class ApprovalsOnDisk implements AutoCloseable {
    /** The staff member the drafts are written for: anyone on staff may ask for one. */
    public static final Caller REQUESTER = new Caller("sam", "console", Set.of(Role.AGENT));

    private final ApprovalWorkflow workflow;
    private final FileOutbox outbox;
    private final Jobs jobs;

    /**
     * With jobs: approvals are delivered by the delivery job, cards shown by the card job.
     *
     * @param dataDir the data directory the database lives in; the outbox is its {@code outbox/} folder
     */
    public ApprovalsOnDisk(Database database, Path dataDir, Clock clock) {
        this(database.jdbi(), new Jobs(database.dataSource(), Duration.ofMillis(100)), dataDir, clock);
    }

    /** Without jobs: another process that only writes drafts; no card rows, approvals delivered at once. */
    public ApprovalsOnDisk(Jdbi jdbi, Path dataDir, Clock clock) {
        this(jdbi, null, dataDir, clock);
    }

    private ApprovalsOnDisk(Jdbi jdbi, Jobs jobs, Path dataDir, Clock clock) {
        TenureConfig config = ConfigLoader.load(null, dataDir, TestDatabases.environment(dataDir));
        OutreachSettings settings = config.section("outreach", OutreachSettings.class).checked();
        Outbox configured = Outboxes.fromSettings(settings, dataDir, config.secrets());
        if (!(configured instanceof FileOutbox files)) {
            throw new IllegalStateException("expected the default file outbox, got " + configured.description());
        }
        this.outbox = files;
        this.jobs = jobs;
        this.workflow = new ApprovalWorkflow(new SqlDraftStore(jdbi), new SqlAuditLog(jdbi), files, settings, clock, jobs,
                true);
    }

    /** Starts working card updates and deliveries, as {@code serve} does (after the adapters subscribed). */
    public ApprovalsOnDisk startJobs() {
        jobs.start(List.of(OutreachJobs.cards(workflow),
                OutreachJobs.delivery(workflow, new Jobs.Retries(Duration.ofMillis(200), 3), Duration.ofHours(1)).get(0)));
        return this;
    }

    @Override
    public void close() {
        if (jobs != null) {
            jobs.close();
        }
    }

    public ApprovalWorkflow workflow() {
        return workflow;
    }

    /** A save offer for the account, stored as drafted; the workflow's listeners hear of it. */
    public DraftView draft(String accountId, String accountName, String riskReason, String subject, String body) {
        return workflow.create(new ApprovalWorkflow.NewDraft(accountId, accountName, DraftKind.SAVE_OFFER, "value",
                "en", "ops@" + accountId.toLowerCase() + ".example", riskReason, subject, body, "template"), REQUESTER);
    }

    /** The draft as stored now. */
    public DraftView stored(String draftId) {
        return workflow.find(draftId).orElseThrow(() -> new AssertionError("no draft " + draftId + " in the database"));
    }

    /** The draft's audit log, oldest first. */
    public List<AuditEntry> audit(String draftId) {
        return workflow.audit(Optional.of(draftId));
    }

    /** The states the draft went through, from its audit log. */
    public List<DraftStatus> transitions(String draftId) {
        return audit(draftId).stream().map(AuditEntry::to).toList();
    }

    /** Where the outbox writes the draft's message once it is sent. */
    public Path messageFor(String draftId) {
        return outbox.fileFor(draftId);
    }

    /** Every message in the outbox, one .eml file per sent draft. */
    public List<Path> sent() {
        if (!Files.isDirectory(outbox.dir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox.dir())) {
            return files.filter(file -> file.getFileName().toString().endsWith(".eml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
