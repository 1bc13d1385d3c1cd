package io.tenure.health.playbook;

import io.tenure.config.ConfigException;
import io.tenure.health.Band;
import java.util.Locale;
import java.util.Optional;

/**
 * One rule of the playbook: when its condition holds for an account, it fires and becomes a reason.
 *
 * @param metric what to watch to see the situation improve
 * @param scorePenalty points taken off the score when the rule fires (optional, default 0): for signals
 *                     the weighted factors cannot see, such as a customer asking how to cancel
 * @param minBand the band an account is at least in while the rule fires ({@code yellow} or {@code red};
 *                optional): a failed payment puts revenue at risk however good the usage, so its score
 *                alone (often 75–79) must not leave the account green and off the risk list
 */
public record PlaybookRule(String id, Condition condition, Severity severity, String action, String ownerRole,
                           String metric, Integer scorePenalty, String minBand) {

    public PlaybookRule {
        scorePenalty = scorePenalty == null ? 0 : scorePenalty;
    }

    public PlaybookRule(String id, Condition condition, Severity severity, String action, String ownerRole,
                        String metric, Integer scorePenalty) {
        this(id, condition, severity, action, ownerRole, metric, scorePenalty, null);
    }

    /** The band floor while the rule fires, if it sets one. */
    public Optional<Band> bandFloor() {
        if (minBand == null || minBand.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Band.valueOf(minBand.strip().toUpperCase(Locale.ROOT)));
    }

    public enum Severity {
        HIGH, MEDIUM, LOW;

        @com.fasterxml.jackson.annotation.JsonCreator
        static Severity of(String text) {
            return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Whether the rule is about cancelled accounts (win-back) rather than active ones. */
    public boolean forCancelled() {
        return condition.type() == Condition.Type.DAYS_SINCE_CANCELLATION;
    }

    void check(String path) {
        String where = "playbook " + path + ", rule " + id + ": ";
        if (condition == null || condition.type() == null) {
            throw new ConfigException(where + "needs a condition with a type");
        }
        if (severity == null || action == null || ownerRole == null || metric == null) {
            throw new ConfigException(where + "needs severity, action, owner_role and metric");
        }
        if (scorePenalty < 0 || scorePenalty > 100) {
            throw new ConfigException(where + "score_penalty must be between 0 and 100");
        }
        if (minBand != null && !minBand.isBlank() && !minBand.strip().matches("(?i)yellow|red")) {
            throw new ConfigException(where + "min_band must be yellow or red, got '" + minBand + "'");
        }
        if (minBand != null && !minBand.isBlank() && forCancelled()) {
            throw new ConfigException(where + "min_band does not apply to a rule about cancelled accounts");
        }
        String missing = condition.missingParameter();
        if (missing != null) {
            throw new ConfigException(where + "condition " + condition.type().key() + " needs " + missing);
        }
    }
}
