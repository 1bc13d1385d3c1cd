package io.tenure.health;

/** An account together with its health on a date. */
public record AccountHealth(Account account, HealthScore health) {
}
