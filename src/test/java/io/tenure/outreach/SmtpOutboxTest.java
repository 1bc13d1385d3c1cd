package io.tenure.outreach;

import io.tenure.support.TestDatabases;
import static io.tenure.outreach.OutreachFixtures.AGENT;
import static io.tenure.outreach.OutreachFixtures.APPROVER;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.tenure.config.Secrets;
import io.tenure.storage.Database;
import io.tenure.storage.outreach.SqlAuditLog;
import io.tenure.storage.outreach.SqlDraftStore;
import io.tenure.support.TestClock;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Delivery through a real SMTP conversation with GreenMail on 127.0.0.1. */
class SmtpOutboxTest {
    @TempDir
    Path data;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-21T09:00:00Z"));
    private GreenMail mail;

    @AfterEach
    void stop() {
        if (mail != null) {
            mail.stop();
        }
    }

    private GreenMail startMailServer(int port) {
        mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer", "s3cret-pass"));
        mail.start();
        return mail;
    }

    private ApprovalWorkflow workflow(int port, String security) {
        return workflow(port, security, "s3cret-pass");
    }

    private ApprovalWorkflow workflow(int port, String security, String password) {
        OutreachSettings settings = OutreachFixtures.settings(7, "smtp",
                new OutreachSettings.Smtp("127.0.0.1", port, security, 5));
        Outbox outbox = Outboxes.fromSettings(settings, data, new Secrets(Map.of(
                Secrets.SMTP_USERNAME, "mailer", Secrets.SMTP_PASSWORD, password)));
        Jdbi jdbi = TestDatabases.open(data).jdbi();
        return new ApprovalWorkflow(new SqlDraftStore(jdbi), new SqlAuditLog(jdbi), outbox, settings, clock);
    }

