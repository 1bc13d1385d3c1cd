package io.tenure.health;

import io.tenure.health.scoring.ScoreHistory;
import io.tenure.health.scoring.Signals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders risk lists and account profiles as text (CLI and chat) and as JSON-ready maps. */
public final class HealthReport {
    private HealthReport() {
    }

    public static String riskText(List<RiskEntry> entries, java.time.LocalDate asOf) {
        return riskText(entries, asOf, false);
    }

    /** @param everyFired the list holds every account where a rule fired, green and cancelled ones too */
    public static String riskText(List<RiskEntry> entries, java.time.LocalDate asOf, boolean everyFired) {
        if (entries.isEmpty()) {
            return everyFired ? "No playbook rule fired for any account as of " + asOf + "."
                    : "No account is in red or yellow as of " + asOf + ".";
        }
        StringBuilder t = new StringBuilder("*Accounts at risk as of " + asOf + "* (highest risk first)\n");
        int n = 1;
        for (RiskEntry entry : entries) {
            AccountHealth h = entry.health();
            t.append('\n').append(n++).append(". ").append(h.account().id()).append(' ').append(h.account().name())
                    .append(": ").append(scoreLine(h.account(), h.health(), entry.change7d())).append('\n');
            for (Reason reason : h.health().reasons()) {
                t.append("   • ").append(reason.rule()).append(": ").append(reason.detail()).append(" → ")
                        .append(reason.action()).append(" (").append(reason.ownerRole()).append(")\n");
            }
        }
        return t.toString().stripTrailing();
    }

    private static String scoreLine(Account account, HealthScore score, Integer change) {
        String state = io.tenure.health.scoring.HealthScorer.cancelledOn(account, score.asOf())
                ? "cancelled" + (account.cancelledAt() == null ? "" : " on " + account.cancelledAt())
                : "score " + score.score() + " " + band(score.band()) + ", " + change(change);
        return state + ", MRR " + money(account);
    }

    private static String change(Integer change) {
        if (change == null) {
            return "no score 7 days ago";
        }
        return Trend.signed(change) + " over 7 days";
    }

    public static String band(Band band) {
        return band.name().toLowerCase(Locale.ROOT);
    }

    private static String money(Account account) {
        return account.mrr().stripTrailingZeros().toPlainString() + " " + account.currency();
    }

    public static String profileText(AccountProfile p) {
        Account a = p.health().account();
        HealthScore s = p.health().health();
        Signals sig = p.signals();
        StringBuilder t = new StringBuilder();
        t.append('*').append(a.id()).append(' ').append(a.name()).append("* (").append(a.plan()).append(", ")
                .append(a.seats()).append(" seats, owner ").append(a.owner()).append(", ").append(a.language())
                .append(")\n");
        t.append(scoreLine(a, s, p.change7d())).append(", as of ").append(s.asOf()).append('\n');
        t.append("status ").append(a.status().name().toLowerCase(Locale.ROOT));
        if (a.cancelledAt() != null) {
            t.append(" since ").append(a.cancelledAt());
        }
        t.append(", signed up ").append(a.signupDate());
        if (a.renewalDate() != null) {
            t.append(", renews ").append(a.renewalDate());
        }
        t.append('\n');
        trendText(t, p.trends());
        t.append("\n*Reasons*\n");
        if (s.reasons().isEmpty()) {
            t.append("• no playbook rule fired\n");
        }
        for (Reason reason : s.reasons()) {
            t.append("• ").append(reason.rule()).append(": ").append(reason.detail()).append(" → ")
                    .append(reason.action()).append(" (").append(reason.ownerRole()).append(")\n");
        }
        t.append("\n*Recent signals*\n");
        t.append("• last login: ").append(orNone(sig.lastLogin())).append("; last activity: ")
                .append(orNone(sig.lastActivity())).append('\n');
        t.append("• activity: ").append(sig.recentActivity()).append(" events in the latest window, ")
                .append(sig.previousActivity()).append(" in the one before; ").append(sig.recentFeatures())
                .append(" features used\n");
        t.append("• tickets: ").append(sig.tickets().isEmpty() ? "none recent or open" : String.join(", ",
                sig.tickets().stream().map(x -> x.id() + " opened " + x.opened()
                        + (x.closed() == null ? " (open)" : " closed " + x.closed())).toList())).append('\n');
        t.append("• latest NPS: ").append(sig.latestNps() == null ? "none"
                : sig.latestNps().score() + " on " + sig.latestNps().respondedOn()).append('\n');
        t.append("• latest payment: ").append(sig.latestPayment() == null ? "none"
                : sig.latestPayment().status() + " on " + sig.latestPayment().on()).append('\n');
        t.append("\n*Score history* (a week per line, oldest first)\n");
        if (p.history().isEmpty()) {
            t.append("• none yet\n");
        }
        List<ScoreHistory.DayScore> days = p.history();
        for (int from = 0; from < days.size(); from += 7) {
            List<ScoreHistory.DayScore> week = days.subList(from, Math.min(days.size(), from + 7));
            t.append("• ").append(week.get(0).day()).append(" to ").append(week.get(week.size() - 1).day())
                    .append(": ").append(String.join(" ", week.stream().map(d -> Integer.toString(d.score()))
                            .toList())).append(" (").append(band(week.get(week.size() - 1).band())).append(")\n");
        }
        return t.toString().stripTrailing();
    }

