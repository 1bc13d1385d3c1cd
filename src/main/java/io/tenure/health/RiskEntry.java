package io.tenure.health;

/**
 * An account on the risk list: its health and how its score moved over the last 7 days.
 *
 * @param change7d score now minus score 7 days earlier, or null when that day was never scored
 */
public record RiskEntry(AccountHealth health, Integer change7d) {
}
