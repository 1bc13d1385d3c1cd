package io.tenure.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Whether outreach worked: every draft sent on or after {@code since}, its outcome 30, 60 and 90 days
 * after sending, the save rates by draft kind and by the playbook rule that caused the draft, and the
 * churn per month.
 */
public record OutcomeReport(LocalDate since, LocalDate asOf, List<DraftOutcome> drafts, List<SaveRate> byKind,
                            List<SaveRate> byRule, List<MonthlyChurn> churnByMonth) {
    /** The horizons, in days after sending. */
    public static final List<Integer> HORIZONS = List.of(30, 60, 90);

    /** What became of an account by a day after the draft. */
    public enum Outcome {
        /** The day has not come yet. */
        PENDING,
        /** Cancelled on or before the day. */
        CANCELLED,
        /** Still a customer, but its last payment since sending is smaller than its last one before. */
        DOWNGRADED,
        /** Still a customer and paid again since sending, at least as much as before. */
        RENEWED,
        /** Still a customer, no payment since sending to compare. */
        ACTIVE;

        /** Saved: still a customer at the horizon (a downgrade keeps the customer, so it counts). */
        public boolean saved() {
            return this == DOWNGRADED || this == RENEWED || this == ACTIVE;
        }
    }

    /**
     * @param scoreChange the score at the horizon (the last one computed on or before it) minus the score
     *                    on the day of sending (the last one on or before it); null when either is missing
     */
    public record Horizon(int days, LocalDate on, Outcome outcome, Integer scoreChange, String score) {
    }

    /**
     * @param rule the playbook rule that caused the draft, or "none" when no rule of its topic had fired
     *             (a draft asked for by hand, or the default topic)
     */
    public record DraftOutcome(String draftId, String accountId, String kind, String topic, String rule,
                               LocalDate sentOn, List<Horizon> horizons) {
    }

    /**
     * @param drafts the drafts whose horizon has come
     * @param rate saved ÷ drafts × 100, null when no draft has reached the horizon
     */
    public record SaveRate(String group, int days, int drafts, int saved, Double rate) {
    }

    /** The digest's churn for one calendar month (to the report's day for the current month). */
    public record MonthlyChurn(YearMonth month, int customersAtStart, int customersLost, Double rate) {
    }
}
