package io.tenure.assistant;

import org.jdbi.v3.core.Handle;

/**
 * Where a staff alert is written: a row in the caller's transaction, posted later by the alert job, so an
 * alert exists if and only if the change that caused it does.
 */
public interface StaffAlertRows {
    void write(Handle h, Reply alert);
}
