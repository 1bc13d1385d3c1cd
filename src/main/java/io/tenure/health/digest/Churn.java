package io.tenure.health.digest;

import java.time.LocalDate;
import org.jdbi.v3.core.Jdbi;

/**
 * Customer churn over a period: customers lost ÷ customers at the start × 100, and retention, the
 * share of those customers still there at the end. Customers who signed up during the period count in
 * neither, so new business does not hide churn.
 *
 * @param rate churn in percent, NaN when there were no customers at the start
 * @param retention retention in percent, NaN when there were no customers at the start
 */
public record Churn(LocalDate from, LocalDate to, int customersAtStart, int customersLost, double rate,
                    double retention) {

    public static Churn between(Jdbi jdbi, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*), count(*) FILTER (WHERE status = 'cancelled' "
                        + "AND cancelled_at > :from AND cancelled_at <= :to) FROM account "
                        + "WHERE signup_date <= :from AND (status <> 'cancelled' OR cancelled_at > :from)")
                .bind("from", from).bind("to", to)
                .map((rs, ctx) -> {
                    int start = rs.getInt(1);
                    int lost = rs.getInt(2);
                    double rate = start == 0 ? Double.NaN : 100.0 * lost / start;
                    double retention = start == 0 ? Double.NaN : 100.0 * (start - lost) / start;
                    return new Churn(from, to, start, lost, rate, retention);
                }).one());
    }
}
