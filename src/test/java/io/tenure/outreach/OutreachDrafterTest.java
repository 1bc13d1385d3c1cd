package io.tenure.outreach;

import io.tenure.support.TestDatabases;
import static io.tenure.outreach.OutreachFixtures.AGENT;
import static io.tenure.outreach.OutreachFixtures.CUSTOMER;
import static io.tenure.outreach.OutreachFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.tenure.UserError;
import io.tenure.config.Secrets;
import io.tenure.llm.LanguageModel;
import io.tenure.llm.LanguageModels;
import io.tenure.llm.LlmSettings;
import io.tenure.llm.PromptLibrary;
import io.tenure.storage.Database;
import io.tenure.storage.outreach.SqlAuditLog;
import io.tenure.storage.outreach.SqlDraftStore;
import io.tenure.support.CapturedLogs;
import io.tenure.support.FakeOpenAiServer;
import io.tenure.support.FixedAccounts;
import io.tenure.support.TestClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutreachDrafterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @TempDir
    Path data;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-21T09:00:00Z"));
    private final DraftTopics topics = DraftTopics.load("config/outreach-templates/topics.yaml");
    private final DraftTemplates templates = DraftTemplates.load("config/outreach-templates", topics);
    private final ProductChanges changes = ProductChanges.load("config/product-changes.yaml");
    private FakeOpenAiServer server;
    private ApprovalWorkflow workflow;

    private final FixedAccounts accounts = new FixedAccounts(
            FixedAccounts.account("PAY-1").language("ko").fired("payment-failed", "latest payment failed on 2026-11-18")
                    .on(TODAY),
            FixedAccounts.account("ONB-1").language("ja").fired("onboarding-missed", "milestone 'import' due 2026-11-01")
                    .on(TODAY),
            FixedAccounts.account("SUP-1").language("th").fired("tickets-3-in-7d", "3 tickets opened in 7 days")
                    .fired("nps-below-7", "latest NPS 5").on(TODAY),
            FixedAccounts.account("VAL-1").language("id").fired("renewal-30d-low-health", "renews 2026-12-10, health 45")
                    .on(TODAY),
            FixedAccounts.account("GONE-1").language("en").name("Gone Corp").cancelled(LocalDate.of(2026, 8, 23), "too expensive")
                    .fired("winback-30-60-90", "cancelled 90 days ago, on 2026-08-23").on(TODAY),
            FixedAccounts.account("QUIET-1").language("de").fired("no-login-10d", "last login 12 days ago").on(TODAY),
            FixedAccounts.account("NOMAIL-1").email(null).fired("no-login-10d", "last login 12 days ago").on(TODAY),
            FixedAccounts.account("ASKED-1").language("en").fired("tickets-3-in-7d", "3 tickets opened in 7 days")
                    .fired("cancel-intent", "asked how to cancel on 2026-11-21").on(TODAY));

    @BeforeEach
    void start() throws Exception {
        server = new FakeOpenAiServer();
        Jdbi jdbi = TestDatabases.open(data).jdbi();
        workflow = new ApprovalWorkflow(new SqlDraftStore(jdbi), new SqlAuditLog(jdbi), new RecordingOutbox(), settings(),
                clock);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private OutreachDrafter drafter(LanguageModel model, boolean shareContactDetails) {
        DraftComposer composer = new DraftComposer(model, new PromptLibrary("prompts"), templates, changes,
                "Customer Success", shareContactDetails);
        return new OutreachDrafter(accounts, topics, composer, workflow, clock);
    }

    private LanguageModel model(boolean share) {
        return LanguageModels.fromSettings(new LlmSettings("openai", "test-model", server.baseUrl(), 5, 400, 0.0,
                share, "prompts"), new Secrets(Map.of("TENURE_LLM_API_KEY", "sk-test-key")));
    }

    @Test
    void aFailedPaymentGetsABillingDraftInTheAccountsLanguageSayingHowToUpdatePaymentDetails() {
        DraftView draft = drafter(LanguageModel.none(), false).draft("PAY-1", null, AGENT);

        assertThat(draft.kind()).isEqualTo("billing");
        assertThat(draft.language()).isEqualTo("ko");
        assertThat(draft.subject()).isEqualTo("최근 결제가 완료되지 않았습니다");
        assertThat(draft.body()).contains("설정 → 결제 → 결제 수단").contains("PAY-1 Ltd");
        assertThat(draft.recipient()).isEqualTo("ops@pay-1.test");
        assertThat(draft.status()).isEqualTo(DraftStatus.DRAFTED);
        assertThat(draft.riskReason()).contains("latest payment failed").contains("[payment-failed]");
    }

    @Test
    void stalledOnboardingGetsNextStepsAndAnOfferOfHelp() {
        DraftView draft = drafter(LanguageModel.none(), false).draft("ONB-1", null, AGENT);

        assertThat(draft.kind()).isEqualTo("check-in");
        assertThat(draft.language()).isEqualTo("ja");
        assertThat(draft.body()).contains("次のステップ").contains("導入スペシャリスト");
    }

    @Test
    void supportTroubleIsAcknowledgedWithWhatWasFixedAndComesBeforeALowScore() {
        DraftView draft = drafter(LanguageModel.none(), false).draft("SUP-1", null, AGENT);

        assertThat(draft.kind()).isEqualTo("check-in");
        assertThat(draft.language()).isEqualTo("th");
        assertThat(draft.body()).contains("ขออภัย")
                .contains("การส่งออกรายงานขนาดใหญ่ไม่หมดเวลาอีกต่อไป");
    }

    @Test
    void lowValueGetsAPauseOrFlexiblePlanOffer() {
        DraftView draft = drafter(LanguageModel.none(), false).draft("VAL-1", null, AGENT);

        assertThat(draft.kind()).isEqualTo("save-offer");
        assertThat(draft.language()).isEqualTo("id");
        assertThat(draft.body()).contains("menjeda langganan").contains("bulanan");
    }

    @Test
    void aCancelledAccountGetsAWinBackSayingWhatChangedSinceItLeft() {
        DraftView draft = drafter(LanguageModel.none(), false).draft("GONE-1", null, AGENT);

        assertThat(draft.kind()).isEqualTo("win-back");
        assertThat(draft.body()).contains("2026-08-23")
                .contains("Monthly plans and pausing a subscription")
                .contains("Large report exports no longer time out");
    }

    @Test
    void anAccountInALanguageWeDoNotWriteGetsEnglish() {
        DraftView draft = drafter(LanguageModel.none(), false).draft("QUIET-1", null, AGENT);

        assertThat(draft.language()).isEqualTo("en");
        assertThat(draft.subject()).isEqualTo("Checking in");
    }

    @Test
    void theKindAskedForWinsOverTheOneTheReasonsSuggest() {
        DraftView draft = drafter(LanguageModel.none(), false).draft("PAY-1", DraftKind.SAVE_OFFER, AGENT);

        assertThat(draft.kind()).isEqualTo("save-offer");
        assertThat(draft.subject()).isEqualTo("더 유연한 요금제를 제안드립니다");
    }

    @Test
    void anUnknownAccountAnAccountWithoutEmailAndACustomerAreRefusedAndNothingIsStored() {
        OutreachDrafter drafter = drafter(LanguageModel.none(), false);

        assertThatThrownBy(() -> drafter.draft("NOPE-9", null, AGENT)).isInstanceOf(UserError.class)
                .hasMessageContaining("NOPE-9");
        assertThatThrownBy(() -> drafter.draft("NOMAIL-1", null, AGENT)).isInstanceOf(UserError.class)
                .hasMessageContaining("contact email");
        assertThatThrownBy(() -> drafter.draft("PAY-1", null, CUSTOMER)).isInstanceOf(UserError.class);
        assertThat(workflow.list(Optional.empty())).isEmpty();
    }

    @Test
    void withAModelTheDraftIsItsTextWithTheCustomersNameFilledInAndNoContactDetailsSent() throws Exception {
        server.replyWith("Subject: Let's fix your payment together\nBody:\nHi [CUSTOMER] team,\n\n"
                + "Your card was declined. Update it under Settings → Billing.\n\nCustomer Success");

        DraftView draft = drafter(model(false), false).draft("PAY-1", null, AGENT);

        assertThat(draft.subject()).isEqualTo("Let's fix your payment together");
        assertThat(draft.body()).startsWith("Hi PAY-1 Ltd team,").contains("Settings → Billing");
        JsonNode request = server.takeRequest();
        String prompt = FakeOpenAiServer.promptOf(request);
        assertThat(request.toString()).doesNotContain("ops@pay-1.test").doesNotContain("PAY-1 Ltd");
        assertThat(prompt).contains("Korean").contains("[CUSTOMER]").contains("Settings → Billing → Payment method");
    }

    @Test
    void theCustomersNameGoesToTheModelOnlyWhenConfigured() throws Exception {
        server.replyWith("Subject: Hello\nBody:\nHi PAY-1 Ltd team, please update your card.");

        drafter(model(true), true).draft("PAY-1", null, AGENT);

        assertThat(FakeOpenAiServer.promptOf(server.takeRequest())).contains("PAY-1 Ltd");
    }

    @Test
    void aModelAnswerNotInTheAgreedFormFallsBackToTheTemplateAndTheLogSaysWhy() {
        server.replyWith("Sure! Here is an email you could send: Dear customer, please pay.");

        try (CapturedLogs logs = new CapturedLogs(DraftComposer.class)) {
            DraftView draft = drafter(model(false), false).draft("PAY-1", null, AGENT);

            assertThat(draft.subject()).isEqualTo("최근 결제가 완료되지 않았습니다");
            assertThat(logs.messages()).anyMatch(m -> m.contains("PAY-1") && m.contains("template") && m.contains("form"));
        }
    }

    @Test
    void aFailingModelFallsBackToTheTemplate() {
        server.failWith(500);

        DraftView draft = drafter(model(false), false).draft("GONE-1", null, AGENT);

        assertThat(draft.kind()).isEqualTo("win-back");
        assertThat(draft.subject()).isEqualTo("What has changed at our end since you left");
    }

    @Test
    void everyLanguageHasATemplateForEveryTopic() {
        for (String language : DraftTemplates.LANGUAGES) {
            for (DraftTopics.Topic topic : topics.all()) {
                DraftTemplates.Template template = templates.template(language, topic.name());
                assertThat(template.subject().fill(Map.of())).as(language + " " + topic.name()).isNotBlank();
                assertThat(template.body().fill(Map.of())).as(language + " " + topic.name()).isNotBlank();
            }
        }
    }

    @Test
    void anAccountLanguageWithARegionIsWrittenInItsLanguage() {
        assertThat(DraftTemplates.languageFor("ko-KR")).isEqualTo("ko");
        assertThat(DraftTemplates.languageFor("in")).isEqualTo("id");
        assertThat(DraftTemplates.languageFor("")).isEqualTo("en");
        assertThat(DraftTemplates.languageFor(null)).isEqualTo("en");
    }

    @Test
    void theModelAnswerParserAcceptsOnlySubjectThenBody() {
        assertThat(DraftComposer.parse("Subject: Hi\nBody:\nText", "en", "X")).isPresent();
        assertThat(DraftComposer.parse("Subject: Hi\nthere\nBody:\nText", "en", "X")).isEmpty();
        assertThat(DraftComposer.parse("Body:\nText", "en", "X")).isEmpty();
        assertThat(DraftComposer.parse("Subject: Hi\nBody:\n", "en", "X")).isEmpty();
    }


    @Test
    void afterACancellationQuestionAManualDraftIsTheSaveOfferNotASupportApology() {
        DraftView draft = drafter(LanguageModel.none(), false).draft("ASKED-1", null, AGENT);

        assertThat(draft.kind()).isEqualTo("save-offer");
        assertThat(draft.body()).doesNotContain("we are sorry");
    }

    @Test
    void aSecondDraftOfTheSameKindForAnAccountIsRefusedNamingTheOneWaiting() {
        OutreachDrafter drafter = drafter(LanguageModel.none(), false);
        DraftView first = drafter.draft("ASKED-1", null, AGENT);

        assertThatThrownBy(() -> drafter.draft("ASKED-1", DraftKind.SAVE_OFFER, AGENT)).isInstanceOf(UserError.class)
                .hasMessageContaining("already waiting for review: " + first.id());
        assertThat(workflow.pending()).singleElement().extracting(DraftView::id).isEqualTo(first.id());
    }

    @Test
    void aDraftOfAnotherKindForTheSameAccountComesWithANoteAboutTheOneWaiting() {
        OutreachDrafter drafter = drafter(LanguageModel.none(), false);
        DraftView saveOffer = drafter.draft("ASKED-1", null, AGENT);

        DraftView checkIn = drafter.draft("ASKED-1", DraftKind.CHECK_IN, AGENT);

        assertThat(drafter.otherPendingNote(checkIn)).contains(saveOffer.id() + " (save-offer)")
                .contains("send one message");
        assertThat(drafter.otherPendingNote(drafter.draft("PAY-1", null, AGENT))).isEmpty();
    }
}
