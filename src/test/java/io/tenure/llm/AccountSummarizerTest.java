package io.tenure.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.tenure.config.ConfigException;
import io.tenure.config.Secrets;
import io.tenure.health.AccountHealth;
import io.tenure.support.CapturedLogs;
import io.tenure.support.FakeOpenAiServer;
import io.tenure.support.FixedAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountSummarizerTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);
    private static final AccountHealth AT_RISK = FixedAccounts.account("ACME-1").name("Acme Robotics")
            .email("jane.doe@acme-robotics.test").score(32)
            .fired("payment-failed", "latest payment failed on 2026-11-18 (49.00 USD)")
            .fired("no-login-10d", "last login 12 days ago, on 2026-11-09")
            .on(AS_OF);

    private FakeOpenAiServer server;
    private CapturedLogs logs;

    @BeforeEach
    void start() throws Exception {
        server = new FakeOpenAiServer();
        logs = new CapturedLogs(AccountSummarizer.class);
    }

    @AfterEach
    void stop() throws Exception {
        logs.close();
        server.close();
    }

    private AccountSummarizer summarizer(int timeoutSeconds, boolean shareContactDetails) {
        LanguageModel model = LanguageModels.fromSettings(new LlmSettings("openai", "test-model", server.baseUrl(),
                timeoutSeconds, 300, 0.0, shareContactDetails, "prompts"),
                new Secrets(Map.of("TENURE_LLM_API_KEY", "sk-test-key")));
        return new AccountSummarizer(model, new PromptLibrary("prompts"), "prompts", shareContactDetails);
    }

    private static void assertIsTheTemplateSummary(AccountSummary summary) {
        assertThat(summary.fromModel()).isFalse();
        assertThat(summary.text())
                .contains("ACME-1")
                .contains("[payment-failed] latest payment failed on 2026-11-18 (49.00 USD)")
                .contains("[no-login-10d] last login 12 days ago, on 2026-11-09")
                .contains("follow up on payment-failed");
        assertThat(summary.rules()).containsExactly("payment-failed", "no-login-10d");
    }

    @Test
    void aGoodSummaryFromTheModelIsUsedAndNamesTheRulesItReliesOn() throws Exception {
        String written = "ACME-1's latest payment failed [payment-failed] and nobody has logged in for 12 days "
                + "[no-login-10d]. Billing should contact them today about their card [payment-failed].";
        server.replyWith(written);

        AccountSummary summary = summarizer(5, false).summarize(AT_RISK);

        assertThat(summary.fromModel()).isTrue();
        assertThat(summary.text()).isEqualTo(written);
        assertThat(summary.rules()).containsExactly("payment-failed", "no-login-10d");
        String prompt = FakeOpenAiServer.promptOf(server.takeRequest());
        assertThat(prompt).contains("[payment-failed] latest payment failed on 2026-11-18")
                .contains("[no-login-10d] last login 12 days ago").contains("32/100");
    }

    @Test
    void aServerErrorFallsBackToTheTemplateSummaryAndTheLogSaysWhy() {
        server.failWith(500);

        AccountSummary summary = summarizer(5, false).summarize(AT_RISK);

        assertIsTheTemplateSummary(summary);
        assertThat(logs.messages()).anyMatch(m -> m.contains("ACME-1") && m.contains("template") && m.contains("no answer"));
    }

    @Test
    void aModelThatDoesNotAnswerWithinTheTimeoutFallsBackToTheTemplateSummary() {
        server.replyAfter(3_000, "ACME-1 payment failed [payment-failed].");

        long started = System.nanoTime();
        AccountSummary summary = summarizer(1, false).summarize(AT_RISK);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertIsTheTemplateSummary(summary);
        assertThat(tookMillis).isLessThan(2_900);
        assertThat(summary.fallbackReason()).contains("no answer");
    }

    @Test
    void malformedJsonFromTheServerFallsBackToTheTemplateSummary() {
        server.replyMalformed();

        AccountSummary summary = summarizer(5, false).summarize(AT_RISK);

        assertIsTheTemplateSummary(summary);
    }

    @Test
    void aSummaryCitingARuleThatDidNotFireIsReplacedByTheTemplateAndTheLogNamesTheRule() {
        server.replyWith("The payment failed [payment-failed] and their NPS is poor [nps-below-7].");

        AccountSummary summary = summarizer(5, false).summarize(AT_RISK);

        assertIsTheTemplateSummary(summary);
        assertThat(summary.fallbackReason()).contains("did not fire").contains("nps-below-7");
        assertThat(logs.messages()).anyMatch(m -> m.contains("ACME-1") && m.contains("nps-below-7"));
    }

    @Test
    void aSummaryThatNamesNoRuleIsReplacedByTheTemplate() {
        server.replyWith("This account looks risky; someone should call them.");

        AccountSummary summary = summarizer(5, false).summarize(AT_RISK);

        assertIsTheTemplateSummary(summary);
        assertThat(summary.fallbackReason()).contains("names no rule");
    }

    @Test
    void contactNamesAndEmailsAreNotSentToTheModelByDefault() throws Exception {
        server.replyWith("Payment failed [payment-failed].");

        summarizer(5, false).summarize(AT_RISK);

        JsonNode request = server.takeRequest();
        String sent = request.toString();
        assertThat(sent).doesNotContain("jane.doe@acme-robotics.test").doesNotContain("Acme Robotics");
        assertThat(FakeOpenAiServer.promptOf(request)).contains("ACME-1").contains("withheld");
    }

    @Test
    void anEmailAddressQuotedInARulesDetailIsWithheldFromTheModelToo() throws Exception {
        AccountHealth quoting = FixedAccounts.account("ACME-2").name("Acme Two")
                .fired("ticket-open-5d", "ticket T-9 opened by bob.smith@acme-two.test open for 6 days").on(AS_OF);
        server.replyWith("A ticket is open too long [ticket-open-5d].");

        summarizer(5, false).summarize(quoting);

        String prompt = FakeOpenAiServer.promptOf(server.takeRequest());
        assertThat(prompt).doesNotContain("bob.smith@acme-two.test").contains("ticket T-9 opened by [email withheld]");
    }

    @Test
    void contactDetailsAreSentOnlyWhenConfiguredTo() throws Exception {
        server.replyWith("Payment failed [payment-failed].");

        summarizer(5, true).summarize(AT_RISK);

        String prompt = FakeOpenAiServer.promptOf(server.takeRequest());
        assertThat(prompt).contains("jane.doe@acme-robotics.test").contains("Acme Robotics");
    }

    @Test
    void withoutAModelTheTemplateSummaryIsUsedAndNothingIsSent() {
        AccountSummarizer summarizer = new AccountSummarizer(LanguageModel.none(), new PromptLibrary("prompts"),
                "prompts", false);

        AccountSummary summary = summarizer.summarize(AT_RISK);

        assertIsTheTemplateSummary(summary);
        assertThat(summary.fallbackReason()).isEqualTo("no model configured");
    }

    @Test
    void anAccountWithNoFiredRuleIsSummarizedAsNotAtRiskWithoutAskingTheModel() {
        AccountHealth healthy = FixedAccounts.account("CALM-1").score(91).on(AS_OF);

        AccountSummary summary = summarizer(5, false).summarize(healthy);

        assertThat(summary.text()).contains("CALM-1").contains("green").contains("no playbook rule fired");
        assertThat(summary.rules()).isEmpty();
    }

    @Test
    void aPromptNamingAVariableTheCodeDoesNotSupplyFailsWhenTheSummarizerIsBuilt(@TempDir Path prompts) throws Exception {
        Files.writeString(prompts.resolve("account-summary.txt"), "Summarize {{account_id}} for {{contact_phone}}.");

        assertThatThrownBy(() -> new AccountSummarizer(LanguageModel.none(), new PromptLibrary(prompts.toString()),
                "prompts", false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("contact_phone");
    }
}
