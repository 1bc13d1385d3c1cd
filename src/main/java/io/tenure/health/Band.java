package io.tenure.health;

/**
 * Health bands: green is healthy, red needs action now. Thresholds are in config. Declared from the
 * least to the most at risk: a later band is a worse one (a rule's min_band floor relies on it).
 */
public enum Band {
    GREEN, YELLOW, RED
}
