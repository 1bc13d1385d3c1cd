package io.tenure;

import io.tenure.support.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.assistant.Caller;
import io.tenure.assistant.Role;
import io.tenure.outreach.ApprovalWorkflow;
import io.tenure.outreach.AuditEntry;
import io.tenure.outreach.DraftKind;
import io.tenure.outreach.DraftStatus;
import io.tenure.outreach.FileOutbox;
import io.tenure.outreach.OutgoingMessage;
import io.tenure.outreach.Outbox;
import io.tenure.outreach.OutreachSettings;
import io.tenure.storage.Database;
import io.tenure.storage.outreach.SqlAuditLog;
import io.tenure.storage.outreach.SqlDraftStore;
import io.tenure.support.TestClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code drafts} and {@code audit} commands, run as a user would, on a real data directory. */
class OutreachCommandLineTest {
    @TempDir
    Path data;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-21T09:00:00Z"));
    private ApprovalWorkflow workflow;
    private String draftId;

    private record Run(int exitCode, String out, String err) {
    }

    private Run tenure(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(new Main().withEnvironment(TestDatabases.environment(data), clock));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        int code = cli.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private ApprovalWorkflow process(Outbox outbox) {
        Jdbi jdbi = TestDatabases.open(data).jdbi();
        return new ApprovalWorkflow(new SqlDraftStore(jdbi), new SqlAuditLog(jdbi), outbox, settings(), clock);
    }

    @BeforeEach
    void aDraftAwaitsReview() {
        workflow = process(new FileOutbox(data.resolve("outbox")));
        draftId = workflow.create(new ApprovalWorkflow.NewDraft("ACME-1", "Acme", DraftKind.CHECK_IN, "engagement", "en",
                "ops@acme.test", "last login 12 days ago [no-login-10d]", "Checking in", "Hi Acme team,\n\nAll well?",
                "template"), new Caller("agent", "cli", Set.of(Role.AGENT))).id();
    }

    @Test
    void draftsListAsJsonGivesTheAgreedFields() throws Exception {
        Run run = tenure("drafts", "list", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode list = new ObjectMapper().readTree(run.out());
        assertThat(list).hasSize(1);
        List<String> fields = new ArrayList<>();
        Iterator<String> names = list.get(0).fieldNames();
        names.forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "account_id", "kind", "language", "subject", "body", "status");
        assertThat(list.get(0).path("id").asText()).isEqualTo(draftId);
        assertThat(list.get(0).path("status").asText()).isEqualTo("drafted");
    }

    @Test
    void anApprovalByANonApproverExitsNonZeroWithTheReasonAndChangesNothing() {
        List<AuditEntry> before = workflow.audit(Optional.empty());

        Run run = tenure("drafts", "approve", draftId, "--by", "agent");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("agent may not approve").contains("approver");
        assertThat(workflow.find(draftId).orElseThrow().status()).isEqualTo(DraftStatus.DRAFTED);
        assertThat(workflow.audit(Optional.empty())).isEqualTo(before);
        assertThat(Files.exists(data.resolve("outbox"))).isFalse();
    }

    @Test
    void anApproverApprovesAndTheMessageIsInTheOutboxAtOnce() {
        Run run = tenure("drafts", "approve", draftId, "--by", "approver");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("sent").contains("approved by approver");
        assertThat(data.resolve("outbox").resolve(draftId + ".eml")).exists();
        assertThat(workflow.find(draftId).orElseThrow().status()).isEqualTo(DraftStatus.SENT);
    }

    @Test
    void editThenRejectAreRecordedInTheAuditInOrder() throws Exception {
        Path body = data.resolve("body.txt");
        Files.writeString(body, "Hi Acme team,\n\nA new body.");

        Run edit = tenure("drafts", "edit", draftId, "--by", "agent", "--subject", "A better subject", "--body-file",
                body.toString());
        Run reject = tenure("drafts", "reject", draftId, "--by", "approver", "--reason", "tone is off");
        Run audit = tenure("audit", "--draft", draftId, "--json");

        assertThat(edit.exitCode()).isZero();
        assertThat(reject.exitCode()).isZero();
        JsonNode entries = new ObjectMapper().readTree(audit.out());
        assertThat(entries).hasSize(3);
        assertThat(entries.get(1).path("to").asText()).isEqualTo("edited");
        assertThat(entries.get(1).path("subject").asText()).isEqualTo("A better subject");
        assertThat(entries.get(1).path("body").asText()).isEqualTo("Hi Acme team,\n\nA new body.");
        assertThat(entries.get(2).path("to").asText()).isEqualTo("rejected");
        assertThat(entries.get(2).path("actor").asText()).isEqualTo("approver");
        assertThat(entries.get(2).path("note").asText()).isEqualTo("tone is off");
    }

    @Test
    void refusedAndImpossibleRequestsExitNonZeroWithTheReason() {
        Run unknown = tenure("drafts", "show", "d-nothere");
        Run badStatus = tenure("drafts", "list", "--status", "pending");
        Run noAccount = tenure("draft", "NOPE-1");
        Run badKind = tenure("draft", "ACME-1", "--kind", "discount");

        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("no draft d-nothere");
        assertThat(badStatus.exitCode()).isNotZero();
        assertThat(badStatus.err()).contains("--status");
        assertThat(noAccount.exitCode()).isNotZero();
        assertThat(noAccount.err()).contains("no account NOPE-1");
        assertThat(badKind.exitCode()).isNotZero();
        assertThat(badKind.err()).contains("check-in, save-offer, win-back, billing");
        assertThat(workflow.list(Optional.empty())).hasSize(1);
    }

    @Test
    void rejectingFromTheCommandLineNeedsAReasonAsInChatAndChangesNothingWithout() {
        Run missing = tenure("drafts", "reject", draftId, "--by", "approver");
        Run blank = tenure("drafts", "reject", draftId, "--by", "approver", "--reason", "  ");

        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).contains("--reason");
        assertThat(blank.exitCode()).isNotZero();
        assertThat(blank.err()).contains("Say why");
        assertThat(workflow.find(draftId).orElseThrow().status()).isEqualTo(DraftStatus.DRAFTED);
    }

