package io.tenure.report;

import io.tenure.report.OutcomeReport.Horizon;
import io.tenure.report.OutcomeReport.MonthlyChurn;
import io.tenure.report.OutcomeReport.SaveRate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The outcomes report as text for the console and chat. */
final class OutcomeReportText {
    private OutcomeReportText() {
    }

    static String render(OutcomeReport report) {
        StringBuilder text = new StringBuilder();
        text.append("Outreach outcomes: drafts sent ").append(report.since()).append(" to ").append(report.asOf())
                .append('\n').append(headline(report)).append('\n');
        text.append("\nSaved = still a customer at the horizon (not cancelled), downgrades included.\n");
        section(text, "Save rate by draft kind", report.byKind());
        section(text, "Save rate by the rule that caused the draft", report.byRule());
        text.append("\nDrafts (outcome at 30 / 60 / 90 days, score change)\n");
        for (OutcomeReport.DraftOutcome draft : report.drafts()) {
            text.append("  ").append(draft.sentOn()).append("  ").append(draft.accountId()).append("  ")
                    .append(draft.kind()).append(" (").append(draft.rule()).append(")  ");
            List<String> parts = draft.horizons().stream().map(OutcomeReportText::horizon).toList();
            text.append(String.join(" / ", parts)).append('\n');
        }
        text.append("\nChurn per month (customers lost ÷ customers at the start × 100)\n");
        for (MonthlyChurn month : report.churnByMonth()) {
            text.append("  ").append(month.month()).append("  ").append(rate(month.rate())).append("  (")
                    .append(month.customersLost()).append(" of ").append(month.customersAtStart()).append(")\n");
        }
        return text.toString();
    }

    /** One line: the 90-day save rate over all kinds and the last month's churn. */
    static String headline(OutcomeReport report) {
        int reached = 0;
        int saved = 0;
        for (SaveRate rate : report.byKind()) {
            if (rate.days() == 90) {
                reached += rate.drafts();
                saved += rate.saved();
            }
        }
        String save = reached == 0 ? "no sent draft is 90 days old yet"
                : String.format(Locale.ROOT, "%s of %d sent drafts saved at 90 days", rate(100.0 * saved / reached), reached);
        Optional<MonthlyChurn> last = report.churnByMonth().isEmpty() ? Optional.empty()
                : Optional.of(report.churnByMonth().get(report.churnByMonth().size() - 1));
        return save + last.map(m -> "; churn " + rate(m.rate()) + " in " + m.month()).orElse("");
    }

    private static void section(StringBuilder text, String title, List<SaveRate> rates) {
        text.append('\n').append(title).append('\n');
        for (SaveRate rate : rates) {
            text.append(String.format(Locale.ROOT, "  %-24s %2d days  %s (%d of %d)%n", rate.group(), rate.days(),
                    rate(rate.rate()), rate.saved(), rate.drafts()));
        }
    }

    private static String horizon(Horizon horizon) {
        String outcome = horizon.outcome().name().toLowerCase(Locale.ROOT);
        return horizon.scoreChange() == null ? outcome
                : outcome + String.format(Locale.ROOT, " %+d", horizon.scoreChange());
    }

    private static String rate(Double rate) {
        return rate == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", rate);
    }
}
