package io.tenure.report;

import io.tenure.health.digest.Churn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the outcomes report reads: the sent drafts and, for their accounts, the account's state, its
 * successful payments and its daily scores. Dates are compared in Java, so the queries bind no dates and
 * stay the same on every database.
 */
public interface OutcomeHistory {

    /** A draft that went out. {@code riskReason} is "detail [rule]; detail [rule]" as the drafter wrote it. */
    record SentDraft(String id, String accountId, String kind, String topic, String riskReason, Instant sentAt) {
    }

    /** An account as it is now: the accounts table keeps its current plan, MRR and status only. */
    record AccountState(String id, String status, LocalDate cancelledOn) {
        public boolean cancelledBy(LocalDate day) {
            // A cancelled account without a date counts as cancelled throughout: the report cannot place it.
            return "cancelled".equals(status) && (cancelledOn == null || !cancelledOn.isAfter(day));
        }
    }

    record Payment(String accountId, LocalDate on, double amount) {
    }

    record Score(String accountId, LocalDate day, int score) {
    }

    List<SentDraft> sentDrafts();

    /** The accounts of the sent drafts. */
    List<AccountState> accounts();

    /** Successful payments of the accounts of the sent drafts, oldest first. */
    List<Payment> payments();

    /** Daily scores of the accounts of the sent drafts, oldest first. */
    List<Score> scores();

    /** The digest's churn figure over (from, to]. */
    Churn churn(LocalDate from, LocalDate to);
}
