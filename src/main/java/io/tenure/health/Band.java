package io.tenure.health;

/** Health bands: green is healthy, red needs action now. Thresholds are in config. */
public enum Band {
    GREEN, YELLOW, RED
}
