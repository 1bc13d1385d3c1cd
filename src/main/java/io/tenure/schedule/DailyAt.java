package io.tenure.schedule;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Every day at a local time, except the first run: a database that has never had the digest posts today's
 * at once when the time has passed (late rather than never), then daily at the time.
 */
final class DailyAt implements Schedule {
    private final LocalTime time;
    private final ZoneId zone;
    private final Schedule daily;

    DailyAt(LocalTime time, ZoneId zone) {
        this.time = time;
        this.zone = zone;
        this.daily = Schedules.daily(zone, time);
    }

    @Override
    public Instant getNextExecutionTime(ExecutionComplete executionComplete) {
        return daily.getNextExecutionTime(executionComplete);
    }

    @Override
    public Instant getInitialExecutionTime(Instant now) {
        ZonedDateTime today = now.atZone(zone).with(time);
        return today.toInstant().isAfter(now) ? today.toInstant() : now;
    }

    /**
     * Not deterministic for db-scheduler: on start it moves a deterministic schedule's pending execution to the
     * next daily time, which would drop a retry waiting for a failed post; this way only a time moved earlier
     * reschedules it (the job's progress keeps a day from being posted twice).
     */
    @Override
    public boolean isDeterministic() {
        return false;
    }

    @Override
    public String toString() {
        return "daily at " + time + " " + zone;
    }
}
