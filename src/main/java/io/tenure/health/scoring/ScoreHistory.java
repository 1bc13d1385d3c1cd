package io.tenure.health.scoring;

import io.tenure.health.Band;
import io.tenure.health.Factor;
import io.tenure.health.HealthScore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The daily history of scores, one per account per day (implemented in {@code storage/health}): for
 * "change over 7 days", "turned red" and the digest's 30-day chart.
 */
public interface ScoreHistory {
    record Entry(long key, HealthScore score) {
    }

    /** @param factors each factor's value that day (0–100); empty for days kept before factors were */
    record DayScore(LocalDate day, int score, Band band, Map<Factor, Integer> factors) {
        public DayScore {
            factors = Map.copyOf(factors);
        }

        public DayScore(LocalDate day, int score, Band band) {
            this(day, score, band, Map.of());
        }
    }

    /** Per day and band: how many accounts, and their MRR. */
    record BandTotal(LocalDate day, Band band, int accounts, double mrr) {
    }

    /** Saves the scores of one day at once; a complete run also marks the day as fully scored. */
    void save(LocalDate day, List<Entry> entries, boolean completeRun);

    /** Every account's score on a day, by account id. */
    Map<String, DayScore> on(LocalDate day);

    /** One account's scores from {@code from} to {@code to}, oldest first. */
    List<DayScore> of(long key, LocalDate from, LocalDate to);

    /** Days in [from, to] for which every account was scored. */
    Set<LocalDate> completeDays(LocalDate from, LocalDate to);

    List<BandTotal> bandTotals(LocalDate from, LocalDate to);
}
