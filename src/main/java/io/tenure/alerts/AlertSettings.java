package io.tenure.alerts;

/**
 * The {@code alerts} section.
 *
 * @param rules the alert triggers file (default {@code config/alerts.yaml}; bundled in the jar)
 */
public record AlertSettings(String rules) {
    public AlertSettings {
        rules = rules == null || rules.isBlank() ? "config/alerts.yaml" : rules.strip();
    }
}
