/**
 * Owner alerts: the triggers of {@code config/alerts.yaml} (an account turns red, its score drops, a customer
 * wants to leave, a payment fails, a renewal nears while at risk) evaluated after an import and daily, each
 * alert raised once per account, trigger and day (a ledger row written with its delivery job), posted to the
 * alerts channel and sent directly to the owner and whoever chose it with {@code alerts mine|team|all|off}.
 *
 * <p>Entry points: {@link io.tenure.alerts.OwnerAlerts} (raise, evaluate), {@link io.tenure.alerts.OwnerAlertJobs}
 * (the jobs), {@link io.tenure.alerts.AlertsCommand} (chat), built in {@code App}.
 */
package io.tenure.alerts;
