package io.tenure.storage.alerts;

import io.tenure.alerts.AlertLedger;
import io.tenure.jobs.Jobs;
import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * On either database: {@code owner_alert}'s primary key (account, trigger, day) decides which evaluation raises
 * an alert; the delivery job row is added in the same transaction, so it exists exactly when the row does.
 */
public final class SqlAlertLedger implements AlertLedger {
    private final Jdbi jdbi;
    private final Jobs jobs;

    public SqlAlertLedger(Jdbi jdbi, Jobs jobs) {
        this.jdbi = jdbi;
        this.jobs = jobs;
    }

    @Override
    public boolean raise(String accountId, String trigger, LocalDate day, Instant at, String task, String job) {
        return jdbi.inTransaction(h -> raise(h, accountId, trigger, day, at, task, job));
    }

    private boolean raise(Handle h, String accountId, String trigger, LocalDate day, Instant at, String task,
                         String job) {
        int added = h.createUpdate("INSERT INTO owner_alert (account_id, trigger_id, day, raised_at) "
                        + "VALUES (:account, :trigger, :day, :at) ON CONFLICT (account_id, trigger_id, day) DO NOTHING")
                .bind("account", accountId).bind("trigger", trigger).bind("day", day.toString())
                .bind("at", at.toEpochMilli()).execute();
        if (added == 1) {
            jobs.enqueue(h, task, job);
        }
        return added == 1;
    }
}
