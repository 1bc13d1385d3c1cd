package io.tenure.alerts;

import io.tenure.health.Account;
import io.tenure.health.AccountHealth;
import io.tenure.health.AccountProfile;
import io.tenure.health.AccountStatus;
import io.tenure.health.Band;
import io.tenure.health.HealthDirectory;
import io.tenure.health.HealthReport;
import io.tenure.health.Reason;
import io.tenure.health.playbook.Condition;
import io.tenure.health.playbook.PlaybookRule;
import io.tenure.health.scoring.HealthScorer;
import io.tenure.health.scoring.ScoreHistory;
import io.tenure.health.scoring.Signals;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which alerts a day's scores call for. Scores every account as of the day (which records the day in the
 * score history, as the daily digest does) and compares with the days before; raises nothing itself.
 */
public final class AlertEvaluator {
    private final HealthDirectory health;
    private final AlertRules rules;

    public AlertEvaluator(HealthDirectory health, AlertRules rules) {
        this.health = health;
        this.rules = rules;
    }

    public List<OwnerAlert> evaluate(LocalDate day) {
        List<AccountHealth> today = health.scoreAll(day).stream()
                .filter(h -> !HealthScorer.cancelledOn(h.account(), day))
                .filter(h -> h.account().status() != AccountStatus.CANCELLED)
                .toList();
        AlertRules.Triggers on = rules.triggers();
        int lookBack = 1 + (on.scoreDrop() == null ? 0 : on.scoreDrop().days());
        // The days before, by distance: before.get(1) is yesterday.
        Map<Integer, Map<String, ScoreHistory.DayScore>> before = new HashMap<>();
        for (int back = 1; back <= lookBack; back++) {
            before.put(back, health.history().on(day.minusDays(back)));
        }
        Set<String> failedPaymentRules = health.scorer().playbook().rules().stream()
                .filter(rule -> rule.condition().type() == Condition.Type.LATEST_PAYMENT
                        && "failed".equalsIgnoreCase(rule.condition().status()))
                .map(PlaybookRule::id).collect(Collectors.toSet());
        List<OwnerAlert> alerts = new ArrayList<>();
        for (AccountHealth h : today) {
            String id = h.account().id();
            int score = h.health().score();
            ScoreHistory.DayScore yesterday = before.get(1).get(id);
            if (on.turnedRed() != null && h.health().band() == Band.RED && yesterday != null
                    && yesterday.band() != Band.RED) {
                alerts.add(alert(h, AlertRules.TURNED_RED, day, "turned red",
                        "Score " + score + " (red) on " + day + "; it was " + yesterday.score() + " ("
                                + HealthReport.band(yesterday.band()) + ") on " + yesterday.day() + "."));
            }
            if (on.scoreDrop() != null) {
                AlertRules.Drop drop = on.scoreDrop();
                ScoreHistory.DayScore high = highest(before, id, 1, drop.days());
                if (high != null && high.score() - score >= drop.points()) {
                    ScoreHistory.DayScore highBefore = highest(before, id, 2, drop.days() + 1);
                    boolean already = yesterday != null && highBefore != null
                            && highBefore.score() - yesterday.score() >= drop.points();
                    if (!already) {
                        alerts.add(alert(h, AlertRules.SCORE_DROP, day, "score dropped " + (high.score() - score)
                                        + " points",
                                "Score " + score + " (" + HealthReport.band(h.health().band()) + ") on " + day
                                        + ", down " + (high.score() - score) + " points from " + high.score() + " on "
                                        + high.day() + " (alerts at " + drop.points() + " within " + drop.days()
                                        + " days)."));
                    }
                }
            }
            if (on.paymentFailed() != null && h.health().reasons().stream()
                    .anyMatch(r -> failedPaymentRules.contains(r.rule()))) {
                Signals.Payment payment = health.profile(id, day).map(AccountProfile::signals)
                        .map(Signals::latestPayment).orElse(null);
                if (payment != null && "failed".equalsIgnoreCase(payment.status()) && !payment.on().isAfter(day)
                        && !payment.on().isBefore(day.minusDays(on.paymentFailed().days()))) {
                    alerts.add(alert(h, AlertRules.PAYMENT_FAILED, payment.on(), "payment failed",
                            "The latest payment" + (payment.amount() == null ? "" : ", "
                                    + payment.amount().stripTrailingZeros().toPlainString() + " "
                                    + h.account().currency()) + " on " + payment.on() + ", failed."));
                }
            }
            Account account = h.account();
            if (on.renewalSoon() != null && account.renewalDate() != null && !account.renewalDate().isBefore(day)
                    && !account.renewalDate().isAfter(day.plusDays(on.renewalSoon().days()))
                    && on.renewalSoon().covers(h.health().band())) {
                long days = ChronoUnit.DAYS.between(day, account.renewalDate());
                alerts.add(alert(h, AlertRules.RENEWAL_SOON, account.renewalDate(), "renews in " + days + " days",
                        "Renews on " + account.renewalDate() + " (in " + days + " days) while "
                                + HealthReport.band(h.health().band()) + ", score " + score + "."));
            }
        }
        return alerts;
    }

    /** The highest score among the days {@code from} to {@code to} days before, or null when none was scored. */
    private static ScoreHistory.DayScore highest(Map<Integer, Map<String, ScoreHistory.DayScore>> before, String id,
                                                 int from, int to) {
        ScoreHistory.DayScore high = null;
        for (int back = from; back <= to; back++) {
            ScoreHistory.DayScore day = before.getOrDefault(back, Map.of()).get(id);
            if (day != null && (high == null || day.score() > high.score())) {
                high = day;
            }
        }
        return high;
    }

    private static OwnerAlert alert(AccountHealth h, String trigger, LocalDate day, String headline, String facts) {
        Account account = h.account();
        return new OwnerAlert(account.id(), account.owner(), trigger, day,
                text(account, headline, facts, h.health().reasons()), null);
    }

    /** The alert's words: the account and what happened, the facts, and every playbook reason with its facts. */
    static String text(Account account, String headline, String facts, List<Reason> reasons) {
        StringBuilder text = new StringBuilder("**").append(account.id());
        if (account.name() != null && !account.name().isBlank()) {
            text.append(' ').append(account.name());
        }
        text.append(": ").append(headline).append("**");
        if (account.owner() != null && !account.owner().isBlank()) {
            text.append(" (owner ").append(account.owner()).append(')');
        }
        text.append('\n').append(facts);
        if (!reasons.isEmpty()) {
            text.append("\nReasons:");
            for (Reason reason : reasons) {
                text.append("\n• ").append(reason.rule()).append(": ").append(reason.detail()).append(" → ")
                        .append(reason.action()).append(" (").append(reason.ownerRole()).append(')');
            }
        }
        return text.toString();
    }
}
