package io.tenure.health.playbook;

import io.tenure.config.ConfigException;

/**
 * One rule of the playbook: when its condition holds for an account, it fires and becomes a reason.
 *
 * @param metric what to watch to see the situation improve
 * @param scorePenalty points taken off the score when the rule fires (optional, default 0): for signals
 *                     the weighted factors cannot see, such as a customer asking how to cancel
 */
public record PlaybookRule(String id, Condition condition, Severity severity, String action, String ownerRole,
                           String metric, Integer scorePenalty) {

    public PlaybookRule {
        scorePenalty = scorePenalty == null ? 0 : scorePenalty;
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
        String missing = condition.missingParameter();
        if (missing != null) {
            throw new ConfigException(where + "condition " + condition.type().key() + " needs " + missing);
        }
    }
}
