package io.tenure.assistant;

import io.tenure.storage.Transaction;

/**
 * Where a staff alert is written: a row in the caller's transaction, posted later by the alert job, so an
 * alert exists if and only if the change that caused it does.
 */
public interface StaffAlertRows {
    void write(Transaction tx, Reply alert);
}
