/**
 * Background work as database rows: what another process or a later start must see (card updates, staff
 * alerts, question follow-ups, deliveries, the outreach sweep, the daily digest) is written as a row in the
 * same transaction as the change that causes it, and worked by db-scheduler. Entry point: {@link io.tenure.jobs.Jobs}.
 */
package io.tenure.jobs;
