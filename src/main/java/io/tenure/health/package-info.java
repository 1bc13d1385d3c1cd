/**
 * Account health: import of account data (importing), the playbook of rules and score factors
 * (playbook), scores with their reasons and the daily score history (scoring), the daily digest
 * (digest), demo data (demo), the CLI (cli) and the chat commands (staff).
 *
 * <p>Entry point: {@link io.tenure.health.HealthDirectory}, the implementation of the
 * {@link io.tenure.health.AccountDirectory} port that other features use, built in {@code App}.
 */
package io.tenure.health;
