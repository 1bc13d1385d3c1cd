package io.tenure.health.scoring;

import io.tenure.health.Account;
import io.tenure.health.AccountStatus;
import io.tenure.health.Band;
import io.tenure.health.Factor;
import io.tenure.health.HealthScore;
import io.tenure.health.Reason;
import io.tenure.health.playbook.Condition;
import io.tenure.health.playbook.Factors;
import io.tenure.health.playbook.Playbook;
import io.tenure.health.playbook.PlaybookRule;
import io.tenure.text.Counted;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an account's signals into a score (the weighted factors of the playbook) and its reasons (the
 * playbook rules that fired, each with the facts behind it). Pure: no database, no clock.
 */
public final class HealthScorer {
    private final Playbook playbook;

    public HealthScorer(Playbook playbook) {
        this.playbook = playbook;
    }

    public Playbook playbook() {
        return playbook;
    }

    /** Whether the account counts as cancelled on the date (a cancellation dated later does not). */
    public static boolean cancelledOn(Account account, LocalDate asOf) {
        return account.status() == AccountStatus.CANCELLED
                && (account.cancelledAt() == null || !account.cancelledAt().isAfter(asOf));
    }

    public HealthScore score(Signals signals, LocalDate asOf) {
        Account account = signals.account();
        if (cancelledOn(account, asOf)) {
            // A lost customer has no health to speak of; only win-back rules say what to do next.
            return new HealthScore(account.id(), asOf, 0, Band.RED, reasons(signals, asOf, 0, true));
        }
        Map<Factor, Double> values = factorValues(signals, asOf);
        int base = (int) Math.round(100 * weighted(values) / playbook.factors().totalWeight());
        Map<Factor, Integer> kept = new EnumMap<>(Factor.class);
        values.forEach((factor, value) -> kept.put(factor, (int) Math.round(100 * value)));
        List<Reason> reasons = reasons(signals, asOf, base, false);
        int penalty = reasons.stream().mapToInt(reason -> penalty(reason.rule())).sum();
        if (penalty == 0) {
            return new HealthScore(account.id(), asOf, base, band(base, reasons), reasons, kept);
        }
        // Rules that read the score (renewal-30d-low-health) must see the score after the penalty; a
        // penalty is counted once, from the first pass, so a penalised rule cannot feed on itself.
        int score = Math.max(0, base - penalty);
        List<Reason> after = reasons(signals, asOf, score, false);
        return new HealthScore(account.id(), asOf, score, band(score, after), after, kept);
    }

    /** The band of the score, made worse by the floor of any fired rule that sets one (min_band). */
    private Band band(int score, List<Reason> reasons) {
        Band band = playbook.band(score);
        for (Reason reason : reasons) {
            Band floor = rule(reason.rule()).flatMap(PlaybookRule::bandFloor).orElse(Band.GREEN);
            if (floor.ordinal() > band.ordinal()) {
                band = floor;
            }
        }
        return band;
    }

    private java.util.Optional<PlaybookRule> rule(String ruleId) {
        return playbook.rules().stream().filter(rule -> rule.id().equals(ruleId)).findFirst();
    }

    private int penalty(String ruleId) {
        return playbook.rules().stream().filter(rule -> rule.id().equals(ruleId))
                .mapToInt(PlaybookRule::scorePenalty).findFirst().orElse(0);
    }

    /** Each factor's value, 0 (bad) to 1 (good); kept with the score so its trend can be shown. */
    private Map<Factor, Double> factorValues(Signals s, LocalDate asOf) {
        Factors f = playbook.factors();
        Map<Factor, Double> values = new EnumMap<>(Factor.class);
        values.put(Factor.LOGIN_RECENCY, loginRecency(s, asOf, f.loginRecency()));
        values.put(Factor.ACTIVITY_TREND, activityTrend(s));
        values.put(Factor.FEATURE_BREADTH, Math.min(1.0, (double) s.recentFeatures() / f.featureBreadth().target()));
        long recentTickets = s.tickets().stream()
                .filter(t -> days(t.opened(), asOf) < f.ticketLoad().windowDays()).count();
        values.put(Factor.TICKET_LOAD, Math.max(0.0, 1.0 - (double) recentTickets / f.ticketLoad().zeroAt()));
        values.put(Factor.NPS, s.latestNps() == null ? f.nps().missing() : s.latestNps().score() / 10.0);
        values.put(Factor.PAYMENT_STATUS, paymentStatus(s));
        values.put(Factor.ONBOARDING_PROGRESS, onboardingProgress(s));
        return values;
    }

