package io.tenure.health;

/** The {@code health} section of the configuration. */
public record HealthSettings(String playbook, boolean demoOnFirstRun, int demoAccounts, int demoDays, long demoSeed,
                             int riskLimit, String digestDir) {
}
