package io.tenure.health.playbook;

import io.tenure.config.ConfigException;

/**
 * One rule of the playbook: when its condition holds for an account, it fires and becomes a reason.
 *
 * @param metric what to watch to see the situation improve
 */
public record PlaybookRule(String id, Condition condition, Severity severity, String action, String ownerRole,
                           String metric) {

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
        String missing = condition.missingParameter();
        if (missing != null) {
            throw new ConfigException(where + "condition " + condition.type().key() + " needs " + missing);
        }
    }
}
