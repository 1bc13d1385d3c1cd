package io.tenure.health.digest;

import io.tenure.health.AccountHealth;
import io.tenure.health.scoring.ScoreHistory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The managers' daily risk summary for one day.
 *
 * @param mrrAtRisk MRR of the active accounts in the red and yellow bands
 * @param days band counts and MRR per band for each day of the last 30
 */
public record Digest(LocalDate asOf, List<AccountHealth> turnedRed, List<Drop> biggestDrops,
                     List<AccountHealth> renewalsAtRisk, BigDecimal mrrAtRisk, int activeAccounts, Churn churn,
                     List<ScoreHistory.BandTotal> days) {

    /** An account whose score fell over the last 7 days. */
    public record Drop(AccountHealth health, int from, int change) {
    }
}
