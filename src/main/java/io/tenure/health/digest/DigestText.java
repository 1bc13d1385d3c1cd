package io.tenure.health.digest;

import io.tenure.health.AccountHealth;
import io.tenure.health.Reason;
import io.tenure.health.Trend;
import java.util.List;
import java.util.Locale;

/** The digest as plain text with simple Markdown, as chat adapters post it. */
public final class DigestText {
    private DigestText() {
    }

    public static String render(Digest d) {
        StringBuilder t = new StringBuilder();
        t.append("*Account health digest, ").append(d.asOf()).append("*\n");
        // "across 36 active accounts" read as if all 36 were at risk: say which accounts each figure counts.
        t.append("Today: ").append(d.activeAccounts()).append(" active accounts: ").append(d.red().accounts())
                .append(" red, ").append(d.yellow().accounts()).append(" yellow, ").append(d.green().accounts())
                .append(" green\n");
        t.append("MRR at risk today: ").append(money(d.mrrAtRisk(), d.currency())).append(" (red ")
                .append(money(d.red().mrr(), d.currency())).append(" in ").append(accounts(d.red().accounts()))
                .append("; yellow ").append(money(d.yellow().mrr(), d.currency())).append(" in ")
                .append(accounts(d.yellow().accounts())).append(")\n");
        if (d.otherCurrency() > 0) {
            t.append("(").append(accounts(d.otherCurrency())).append(" billed in another currency than ")
                    .append(d.currency()).append(": counted above, not in the MRR sums)\n");
        }
        t.append("Churn, last 30 days: ").append(percent(d.churn().rate())).append(" (")
                .append(d.churn().customersLost()).append(" lost of ").append(d.churn().customersAtStart())
                .append(" customers on ").append(d.churn().from()).append("); retention ")
                .append(percent(d.churn().retention())).append('\n');
        section(t, "New in red since " + d.redSince(), d.turnedRed());
        t.append("\n*Biggest drops over 7 days*\n");
        if (d.biggestDrops().isEmpty()) {
            t.append("• none\n");
        }
        for (Digest.Drop drop : d.biggestDrops()) {
            AccountHealth h = drop.health();
            t.append("• ").append(h.account().id()).append(' ').append(h.account().name()).append(": ")
                    .append(drop.from()).append(" to ").append(h.health().score()).append(" (")
                    .append(Trend.signed(drop.change())).append(")").append(firstReason(h)).append('\n');
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
                    .append(", MRR ").append(money(h.account().mrr(), h.account().currency())).append(firstReason(h))
                    .append('\n');
        }
    }

    private static String firstReason(AccountHealth h) {
        List<Reason> reasons = h.health().reasons();
        return reasons.isEmpty() ? "" : ": " + reasons.get(0).detail();
    }

    static String money(double amount) {
        return String.format(Locale.ROOT, "%,.0f", amount);
    }

    /** "4,500 USD": an amount never goes without its currency. */
    static String money(java.math.BigDecimal amount, String currency) {
        return money(amount.doubleValue()) + (currency == null || currency.isBlank() ? "" : " " + currency.strip());
    }

    private static String accounts(int count) {
        return count + (count == 1 ? " account" : " accounts");
    }

    static String percent(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", value);
    }
}