    private double weighted(Map<Factor, Double> values) {
        Factors f = playbook.factors();
        return f.loginRecency().weight() * values.get(Factor.LOGIN_RECENCY)
                + f.activityTrend().weight() * values.get(Factor.ACTIVITY_TREND)
                + f.featureBreadth().weight() * values.get(Factor.FEATURE_BREADTH)
                + f.ticketLoad().weight() * values.get(Factor.TICKET_LOAD)
                + f.nps().weight() * values.get(Factor.NPS)
                + f.paymentStatus().weight() * values.get(Factor.PAYMENT_STATUS)
                + f.onboardingProgress().weight() * values.get(Factor.ONBOARDING_PROGRESS);
    }

    private static double loginRecency(Signals s, LocalDate asOf, Factors.LoginRecency factor) {
        LocalDate since = s.lastLogin() != null ? s.lastLogin() : s.account().signupDate();
        long days = days(since, asOf);
        if (days <= factor.fullDays()) {
            return 1.0;
        }
        return Math.max(0.0, 1.0 - (double) (days - factor.fullDays()) / (factor.zeroDays() - factor.fullDays()));
    }

    private static double activityTrend(Signals s) {
        if (s.previousActivity() == 0) {
            return s.recentActivity() > 0 ? 1.0 : 0.0;
        }
        return Math.min(1.0, (double) s.recentActivity() / s.previousActivity());
    }

    private static double paymentStatus(Signals s) {
        if (s.latestPayment() == null) {
            return 1.0;
        }
        return switch (s.latestPayment().status()) {
            case "failed" -> 0.0;
            case "refunded" -> 0.5;
            default -> 1.0;
        };
    }

    private static double onboardingProgress(Signals s) {
        if (s.milestones().isEmpty()) {
            return 1.0;
        }
        long done = s.milestones().stream().filter(m -> m.completed() != null).count();
        return (double) done / s.milestones().size();
    }

    private List<Reason> reasons(Signals s, LocalDate asOf, int score, boolean cancelled) {
        List<Fired> fired = new ArrayList<>();
        for (PlaybookRule rule : playbook.rules()) {
            if (rule.forCancelled() != cancelled) {
                continue;
            }
            String detail = detail(rule.condition(), s, asOf, score);
            if (detail != null) {
                fired.add(new Fired(rule, detail));
            }
        }
        fired.sort(Comparator.comparing(f -> f.rule().severity()));
        return fired.stream()
                .map(f -> new Reason(f.rule().id(), f.detail(), f.rule().action(), f.rule().ownerRole()))
                .toList();
    }

    private record Fired(PlaybookRule rule, String detail) {
    }

