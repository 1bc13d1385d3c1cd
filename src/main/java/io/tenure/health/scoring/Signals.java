package io.tenure.health.scoring;

import io.tenure.health.Account;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What is known about one account on an as-of date, the input of the score. Everything after the
 * as-of date is already left out: a ticket closed later is still open here, a later payment unseen.
 *
 * @param lastLogin null when the account never logged in
 * @param lastActivity null when there was no activity of any kind
 * @param recentActivity events in the activity-trend window ending on the as-of date
 * @param previousActivity events in the window before that
 * @param recentFeatures distinct features used in the feature-breadth window
 * @param tickets tickets opened in the look-back window, and every ticket still open
 * @param milestones milestones due before the as-of date
 * @param cancelIntents questions of the account's customers showing they may leave, in the look-back
 *                      window of the cancel_intent_within rules, oldest first
 */
public record Signals(long key, Account account, LocalDate lastLogin, LocalDate lastActivity, int recentActivity,
                      int previousActivity, int recentFeatures, List<Ticket> tickets, Nps latestNps,
                      Payment latestPayment, List<Milestone> milestones, List<CancelIntent> cancelIntents) {

    public Signals {
        tickets = List.copyOf(tickets);
        milestones = List.copyOf(milestones);
        cancelIntents = List.copyOf(cancelIntents);
    }

    /** @param closed null when still open on the as-of date */
    public record Ticket(String id, LocalDate opened, LocalDate closed) {
    }

    public record Nps(LocalDate respondedOn, int score, String comment) {
    }

    public record Payment(LocalDate on, String status, BigDecimal amount) {
    }

    /** @param intent cancel, downgrade, refund or billing-complaint */
    public record CancelIntent(LocalDate on, String question, String intent) {
    }

    /** @param completed null when not completed by the as-of date */
    public record Milestone(String name, LocalDate due, LocalDate completed) {
    }
}
