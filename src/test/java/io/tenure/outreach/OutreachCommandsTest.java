package io.tenure.outreach;

import io.tenure.storage.assistant.SqlQuestionLog;
import io.tenure.support.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.assistant.Assistant;
import io.tenure.assistant.Caller;
import io.tenure.assistant.ChannelKind;
import io.tenure.assistant.Command;
import io.tenure.assistant.Inbound;
import io.tenure.assistant.QuestionLog;
import io.tenure.assistant.Reply;
import io.tenure.assistant.Role;
import io.tenure.knowledge.Answer;
import io.tenure.llm.AccountSummarizer;
import io.tenure.llm.AccountSummaryCommand;
import io.tenure.llm.LanguageModel;
import io.tenure.llm.PromptLibrary;
import io.tenure.storage.Database;
import io.tenure.storage.outreach.SqlAuditLog;
import io.tenure.storage.outreach.SqlDraftStore;
import io.tenure.support.FixedAccounts;
import io.tenure.support.TestClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Summaries, drafts and approvals asked for in chat, through the real assistant. */
class OutreachCommandsTest {
    @TempDir
    Path data;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-21T09:00:00Z"));
    private final Caller agent = new Caller("sam", "console", Set.of(Role.AGENT));
    private final Caller approver = new Caller("ana", "console", Set.of(Role.APPROVER));
    private final Caller manager = new Caller("mo", "console", Set.of(Role.MANAGER));
    private RecordingOutbox outbox;
    private ApprovalWorkflow workflow;
    private Assistant assistant;

    @BeforeEach
    void start() {
        FixedAccounts accounts = new FixedAccounts(FixedAccounts.account("PAY-1").language("ko").score(30)
                .fired("payment-failed", "latest payment failed on 2026-11-18").on(LocalDate.of(2026, 11, 21)));
        Database database = TestDatabases.open(data);
        outbox = new RecordingOutbox();
        workflow = new ApprovalWorkflow(new SqlDraftStore(database.jdbi()), new SqlAuditLog(database.jdbi()), outbox,
                OutreachFixtures.settings(), clock);
        DraftTopics topics = DraftTopics.load("config/outreach-templates/topics.yaml");
        DraftComposer composer = new DraftComposer(LanguageModel.none(), new PromptLibrary("prompts"),
                DraftTemplates.load("config/outreach-templates", topics),
                ProductChanges.load("config/product-changes.yaml"), "Customer Success", false);
        OutreachDrafter drafter = new OutreachDrafter(accounts, topics, composer, workflow, clock);
        AccountSummarizer summarizer = new AccountSummarizer(LanguageModel.none(), new PromptLibrary("prompts"),
                "prompts", false);
        List<Command> commands = new ArrayList<>();
        commands.add(new AccountSummaryCommand(accounts, summarizer, clock));
        commands.addAll(OutreachCommands.all(drafter, workflow));
        assistant = new Assistant(question -> new Answer("A help-center answer.", "en", false, List.of()),
                new SqlQuestionLog(database.jdbi(), clock), commands);
    }

    private Reply say(Caller caller, String text) {
        return assistant.handle(new Inbound(caller, ChannelKind.DIRECT, "console", text));
    }

    @Test
    void anAgentGetsTheSummaryOfAnAccount() {
        Reply reply = say(agent, "summary PAY-1");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ACCOUNT_DATA);
        assertThat(reply.text()).contains("PAY-1").contains("[payment-failed]");
    }

    @Test
    void aDraftAskedForInChatComesBackAsADraftReplyWithItsId() {
        Reply reply = say(manager, "draft PAY-1");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.DRAFT);
        assertThat(reply.draftId()).isNotNull();
        assertThat(reply.text()).contains("billing").contains("최근 결제가 완료되지 않았습니다");
        assertThat(workflow.find(reply.draftId()).orElseThrow().status()).isEqualTo(DraftStatus.DRAFTED);
    }

    @Test
    void anApproverApprovesInChatAndTheDraftIsSentOnce() {
        String id = say(agent, "draft PAY-1 save-offer").draftId();

        Reply reply = say(approver, "approve " + id);
        Reply again = say(approver, "approve " + id);

        assertThat(reply.kind()).isEqualTo(Reply.Kind.DRAFT);
        assertThat(reply.draftId()).isEqualTo(id);
        assertThat(reply.text()).contains("sent");
        assertThat(again.kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(outbox.delivered).hasSize(1);
    }

    @Test
    void anAgentCannotApproveOrRejectInChatAndNothingChanges() {
        String id = say(agent, "draft PAY-1").draftId();

        Reply approve = say(agent, "approve " + id);
        Reply reject = say(agent, "reject " + id + " not needed");

        assertThat(approve.kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(reject.kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(workflow.find(id).orElseThrow().status()).isEqualTo(DraftStatus.DRAFTED);
        assertThat(workflow.audit(Optional.of(id))).hasSize(1);
    }

    @Test
    void aRejectionInChatNeedsAReason() {
        String id = say(agent, "draft PAY-1").draftId();

        Reply withoutReason = say(approver, "reject " + id);
        Reply withReason = say(approver, "reject " + id + " we already called them");

        assertThat(withoutReason.kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(withReason.kind()).isEqualTo(Reply.Kind.DRAFT);
        assertThat(workflow.find(id).orElseThrow().history()).last().asString().endsWith("we already called them");
    }

    @Test
    void draftsListsWhatWaitsForReview() {
        String id = say(agent, "draft PAY-1").draftId();

        Reply reply = say(approver, "drafts");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ACCOUNT_DATA);
        assertThat(reply.text()).contains(id).contains("PAY-1");
    }

    @Test
    void ordinaryQuestionsStartingWithACommandWordStayQuestions() {
        Reply reply = say(approver, "approve my refund please");

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
    }
}
