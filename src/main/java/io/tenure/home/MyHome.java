package io.tenure.home;

import io.tenure.assistant.Caller;
import io.tenure.assistant.Role;
import io.tenure.health.AccountHealth;
import io.tenure.health.HealthDirectory;
import io.tenure.health.HealthReport;
import io.tenure.health.Reason;
import io.tenure.health.Trend;
import io.tenure.health.scoring.ScoreHistory;
import io.tenure.outreach.DraftStatus;
import io.tenure.outreach.DraftView;
import io.tenure.owners.OwnerDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Builds a person's home. "My accounts" are those whose {@code owner} is the person's address on their
 * platform (Slack: users.info; Discord: {@code owners.discord}), found through {@link OwnerDirectory}.
 * Drafts waiting for someone are the ones their role lets them decide: approvers see every draft awaiting
 * approval or a decision after a failed delivery. Customers get the help text and nothing is looked up.
 */
public final class MyHome implements HomePage {
    static final int SHOWN = 10;
    static final Duration QUESTIONS_SINCE = Duration.ofDays(14);
    /** A customer's question or a subject is cut here: a home line must stay within a platform's block limits. */
    static final int QUESTION_CHARS = 300;
    private static final Set<DraftStatus> FOR_APPROVERS = Set.of(DraftStatus.DRAFTED, DraftStatus.EDITED,
            DraftStatus.FAILED, DraftStatus.UNCERTAIN);

    private final HealthDirectory health;
    private final Supplier<List<DraftView>> pendingDrafts;
    private final OwnerDirectory owners;
    private final MyAccounts accounts;
    private final String customerHelp;
    private final Clock clock;

    /**
     * @param pendingDrafts the drafts waiting for a person or a delivery (the approval workflow's)
     * @param customerHelp what a customer's home says ({@code home_help} in config/messages.yaml)
     */
    public MyHome(HealthDirectory health, Supplier<List<DraftView>> pendingDrafts, OwnerDirectory owners,
                  MyAccounts accounts, String customerHelp, Clock clock) {
        this.health = health;
        this.pendingDrafts = pendingDrafts;
        this.owners = owners;
        this.accounts = accounts;
        this.customerHelp = customerHelp;
        this.clock = clock;
    }

    @Override
    public HomeView of(Caller caller) {
        if (!caller.isStaff()) {
            return HomeView.customer(customerHelp);
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Optional<String> email = owners.emailOf(caller.platform(), caller.userId());
        List<HomeView.AccountLine> atRisk = new ArrayList<>();
        List<HomeView.QuestionLine> questions = new ArrayList<>();
        String note = "";
        if (email.isEmpty()) {
            note = "I do not know your email address on " + caller.platform() + ", so I cannot tell which accounts "
                    + "are yours (accounts.csv names each account's owner by address)"
                    + (caller.platform().equals("discord") ? "; add yours to owners.discord." : ".");
        } else {
            List<AccountHealth> mine = myAccountsAtRisk(email.get(), today);
            atRisk = lines(mine.subList(0, Math.min(SHOWN, mine.size())), today);
            if (mine.size() > SHOWN) {
                note = shownOf(SHOWN, mine.size(), "of your accounts at risk", "risk");
            }
            for (MyAccounts.AskedToLeave asked : accounts.questions(email.get(),
                    clock.instant().minus(QUESTIONS_SINCE), SHOWN)) {
                questions.add(new HomeView.QuestionLine(asked.accountId(), asked.accountId() + " "
                        + asked.accountName() + ", " + asked.at().atZone(ZoneOffset.UTC).toLocalDate() + " ("
                        + asked.intent() + "): \"" + cut(asked.question(), QUESTION_CHARS) + "\""));
            }
        }
        List<HomeView.DraftLine> drafts = new ArrayList<>();
        String draftsNote;
        if (caller.has(Role.APPROVER)) {
            int waiting = 0;
            for (DraftView d : pendingDrafts.get()) {
                if (FOR_APPROVERS.contains(d.status()) && ++waiting <= SHOWN) {
                    boolean approvable = d.status() == DraftStatus.DRAFTED || d.status() == DraftStatus.EDITED;
                    drafts.add(new HomeView.DraftLine(d.id(), d.accountId(), d.accountName() + " (" + d.accountId()
                            + "): " + d.kind() + ", \"" + cut(d.subject(), QUESTION_CHARS) + "\", " + d.status().name().toLowerCase(Locale.ROOT)
                            + " (" + d.id() + ")", approvable));
                }
            }
            draftsNote = drafts.isEmpty() ? "No draft is waiting for approval."
                    : waiting > SHOWN ? shownOf(SHOWN, waiting, "drafts", "drafts") : "";
        } else {
            draftsNote = "Drafts are approved by approvers; none wait for you.";
        }
        return new HomeView(true, "Your accounts", "", note, atRisk, drafts, draftsNote, questions);
    }

    private static String cut(String text, int limit) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= limit ? oneLine : oneLine.substring(0, limit - 1) + "…";
    }

    /** "10 of 14 drafts shown; type drafts for all.": a capped list says that it is capped. */
    private static String shownOf(int shown, int all, String what, String command) {
        return shown + " of " + all + " " + what + " shown; type " + command + " for all.";
    }

    /** Rescores each owned account (one index range per table each) rather than every account; riskiest first. */
    private List<AccountHealth> myAccountsAtRisk(String email, LocalDate today) {
        List<AccountHealth> mine = new ArrayList<>();
        for (String id : accounts.ownedBy(email)) {
            health.find(id, today).filter(HealthDirectory::inRedOrYellow).ifPresent(mine::add);
        }
        mine.sort(HealthDirectory.RISK_ORDER);
        return mine;
    }

    private List<HomeView.AccountLine> lines(List<AccountHealth> shown, LocalDate today) {
        List<HomeView.AccountLine> lines = new ArrayList<>();
        for (AccountHealth h : shown) {
            List<ScoreHistory.DayScore> weekAgo = health.historyOf(h.account().id(), today.minusDays(7),
                    today.minusDays(7));
            String change = weekAgo.isEmpty() ? "no score 7 days ago"
                    : Trend.signed(h.health().score() - weekAgo.get(0).score()) + " over 7 days";
            List<Reason> reasons = h.health().reasons();
            lines.add(new HomeView.AccountLine(h.account().id(), h.account().id() + " " + h.account().name() + ": score "
                    + h.health().score() + " " + HealthReport.band(h.health().band()) + ", " + change,
                    reasons.isEmpty() ? "" : reasons.get(0).rule() + ": " + reasons.get(0).detail()));
        }
        return lines;
    }
}
