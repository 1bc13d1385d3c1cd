package io.tenure.health.digest;

import io.tenure.health.AccountHealth;
import io.tenure.health.scoring.ScoreHistory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The managers' daily risk summary for one day.
 *
 * @param mrrAtRisk MRR of the active accounts in the red and yellow bands (in {@code currency})
 * @param red MRR and count of today's active accounts in red; {@code yellow} and {@code green} likewise
 * @param otherCurrency active accounts billed in another currency: counted in the bands, not in the sums
 * @param days band counts and MRR per band for each day of the last 30
 * @param turnedRed accounts red today that were not red on {@code redSince}
 * @param redSince the day of the digest before this one (yesterday when there was none)
 * @param scoreLines the most at-risk accounts' scores over the last 30 days, for the chart
 */
public record Digest(LocalDate asOf, List<AccountHealth> turnedRed, List<Drop> biggestDrops,
                     List<AccountHealth> renewalsAtRisk, BigDecimal mrrAtRisk, int activeAccounts, Churn churn,
                     List<ScoreHistory.BandTotal> days, String currency, BandFigure red, BandFigure yellow,
                     BandFigure green, int otherCurrency, LocalDate redSince, List<ScoreLine> scoreLines) {

    /** One at-risk account's kept scores over the window, oldest first. */
    public record ScoreLine(AccountHealth health, List<ScoreHistory.DayScore> days) {
    }

    /** An account whose score fell over the last 7 days. */
    public record Drop(AccountHealth health, int from, int change) {
    }

    /** Today's accounts in one band and their MRR (in the digest's currency). */
    public record BandFigure(int accounts, BigDecimal mrr) {
    }
}
