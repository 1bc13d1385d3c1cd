package io.tenure.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.assistant.Attachment;
import io.tenure.assistant.Reply;
import io.tenure.support.FixedAccounts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummarizedDigestTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);
    private final FixedAccounts accounts = new FixedAccounts(
            FixedAccounts.account("RED-1").score(20).fired("payment-failed", "latest payment failed").on(AS_OF),
            FixedAccounts.account("YEL-1").score(50).fired("no-login-10d", "last login 11 days ago").on(AS_OF),
            FixedAccounts.account("YEL-2").score(60).fired("nps-below-7", "latest NPS 6").on(AS_OF),
            FixedAccounts.account("OK-1").score(95).on(AS_OF));
    private final AccountSummarizer summarizer = new AccountSummarizer(LanguageModel.none(), new PromptLibrary("prompts"),
            "prompts", false);
    private final Attachment chart = new Attachment("chart", Path.of("digest.png"), "image/png");

    @Test
    void theDigestGetsTheSummariesOfTheTopAtRiskAccountsAppendedAndKeepsItsChart() {
        SummarizedDigest digest = new SummarizedDigest(asOf -> Reply.text(Reply.Kind.ACCOUNT_DATA,
                "Digest for " + asOf).withAttachments(List.of(chart)), accounts, summarizer, 2);

        Reply reply = digest.forDay(AS_OF);

        assertThat(reply.text()).startsWith("Digest for 2026-11-21").contains(summarizer.digestHeading())
                .contains("RED-1").contains("[payment-failed]").contains("YEL-1").contains("[no-login-10d]")
                .doesNotContain("YEL-2").doesNotContain("OK-1");
        assertThat(reply.text().indexOf("RED-1")).isLessThan(reply.text().indexOf("YEL-1"));
        // One short line per account, the whole summary one command away.
        assertThat(reply.text().lines().filter(line -> line.startsWith("• "))).hasSize(2)
                .allSatisfy(line -> assertThat(line.length()).isLessThan(SummarizedDigest.BRIEF_CHARS + 40))
                .anySatisfy(line -> assertThat(line).contains("(`summary RED-1` for more)"));
        assertThat(reply.attachments()).containsExactly(chart);
        assertThat(reply.kind()).isEqualTo(Reply.Kind.ACCOUNT_DATA);
    }

    @Test
    void withACountOfZeroTheDigestIsUnchanged() {
        Reply original = Reply.text(Reply.Kind.ACCOUNT_DATA, "Digest");

        Reply reply = new SummarizedDigest(asOf -> original, accounts, summarizer, 0).forDay(AS_OF);

        assertThat(reply).isEqualTo(original);
    }

    @Test
    void aLongSummaryIsCutAtAWordWithTheCommandForTheRest() {
        String brief = SummarizedDigest.brief("word ".repeat(200) + "\n- [payment-failed] latest payment failed", "ACC-1");

        assertThat(brief).endsWith("… (`summary ACC-1` for more)").doesNotContain("\n");
        assertThat(brief.length()).isLessThan(SummarizedDigest.BRIEF_CHARS + 40);
    }
}
