package io.tenure.alerts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The alerts raised, one per account, trigger and day (implemented in {@code storage/alerts}). Raising writes
 * that row and the job row that delivers the alert in one transaction, so of any number of evaluations, on
 * any replica, before or after a restart, exactly one delivers it.
 */
public interface AlertLedger {
    /**
     * @param job the delivery job's task name and data, added only when this alert is new
     * @return whether the alert was new (false: already raised, nothing added)
     */
    boolean raise(String accountId, String trigger, LocalDate day, Instant at, String task, String job);
}
