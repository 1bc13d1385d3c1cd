package io.tenure.llm;

import io.tenure.assistant.DailyDigest;
import io.tenure.assistant.Reply;
import io.tenure.health.AccountDirectory;
import io.tenure.health.AccountHealth;
import java.time.LocalDate;
import java.util.List;

/** The managers' daily digest with summaries of the top at-risk accounts appended. */
public final class SummarizedDigest implements DailyDigest {
    private final DailyDigest digest;
    private final AccountDirectory accounts;
    private final AccountSummarizer summarizer;
    private final int count;

    /**
     * @param digest the account-health digest to extend
     * @param count how many at-risk accounts to summarize ({@code outreach.digest_summaries}); 0 for none
     */
    public SummarizedDigest(DailyDigest digest, AccountDirectory accounts, AccountSummarizer summarizer, int count) {
        this.digest = digest;
        this.accounts = accounts;
        this.summarizer = summarizer;
        this.count = count;
    }

    @Override
    public Reply forDay(LocalDate asOf) {
        Reply reply = digest.forDay(asOf);
        if (count <= 0 || reply.kind() == Reply.Kind.FAILED) {
            return reply;
        }
        List<AccountHealth> top = accounts.atRisk(asOf, count);
        if (top.isEmpty()) {
            return reply;
        }
        StringBuilder text = new StringBuilder(reply.text()).append("\n\n").append(summarizer.digestHeading());
        for (AccountHealth account : top) {
            text.append("\n\n").append(summarizer.summarize(account).text());
        }
        return new Reply(reply.kind(), text.toString(), reply.language(), reply.citations(), reply.privateToCaller(),
                reply.attachments(), reply.questionId(), reply.draftId());
    }
}
