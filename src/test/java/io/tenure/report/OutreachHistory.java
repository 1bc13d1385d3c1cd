package io.tenure.report;

import io.tenure.report.OutcomeReport.Outcome;
import io.tenure.storage.SqlValues;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * A generated history with known answers, written to a real database: accounts that got sent drafts of
 * every kind for different playbook rules, some cancelled afterwards, one downgraded, others renewed or
 * simply still there, plus accounts nobody wrote to (they count in churn only). Each case says what the
 * report must find at 30, 60 and 90 days, so the tests derive their figures from here.
 */
final class OutreachHistory {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);
    static final LocalDate SIGNUP = LocalDate.of(2025, 1, 1);
    private static final Outcome P = Outcome.PENDING;
    private static final Outcome C = Outcome.CANCELLED;
    private static final Outcome D = Outcome.DOWNGRADED;
    private static final Outcome R = Outcome.RENEWED;
    private static final Outcome A = Outcome.ACTIVE;

    /**
     * @param cancelledAfter days after sending the account cancelled (negative: before), null for never
     * @param paidAfter the amount paid 20 days after sending, null for no payment since (MRR before: 100)
     * @param expected the outcome at 30, 60 and 90 days
     */
    record Case(String account, String kind, String topic, String risk, String rule, int sentDaysAgo,
                Integer cancelledAfter, Double paidAfter, int scoreAtSending, int scoreAfter, List<Outcome> expected) {
        LocalDate sentOn() {
            return AS_OF.minusDays(sentDaysAgo);
        }

        LocalDate cancelledOn() {
            return cancelledAfter == null ? null : sentOn().plusDays(cancelledAfter);
        }
    }

    static final List<Case> CASES = List.of(
            new Case("acme", "save-offer", "value", "Asked how to cancel [cancel-intent]", "cancel-intent",
                    100, 40, 100.0, 40, 30, List.of(R, C, C)),
            new Case("bolt", "save-offer", "value", "NPS 4 [nps-below-7]", "nps-below-7",
                    100, null, 50.0, 35, 45, List.of(D, D, D)),
            // The topic's row lists cancel-intent before inactive-45d, so cancel-intent caused this one.
            new Case("crane", "save-offer", "value", "No use for 50 days [inactive-45d]; Asked how to cancel [cancel-intent]",
                    "cancel-intent", 100, null, 120.0, 30, 60, List.of(R, R, R)),
            new Case("delta", "check-in", "engagement", "No login for 12 days [no-login-10d]", "no-login-10d",
                    100, null, null, 50, 50, List.of(A, A, A)),
            new Case("ember", "check-in", "support", "3 tickets in 7 days [tickets-3-in-7d]", "tickets-3-in-7d",
                    100, 70, null, 45, 40, List.of(A, A, C)),
            new Case("fjord", "billing", "payment", "Payment failed [payment-failed]", "payment-failed",
                    45, null, 100.0, 20, 70, List.of(R, P, P)),
            new Case("gale", "check-in", "engagement", "no playbook rule fired", "none",
                    100, 10, null, 60, 55, List.of(C, C, C)),
            new Case("harbor", "win-back", "win-back", "Cancelled 20 days ago [winback-30-60-90]", "winback-30-60-90",
                    100, -20, null, 10, 10, List.of(C, C, C)));

    /** Accounts nobody wrote to: id, signup day, cancelled day or null. */
    record Quiet(String account, LocalDate signup, LocalDate cancelled) {
    }

    static final List<Quiet> QUIET = List.of(
            new Quiet("iris", SIGNUP, null),
            new Quiet("jade", LocalDate.of(2026, 10, 5), null),
            new Quiet("kite", SIGNUP, LocalDate.of(2026, 9, 3)));

    private OutreachHistory() {
    }

    static void write(Jdbi jdbi) {
        jdbi.useHandle(h -> {
            for (Case c : CASES) {
                account(h, c.account(), SIGNUP, c.cancelledOn());
                int key = h.createQuery("SELECT key FROM account WHERE id = :id").bind("id", c.account())
                        .mapTo(Integer.class).one();
                payment(h, key, c.sentOn().minusDays(5), 100.0);
                if (c.paidAfter() != null) {
                    payment(h, key, c.sentOn().plusDays(20), c.paidAfter());
                }
                score(h, key, c.sentOn().minusDays(1), c.scoreAtSending() + 7);
                score(h, key, c.sentOn(), c.scoreAtSending());
                score(h, key, c.sentOn().plusDays(25), c.scoreAfter());
                draft(h, c.account() + "-sent", c, "sent");
                // Drafts that never went out are not outreach that could have worked.
                draft(h, c.account() + "-rejected", c, "rejected");
            }
            for (Quiet q : QUIET) {
                account(h, q.account(), q.signup(), q.cancelled());
            }
        });
    }

    /** Churn for a month as the playbook defines it, counted straight from the fixture's accounts. */
    static double[] churn(YearMonth month) {
        LocalDate from = month.atDay(1).minusDays(1);
        LocalDate to = month.atEndOfMonth().isAfter(AS_OF) ? AS_OF : month.atEndOfMonth();
        List<LocalDate[]> accounts = new ArrayList<>();
        CASES.forEach(c -> accounts.add(new LocalDate[] {SIGNUP, c.cancelledOn()}));
        QUIET.forEach(q -> accounts.add(new LocalDate[] {q.signup(), q.cancelled()}));
        int start = 0;
        int lost = 0;
        for (LocalDate[] a : accounts) {
            boolean there = !a[0].isAfter(from) && (a[1] == null || a[1].isAfter(from));
            if (there) {
                start++;
                if (a[1] != null && !a[1].isAfter(to)) {
                    lost++;
                }
            }
        }
        return new double[] {start, lost};
    }

    private static void account(org.jdbi.v3.core.Handle h, String id, LocalDate signup, LocalDate cancelled) {
        h.createUpdate("""
                        INSERT INTO account (id, name, plan, mrr, currency, seats, signup_date, renewal_date, owner,
                            contact_email, language, status, cancelled_at)
                        VALUES (:id, :id, 'team', 100, 'EUR', 5, :signup, '2027-01-01', 'owner@example.com',
                            :email, 'en', :status, :cancelled)""")
                .bind("id", id).bind("signup", SqlValues.date(h, signup)).bind("email", id + "@example.com")
                .bind("status", cancelled == null ? "active" : "cancelled")
                .bind("cancelled", cancelled == null ? null : SqlValues.date(h, cancelled))
                .execute();
    }

    private static void payment(org.jdbi.v3.core.Handle h, int key, LocalDate on, double amount) {
        h.createUpdate("INSERT INTO payment (account_key, at, status, amount) VALUES (:key, :at, 'succeeded', :amount)")
                .bind("key", key).bind("at", SqlValues.seconds(h, on.atTime(8, 0).toEpochSecond(ZoneOffset.UTC))).bind("amount", amount)
                .execute();
    }

    private static void score(org.jdbi.v3.core.Handle h, int key, LocalDate day, int score) {
        h.createUpdate("INSERT INTO health_score (account_key, day, score, band, rules) VALUES (:key, :day, :score, 'red', '')")
                .bind("key", key).bind("day", SqlValues.date(h, day)).bind("score", score).execute();
    }

    private static void draft(org.jdbi.v3.core.Handle h, String id, Case c, String status) {
        Object at = SqlValues.instant(h, c.sentOn().atTime(10, 0).toInstant(ZoneOffset.UTC));
        Object created = SqlValues.instant(h, c.sentOn().minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        h.createUpdate("""
                        INSERT INTO outreach_draft (id, account_id, account_name, kind, topic, language, recipient,
                            risk_reason, subject, body, status, composed_by, created_by, created_at, expires_at,
                            updated_at, message_id, sent_at)
                        VALUES (:id, :account, :account, :kind, :topic, 'en', :recipient, :risk, 'Hello', 'Body',
                            :status, 'template', 'agent', :created, :created, :at, :message, :sent)""")
                .bind("id", id).bind("account", c.account()).bind("kind", c.kind()).bind("topic", c.topic())
                .bind("recipient", c.account() + "@example.com").bind("risk", c.risk()).bind("status", status)
                .bind("created", created).bind("at", at).bind("message", "<" + id + "@tenure>")
                .bind("sent", "sent".equals(status) ? at : null)
                .execute();
    }
}
