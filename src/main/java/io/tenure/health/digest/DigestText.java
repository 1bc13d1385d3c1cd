package io.tenure.health.digest;

import io.tenure.health.AccountHealth;
import io.tenure.health.Reason;
import java.util.List;
import java.util.Locale;

/** The digest as plain text with simple Markdown, as chat adapters post it. */
public final class DigestText {
    private DigestText() {
    }

    public static String render(Digest d) {
        StringBuilder t = new StringBuilder();
        t.append("*Account health digest, ").append(d.asOf()).append("*\n");
        t.append("MRR at risk (red and yellow): ").append(money(d.mrrAtRisk().doubleValue())).append(" across ")
                .append(d.activeAccounts()).append(" active accounts\n");
        t.append("Churn, last 30 days: ").append(percent(d.churn().rate())).append(" (")
                .append(d.churn().customersLost()).append(" lost of ").append(d.churn().customersAtStart())
                .append(" customers on ").append(d.churn().from()).append("); retention ")
                .append(percent(d.churn().retention())).append('\n');
        section(t, "Turned red", d.turnedRed());
        t.append("\n*Biggest drops over 7 days*\n");
        if (d.biggestDrops().isEmpty()) {
            t.append("• none\n");
        }
        for (Digest.Drop drop : d.biggestDrops()) {
            AccountHealth h = drop.health();
            t.append("• ").append(h.account().id()).append(' ').append(h.account().name()).append(": ")
                    .append(drop.from()).append(" → ").append(h.health().score()).append(" (").append(drop.change())
                    .append(")").append(firstReason(h)).append('\n');
        }
        section(t, "Renewals at risk", d.renewalsAtRisk());
        return t.toString().stripTrailing();
    }

    private static void section(StringBuilder t, String title, List<AccountHealth> accounts) {
        t.append("\n*").append(title).append("*\n");
        if (accounts.isEmpty()) {
            t.append("• none\n");
        }
        for (AccountHealth h : accounts) {
            t.append("• ").append(h.account().id()).append(' ').append(h.account().name()).append(": ")
                    .append(h.health().score()).append(' ').append(h.health().band().name().toLowerCase(Locale.ROOT))
                    .append(", MRR ").append(money(h.account().mrr().doubleValue())).append(firstReason(h)).append('\n');
        }
    }

    private static String firstReason(AccountHealth h) {
        List<Reason> reasons = h.health().reasons();
        return reasons.isEmpty() ? "" : ": " + reasons.get(0).detail();
    }

    static String money(double amount) {
        return String.format(Locale.ROOT, "%,.0f", amount);
    }

    static String percent(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", value);
    }
}
