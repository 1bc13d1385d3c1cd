package io.tenure.health.digest;

import java.time.LocalDate;

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

    /** The figure for {@code start} customers at the start of the period, {@code lost} of them gone by its end. */
    public static Churn of(LocalDate from, LocalDate to, int start, int lost) {
        double rate = start == 0 ? Double.NaN : 100.0 * lost / start;
        double retention = start == 0 ? Double.NaN : 100.0 * (start - lost) / start;
        return new Churn(from, to, start, lost, rate, retention);
    }
}
