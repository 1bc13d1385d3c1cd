package io.tenure.alerts;

import java.util.Locale;
import java.util.Optional;

/**
 * What reaches a staff member directly, chosen with {@code alerts mine|team|all|off} (no choice: mine). The
 * alerts channel gets everything whatever anyone chose.
 */
public enum AlertMode {
    /** Alerts on the accounts they own. */
    MINE,
    /** Alerts on the accounts of everyone in their teams ({@code owners.teams}), their own included. */
    TEAM,
    /** Every alert. */
    ALL,
    /** No direct alerts. */
    OFF;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AlertMode> parse(String word) {
        for (AlertMode mode : values()) {
            if (mode.key().equalsIgnoreCase(word.strip())) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
