package io.tenure.llm;

import io.tenure.assistant.DailyDigest;
import io.tenure.assistant.Reply;
import io.tenure.health.AccountDirectory;
import io.tenure.health.AccountHealth;
import io.tenure.health.HealthDirectory;
import java.time.LocalDate;
import java.util.List;

/** The managers' daily digest with short summaries of the top at-risk accounts appended. */
public final class SummarizedDigest implements DailyDigest {
    /** A digest is read at a glance: one line per account, the full summary one command away. */
    static final int BRIEF_CHARS = 240;

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
        // The accounts the digest counts as at risk (red or yellow customers), not green ones where a rule fired.
        List<AccountHealth> top = accounts.atRisk(asOf, Integer.MAX_VALUE).stream()
                .filter(HealthDirectory::inRedOrYellow).limit(count).toList();
        if (top.isEmpty()) {
            return reply;
        }
        StringBuilder text = new StringBuilder(reply.text()).append("\n\n").append(summarizer.digestHeading());
        for (AccountHealth account : top) {
            text.append("\n• ").append(brief(summarizer.summarize(account).text(), account.account().id()));
        }
        return new Reply(reply.kind(), text.toString(), reply.language(), reply.citations(), reply.privateToCaller(),
                reply.attachments(), reply.questionId(), reply.draftId());
    }

    /**
     * The summary's first line and its first bullet (the template's top reason), cut at a word to
     * {@link #BRIEF_CHARS}, with the command that shows the whole summary.
     */
    static String brief(String summary, String accountId) {
        List<String> lines = summary.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        String text = lines.isEmpty() ? "" : lines.get(0);
        String firstReason = lines.stream().skip(1).filter(line -> line.startsWith("- ")).findFirst()
                .map(line -> line.substring(2)).orElse("");
        if (!firstReason.isEmpty()) {
            text = text + " " + firstReason;
        }
        if (text.length() > BRIEF_CHARS) {
            int cut = text.lastIndexOf(' ', BRIEF_CHARS - 1);
            text = text.substring(0, cut > BRIEF_CHARS / 2 ? cut : BRIEF_CHARS - 1).stripTrailing() + "…";
        }
        return text + " (`summary " + accountId + "` for more)";
    }
}
