package io.tenure.health;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An account's health on a date: 0–100, its band, every reason behind it, and the value of each score
 * factor (0–100; none for a cancelled account, which is not scored by factors).
 */
public record HealthScore(String accountId, LocalDate asOf, int score, Band band, List<Reason> reasons,
                          Map<Factor, Integer> factors) {
    public HealthScore {
        reasons = List.copyOf(reasons);
        factors = factors.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(factors));
    }

    /** A score whose factor values are not known (a cancelled account, a hand-built test account). */
    public HealthScore(String accountId, LocalDate asOf, int score, Band band, List<Reason> reasons) {
        this(accountId, asOf, score, band, reasons, Map.of());
    }

    public boolean fired(String ruleId) {
        return reasons.stream().anyMatch(reason -> reason.rule().equals(ruleId));
    }
}