    private static ApprovalWorkflow.NewDraft koreanDraft() {
        return new ApprovalWorkflow.NewDraft("PAY-1", "PAY-1 Ltd", DraftKind.BILLING, "payment", "ko", "ops@pay-1.test",
                "latest payment failed [payment-failed]", "최근 결제가 완료되지 않았습니다",
                "PAY-1 팀께,\n\n설정 → 결제 → 결제 수단에서 카드를 등록해 주세요.\n\nCustomer Success 드림", "template");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    @Test
    void anApprovedDraftIsSentOverSmtpWithAuthAndItsOwnMessageId() throws Exception {
        int port = freePort();
        startMailServer(port);
        ApprovalWorkflow workflow = workflow(port, "none");
        String id = workflow.create(koreanDraft(), AGENT).id();

        DraftView sent = ((ReviewOutcome.Done) workflow.approve(id, APPROVER)).draft();

        assertThat(sent.status()).isEqualTo(DraftStatus.SENT);
        assertThat(mail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getSubject()).isEqualTo("최근 결제가 완료되지 않았습니다");
        assertThat(((String) message.getContent()).replace("\r\n", "\n")).isEqualTo(koreanDraft().body());
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("success@example.com");
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Customer Success");
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("ops@pay-1.test");
        assertThat(message.getMessageID()).isEqualTo(workflow.audit(Optional.of(id)).get(0).messageId());
        assertThat(message.getHeader("X-Tenure-Draft")[0]).isEqualTo(id);
    }

    @Test
    void theCredentialsFromTheEnvironmentAreUsedSoAWrongPasswordIsRefusedByTheServer() throws Exception {
        int port = freePort();
        startMailServer(port);
        ApprovalWorkflow workflow = workflow(port, "none", "wrong-pass");
        String id = workflow.create(koreanDraft(), AGENT).id();

        DraftView after = ((ReviewOutcome.Done) workflow.approve(id, APPROVER)).draft();

        assertThat(after.status()).isEqualTo(DraftStatus.APPROVED);
        assertThat(workflow.lastError(id)).get().asString().containsIgnoringCase("auth");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void requiredStarttlsIsNeverSkippedAndTheFailureLeavesTheDraftApprovedWithTheError() throws Exception {
        int port = freePort();
        startMailServer(port);
        ApprovalWorkflow workflow = workflow(port, "starttls");
        String id = workflow.create(koreanDraft(), AGENT).id();

        DraftView after = ((ReviewOutcome.Done) workflow.approve(id, APPROVER)).draft();

        assertThat(after.status()).isEqualTo(DraftStatus.APPROVED);
        assertThat(workflow.lastError(id)).isPresent();
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(workflow.audit(Optional.of(id))).last()
                .satisfies(e -> assertThat(e.note()).startsWith("delivery failed"));
    }

    @Test
    void aMailServerThatWasDownGetsTheMessageExactlyOnceOnRetry() throws Exception {
        int port = freePort();
        ApprovalWorkflow workflow = workflow(port, "none");
        String id = workflow.create(koreanDraft(), AGENT).id();

        DraftView failed = ((ReviewOutcome.Done) workflow.approve(id, APPROVER)).draft();
        assertThat(failed.status()).isEqualTo(DraftStatus.APPROVED);
        assertThat(workflow.lastError(id)).get().asString().containsIgnoringCase("connect");

        startMailServer(port);
        DraftView retried = ((ReviewOutcome.Done) workflow.retry(id, APPROVER)).draft();
        ReviewOutcome secondRetry = workflow.retry(id, APPROVER);

        assertThat(retried.status()).isEqualTo(DraftStatus.SENT);
        assertThat(secondRetry).isInstanceOf(ReviewOutcome.Refused.class);
        assertThat(mail.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aDeliveryCutOffAfterTheWholeMessageWasHandedOverIsUncertainAndNeverResentByItself() throws Exception {
        try (SilentAfterDataSmtpServer silent = new SilentAfterDataSmtpServer()) {
            OutreachSettings settings = OutreachFixtures.settings(7, "smtp",
                    new OutreachSettings.Smtp("127.0.0.1", silent.port(), "none", 2));
            Jdbi jdbi = TestDatabases.open(data).jdbi();
            ApprovalWorkflow workflow = new ApprovalWorkflow(new SqlDraftStore(jdbi), new SqlAuditLog(jdbi),
                    Outboxes.fromSettings(settings, data, new Secrets(Map.of())), settings, clock);
            String id = workflow.create(koreanDraft(), AGENT).id();

            DraftView after = ((ReviewOutcome.Done) workflow.approve(id, APPROVER)).draft();
            clock.advance(java.time.Duration.ofHours(1));
            workflow.sweep();

            assertThat(after.status()).isEqualTo(DraftStatus.UNCERTAIN);
            assertThat(workflow.lastError(id)).get().asString().contains("before the server confirmed it");
            assertThat(after.history()).last().asString().contains("delivery uncertain");
            assertThat(workflow.find(id).orElseThrow().status()).isEqualTo(DraftStatus.UNCERTAIN);
            assertThat(silent.messagesReceived).hasValue(1);
        }
    }

    @Test
    void anIllegalAddressFailsForGoodWithItsReasonAndOneAuditEntry() throws Exception {
        int port = freePort();
        startMailServer(port);
        ApprovalWorkflow workflow = workflow(port, "none");
        ApprovalWorkflow.NewDraft twoAddresses = new ApprovalWorkflow.NewDraft("PAY-2", "PAY-2 Ltd", DraftKind.BILLING,
                "payment", "en", "a@pay-2.test, b@pay-2.test", "latest payment failed", "Your payment", "Hello",
                "template");
        String id = workflow.create(twoAddresses, AGENT).id();

        DraftView failed = ((ReviewOutcome.Done) workflow.approve(id, APPROVER)).draft();
        clock.advance(java.time.Duration.ofHours(1));
        workflow.sweep();
        workflow(port, "none").sweep();

        assertThat(failed.status()).isEqualTo(DraftStatus.FAILED);
        assertThat(workflow.lastError(id)).get().asString().contains("illegal address");
        assertThat(workflow.audit(Optional.of(id))).extracting(AuditEntry::to).containsExactly(DraftStatus.DRAFTED,
                DraftStatus.APPROVED, DraftStatus.SENDING, DraftStatus.FAILED);
        assertThat(mail.getReceivedMessages()).isEmpty();
    }
}