    /** The facts behind the condition when it holds, else null. */
    private static String detail(Condition c, Signals s, LocalDate asOf, int score) {
        Account account = s.account();
        return switch (c.type()) {
            case DAYS_SINCE_LOGIN -> {
                if (s.lastLogin() == null) {
                    long days = days(account.signupDate(), asOf);
                    yield days >= c.atLeast() ? "no login since signup " + Counted.of(days, "day") + " ago, on "
                            + account.signupDate() : null;
                }
                long days = days(s.lastLogin(), asOf);
                yield days >= c.atLeast() ? "last login " + Counted.of(days, "day") + " ago, on " + s.lastLogin() : null;
            }
            case DAYS_SINCE_ACTIVITY -> {
                if (s.lastActivity() == null) {
                    long days = days(account.signupDate(), asOf);
                    yield days >= c.atLeast() ? "no activity since signup " + Counted.of(days, "day") + " ago, on "
                            + account.signupDate() : null;
                }
                long days = days(s.lastActivity(), asOf);
                yield days >= c.atLeast() ? "no activity for " + Counted.of(days, "day") + ", last on " + s.lastActivity() : null;
            }
            case LATEST_NPS -> {
                Signals.Nps nps = s.latestNps();
                if (nps == null || nps.score() >= c.below()) {
                    yield null;
                }
                yield "latest NPS " + nps.score() + " on " + nps.respondedOn()
                        + (nps.comment().isBlank() ? "" : ": \"" + nps.comment() + "\"");
            }
            case TICKETS_OPENED_WITHIN -> {
                List<Signals.Ticket> recent = s.tickets().stream()
                        .filter(t -> days(t.opened(), asOf) < c.days())
                        .sorted(Comparator.comparing(Signals.Ticket::opened)).toList();
                if (recent.size() < c.atLeast()) {
                    yield null;
                }
                yield Counted.of(recent.size(), "ticket") + " opened in the last " + c.days() + " days ("
                        + String.join(", ", recent.stream().map(t -> t.id() + " on " + t.opened()).toList()) + ")";
            }
            case TICKET_OPEN_LONGER_THAN -> {
                List<Signals.Ticket> old = s.tickets().stream()
                        .filter(t -> t.closed() == null && days(t.opened(), asOf) > c.days())
                        .sorted(Comparator.comparing(Signals.Ticket::opened)).toList();
                if (old.isEmpty()) {
                    yield null;
                }
                Signals.Ticket oldest = old.get(0);
                yield "ticket " + oldest.id() + " open for " + Counted.of(days(oldest.opened(), asOf), "day") + ", since "
                        + oldest.opened() + (old.size() > 1 ? " (" + old.size() + " tickets open longer than "
                        + c.days() + " days)" : "");
            }
            case LATEST_PAYMENT -> {
                Signals.Payment payment = s.latestPayment();
                if (payment == null || !payment.status().equalsIgnoreCase(c.status())) {
                    yield null;
                }
                yield "latest payment " + payment.status() + " on " + payment.on() + " ("
                        + payment.amount().toPlainString() + " " + account.currency() + ")";
            }
            case MILESTONE_OVERDUE -> {
                List<Signals.Milestone> overdue = s.milestones().stream().filter(m -> m.completed() == null)
                        .sorted(Comparator.comparing(Signals.Milestone::due)).toList();
                if (overdue.isEmpty()) {
                    yield null;
                }
                yield String.join("; ", overdue.stream().map(m -> "milestone '" + m.name() + "' due " + m.due()
                        + ", not completed (" + Counted.of(days(m.due(), asOf), "day") + " overdue)").toList());
            }
            case RENEWAL_WITHIN -> {
                LocalDate renewal = account.renewalDate();
                if (renewal == null || renewal.isBefore(asOf) || days(asOf, renewal) > c.days()
                        || score >= c.scoreBelow()) {
                    yield null;
                }
                yield "renews in " + Counted.of(days(asOf, renewal), "day") + ", on " + renewal + ", with health " + score;
            }
            case DAYS_SINCE_CANCELLATION -> {
                if (account.cancelledAt() == null) {
                    yield null;
                }
                long days = days(account.cancelledAt(), asOf);
                if (!c.on().contains((int) days)) {
                    yield null;
                }
                String why = account.cancelReason() == null || account.cancelReason().isBlank()
                        ? "" : " (reason: " + account.cancelReason() + ")";
                yield "cancelled " + Counted.of(days, "day") + " ago, on " + account.cancelledAt() + why;
            }
            case CANCEL_INTENT_WITHIN -> {
                List<Signals.CancelIntent> recent = s.cancelIntents().stream()
                        .filter(i -> days(i.on(), asOf) < c.days()).toList();
                if (recent.isEmpty()) {
                    yield null;
                }
                Signals.CancelIntent latest = recent.get(recent.size() - 1);
                yield "asked \"" + latest.question() + "\" on " + latest.on() + " (" + latest.intent() + ")"
                        + (recent.size() > 1 ? "; " + recent.size() + " such questions in the last " + c.days()
                        + " days" : "");
            }
        };
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
