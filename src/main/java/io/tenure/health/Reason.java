package io.tenure.health;

/**
 * A playbook rule that fired, with the facts behind it.
 *
 * @param rule the rule's id, e.g. {@code no-login-10d}
 * @param detail the facts in a sentence, e.g. "last login 12 days ago, on 2026-11-09"
 * @param action the suggested action from the playbook
 * @param ownerRole who should act, from the playbook
 */
public record Reason(String rule, String detail, String action, String ownerRole) {
}
