package io.tenure.report;

import io.tenure.health.digest.Churn;
import io.tenure.outreach.DraftTopics;
import io.tenure.report.OutcomeReport.DraftOutcome;
import io.tenure.report.OutcomeReport.Horizon;
import io.tenure.report.OutcomeReport.MonthlyChurn;
import io.tenure.report.OutcomeReport.Outcome;
import io.tenure.report.OutcomeReport.SaveRate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Builds the outcomes report from the sent drafts and what happened to their accounts afterwards. */
public final class OutcomeReports {
    private static final Pattern RULE_TAG = Pattern.compile("\\[([^\\[\\]]+)]\\s*(?:;|$)");

    private final OutcomeHistory history;
    private final DraftTopics topics;

    public OutcomeReports(OutcomeHistory history, DraftTopics topics) {
        this.history = history;
        this.topics = topics;
    }

    /** Drafts sent on or after {@code since}, seen on {@code asOf}; churn for each month from since's to asOf's. */
    public OutcomeReport report(LocalDate since, LocalDate asOf) {
        Map<String, OutcomeHistory.AccountState> accounts = history.accounts().stream()
                .collect(Collectors.toMap(a -> key(a.id()), a -> a, (a, b) -> a));
        Map<String, List<OutcomeHistory.Payment>> payments = history.payments().stream()
                .collect(Collectors.groupingBy(p -> key(p.accountId())));
        Map<String, List<OutcomeHistory.Score>> scores = history.scores().stream()
                .collect(Collectors.groupingBy(s -> key(s.accountId())));
        List<DraftOutcome> drafts = new ArrayList<>();
        for (OutcomeHistory.SentDraft draft : history.sentDrafts()) {
            LocalDate sentOn = draft.sentAt().atZone(ZoneOffset.UTC).toLocalDate();
            if (sentOn.isBefore(since) || sentOn.isAfter(asOf)) {
                continue;
            }
            String account = key(draft.accountId());
            List<Horizon> horizons = new ArrayList<>();
            for (int days : OutcomeReport.HORIZONS) {
                horizons.add(horizon(days, sentOn, asOf, accounts.get(account),
                        payments.getOrDefault(account, List.of()), scores.getOrDefault(account, List.of())));
            }
            drafts.add(new DraftOutcome(draft.id(), draft.accountId(), draft.kind(), draft.topic(), cause(draft),
                    sentOn, horizons));
        }
        return new OutcomeReport(since, asOf, drafts, rates(drafts, DraftOutcome::kind), rates(drafts, DraftOutcome::rule),
                churn(since, asOf));
    }

    private static Horizon horizon(int days, LocalDate sentOn, LocalDate asOf, OutcomeHistory.AccountState account,
                                   List<OutcomeHistory.Payment> payments, List<OutcomeHistory.Score> scores) {
        LocalDate on = sentOn.plusDays(days);
        if (on.isAfter(asOf)) {
            return new Horizon(days, on, Outcome.PENDING, null, null);
        }
        Outcome outcome;
        if (account == null || account.cancelledBy(on)) {
            // An account no longer in the accounts table is gone: counted as lost, not as saved.
            outcome = Outcome.CANCELLED;
        } else {
            Optional<OutcomeHistory.Payment> before = payments.stream().filter(p -> !p.on().isAfter(sentOn))
                    .reduce((a, b) -> b);
            Optional<OutcomeHistory.Payment> after = payments.stream()
                    .filter(p -> p.on().isAfter(sentOn) && !p.on().isAfter(on)).reduce((a, b) -> b);
            if (after.isEmpty()) {
                outcome = Outcome.ACTIVE;
            } else if (before.isPresent() && after.get().amount() < before.get().amount()) {
                outcome = Outcome.DOWNGRADED;
            } else {
                outcome = Outcome.RENEWED;
            }
        }
        Optional<Integer> atSending = lastScore(scores, sentOn);
        Optional<Integer> atHorizon = lastScore(scores, on);
        Integer change = atSending.isPresent() && atHorizon.isPresent() ? atHorizon.get() - atSending.get() : null;
        String direction = change == null ? "unknown" : change > 0 ? "up" : change < 0 ? "down" : "same";
        return new Horizon(days, on, outcome, change, direction);
    }

    private static Optional<Integer> lastScore(List<OutcomeHistory.Score> scores, LocalDate day) {
        return scores.stream().filter(s -> !s.day().isAfter(day)).reduce((a, b) -> b).map(OutcomeHistory.Score::score);
    }

    /** The rule that chose the draft's topic: the first rule of its topic's row that had fired when it was drafted. */
    private String cause(OutcomeHistory.SentDraft draft) {
        List<String> fired = new ArrayList<>();
        Matcher tags = RULE_TAG.matcher(draft.riskReason() == null ? "" : draft.riskReason());
        while (tags.find()) {
            fired.add(tags.group(1).strip());
        }
        return topics.cause(draft.kind(), draft.topic(), fired).orElse("none");
    }

    private static List<SaveRate> rates(List<DraftOutcome> drafts, Function<DraftOutcome, String> group) {
        Map<String, List<DraftOutcome>> groups = drafts.stream()
                .collect(Collectors.groupingBy(group, TreeMap::new, Collectors.toList()));
        List<SaveRate> rates = new ArrayList<>();
        groups.forEach((name, members) -> {
            for (int i = 0; i < OutcomeReport.HORIZONS.size(); i++) {
                int index = i;
                List<Outcome> reached = members.stream().map(d -> d.horizons().get(index).outcome())
                        .filter(o -> o != Outcome.PENDING).toList();
                int saved = (int) reached.stream().filter(Outcome::saved).count();
                rates.add(new SaveRate(name, OutcomeReport.HORIZONS.get(i), reached.size(), saved,
                        reached.isEmpty() ? null : 100.0 * saved / reached.size()));
            }
        });
        rates.sort(Comparator.comparing(SaveRate::group).thenComparingInt(SaveRate::days));
        return rates;
    }

    /** Each calendar month from since's to asOf's: the digest's churn from the day before the 1st to the month's end. */
    private List<MonthlyChurn> churn(LocalDate since, LocalDate asOf) {
        List<MonthlyChurn> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(since); !month.isAfter(YearMonth.from(asOf)); month = month.plusMonths(1)) {
            LocalDate end = month.atEndOfMonth().isAfter(asOf) ? asOf : month.atEndOfMonth();
            Churn churn = history.churn(month.atDay(1).minusDays(1), end);
            months.add(new MonthlyChurn(month, churn.customersAtStart(), churn.customersLost(),
                    Double.isNaN(churn.rate()) ? null : churn.rate()));
        }
        return months;
    }

    private static String key(String accountId) {
        return accountId == null ? "" : accountId.strip().toLowerCase(Locale.ROOT);
    }
}
