package io.tenure.jobs;

import io.tenure.config.ConfigException;
import java.time.Duration;

/**
 * The {@code jobs} section: how background work notices a dead process and how often the outreach sweep runs.
 *
 * @param heartbeatSeconds how often a process running a job says so; a job whose process missed four of these
 *                         (it was killed, or its machine stopped) is run again by another process or the next start
 * @param sweepSeconds how often the outreach sweep expires drafts and settles claims of senders that stopped
 */
public record JobSettings(int heartbeatSeconds, int sweepSeconds) {
    public static final JobSettings DEFAULT = new JobSettings(10, 60);

    public JobSettings {
        if (heartbeatSeconds <= 0) {
            throw new ConfigException("jobs.heartbeat_seconds must be positive, got " + heartbeatSeconds);
        }
        if (sweepSeconds <= 0) {
            throw new ConfigException("jobs.sweep_seconds must be positive, got " + sweepSeconds);
        }
    }

    public Duration heartbeat() {
        return Duration.ofSeconds(heartbeatSeconds);
    }

    public Duration sweepEvery() {
        return Duration.ofSeconds(sweepSeconds);
    }
}