    @Test
    void approvingWithoutByActsAsLocalAsDraftDoes() {
        // local is a manager and an approver in the shipped configuration, as for `tenure draft` and `tenure chat`
        Run run = tenure("drafts", "approve", draftId);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(workflow.find(draftId).orElseThrow().status()).isEqualTo(DraftStatus.SENT);
        assertThat(workflow.audit(Optional.of(draftId))).extracting(AuditEntry::actor).contains("local");
    }

    private static OutreachSettings settings() {
        return new OutreachSettings(7, "Customer Success", "success@example.com", "file", null,
                600, 3, "config/outreach-templates", "config/product-changes.yaml");
    }

    @Test
    void markingAnUncertainDeliverySentWithoutByActsAsLocalAsTheOtherStepsDo() {
        ApprovalWorkflow dying = process(new Outbox() {
            @Override
            public void deliver(OutgoingMessage message) {
                // An Error is not a failed delivery: it unwinds as a killed process would leave the claim.
                throw new StackOverflowError("the sender died between claim and delivery");
            }

            @Override
            public String description() {
                return "dying outbox";
            }
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dying.approve(draftId,
                new Caller("ana", "cli", Set.of(Role.APPROVER)))).isInstanceOf(StackOverflowError.class);
        clock.advance(java.time.Duration.ofSeconds(settings().claimTimeoutSeconds()));
        dying.sweep();
        assertThat(workflow.find(draftId).orElseThrow().status()).isEqualTo(DraftStatus.UNCERTAIN);

        Run run = tenure("drafts", "mark-sent", draftId, "--note", "customer replied");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(workflow.find(draftId).orElseThrow().status()).isEqualTo(DraftStatus.SENT);
        assertThat(workflow.audit(Optional.of(draftId))).extracting(AuditEntry::actor).last().isEqualTo("local");
    }
}
