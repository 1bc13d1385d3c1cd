package io.tenure.health;

public enum AccountStatus {
    ACTIVE, PAUSED, CANCELLED
}
