package io.tenure.health;

import java.util.Locale;

/**
 * The {@code health} section of the configuration.
 *
 * @param currency the currency the digest's MRR sums are in (ISO 4217, e.g. USD); accounts billed in another
 *                 currency are left out of the sums and counted apart, never converted
 */
public record HealthSettings(String playbook, boolean demoOnFirstRun, int demoAccounts, int demoDays, long demoSeed,
                             int riskLimit, String digestDir, String currency) {
    public HealthSettings {
        currency = currency == null || currency.isBlank() ? "USD" : currency.strip().toUpperCase(Locale.ROOT);
    }
}
