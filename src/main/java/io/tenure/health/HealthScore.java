package io.tenure.health;

import java.time.LocalDate;
import java.util.List;

/** An account's health on a date: 0–100, its band, and every reason behind it. */
public record HealthScore(String accountId, LocalDate asOf, int score, Band band, List<Reason> reasons) {
    public HealthScore {
        reasons = List.copyOf(reasons);
    }

    public boolean fired(String ruleId) {
        return reasons.stream().anyMatch(reason -> reason.rule().equals(ruleId));
    }
}