    /**
     * The score and each factor now, with their change over each trend's days; a day that was never
     * scored is said to be missing rather than shown as no change.
     */
    private static void trendText(StringBuilder t, List<Trend> trends) {
        if (trends.isEmpty()) {
            return;
        }
        HealthScore now = trends.get(0).now();
        t.append("\n*Trend* (now, then the change over ");
        t.append(String.join(" and ", trends.stream().map(tr -> tr.days() + " days, since " + tr.since()).toList()));
        t.append(")\n");
        t.append("• score ").append(now.score());
        for (Trend trend : trends) {
            t.append("; ").append(trend.days()).append(" days: ").append(trend.known()
                    ? Trend.signed(trend.scoreChange()) : "no score kept on " + trend.since());
        }
        t.append('\n');
        if (now.factors().isEmpty()) {
            return;
        }
        for (Factor factor : Factor.values()) {
            Integer value = now.factors().get(factor);
            if (value == null) {
                continue;
            }
            t.append("• ").append(factor.label()).append(' ').append(value).append("/100");
            for (Trend trend : trends) {
                Integer change = trend.factorChanges().get(factor);
                t.append("; ").append(trend.days()).append(" days: ").append(change != null ? Trend.signed(change)
                        : trend.known() ? "not kept then" : "no score kept");
            }
            t.append('\n');
        }
    }

    private static String orNone(Object value) {
        return value == null ? "never" : value.toString();
    }

    /** {@code {"account_id", "name", "score", "band", "status", "mrr", "reasons": [{"rule", "detail"}]}} */
    public static Map<String, Object> riskJson(AccountHealth h) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account_id", h.account().id());
        json.put("name", h.account().name());
        json.put("score", h.health().score());
        json.put("band", band(h.health().band()));
        json.put("status", h.account().status().name().toLowerCase(Locale.ROOT));
        json.put("mrr", h.account().mrr());
        List<Map<String, String>> reasons = new ArrayList<>();
        for (Reason reason : h.health().reasons()) {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("rule", reason.rule());
            r.put("detail", reason.detail());
            reasons.add(r);
        }
        json.put("reasons", reasons);
        return json;
    }

    /** The risk JSON of the account, plus its change, signals and history. */
    public static Map<String, Object> profileJson(AccountProfile p) {
        Map<String, Object> json = riskJson(p.health());
        Account a = p.health().account();
        json.put("as_of", p.health().health().asOf().toString());
        json.put("status", a.status().name().toLowerCase(Locale.ROOT));
        json.put("change_7d", p.change7d());
        List<Map<String, Object>> reasons = new ArrayList<>();
        for (Reason reason : p.health().health().reasons()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("rule", reason.rule());
            r.put("detail", reason.detail());
            r.put("action", reason.action());
            r.put("owner_role", reason.ownerRole());
            reasons.add(r);
        }
        json.put("reasons", reasons);
        Signals s = p.signals();
        Map<String, Object> signals = new LinkedHashMap<>();
        signals.put("last_login", s.lastLogin() == null ? null : s.lastLogin().toString());
        signals.put("last_activity", s.lastActivity() == null ? null : s.lastActivity().toString());
        signals.put("recent_activity", s.recentActivity());
        signals.put("previous_activity", s.previousActivity());
        signals.put("features_used", s.recentFeatures());
        signals.put("open_tickets", s.tickets().stream().filter(t -> t.closed() == null).map(Signals.Ticket::id).toList());
        signals.put("latest_nps", s.latestNps() == null ? null : s.latestNps().score());
        signals.put("latest_payment", s.latestPayment() == null ? null : s.latestPayment().status());
        json.put("signals", signals);
        List<Map<String, Object>> history = new ArrayList<>();
        for (ScoreHistory.DayScore day : p.history()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("day", day.day().toString());
            d.put("score", day.score());
            d.put("band", band(day.band()));
            history.add(d);
        }
        json.put("history", history);
        Map<String, Object> trends = new LinkedHashMap<>();
        for (Trend trend : p.trends()) {
            Map<String, Object> tr = new LinkedHashMap<>();
            tr.put("since", trend.since().toString());
            tr.put("score_then", trend.known() ? trend.then().score() : null);
            tr.put("score_change", trend.scoreChange());
            tr.put("direction", trend.known() ? Trend.direction(trend.scoreChange()) : null);
            Map<String, Object> factors = new LinkedHashMap<>();
            for (Factor factor : Factor.values()) {
                Integer value = trend.now().factors().get(factor);
                if (value != null) {
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("now", value);
                    f.put("change", trend.factorChanges().get(factor));
                    factors.put(factor.key(), f);
                }
            }
            tr.put("factors", factors);
            trends.put(trend.days() + "d", tr);
        }
        json.put("trends", trends);
        return json;
    }
}
