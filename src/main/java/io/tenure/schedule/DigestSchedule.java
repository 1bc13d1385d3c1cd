package io.tenure.schedule;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.tenure.assistant.DailyDigest;
import io.tenure.assistant.Reply;
import io.tenure.assistant.StaffAlerts;
import io.tenure.chat.DigestChannel;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the managers' daily digest to every digest channel once per local day, at the configured time: a
 * recurring job of the job table ({@link #TASK}, db-scheduler's), so of several replicas on one database
 * exactly one runs each day's execution, and a replica that dies while running it leaves the execution to
 * be revived by another once its heartbeat stops.
 *
 * <p>The job's data is the progress of the day: which platforms already have the day's digest. A post
 * that fails is tried again after {@code digest.check_seconds}, to that platform only; a digest that cannot
 * be built is reported to staff once and tried again after {@code digest.claim_timeout_minutes}.
 *
 * <p>Catch-up: the first start on a database, or a start after every replica was down at the time, runs
 * the execution at once. It posts today's digest when today's time has passed (late rather than never);
 * before that time it posts nothing and today's digest comes at the time. Days missed entirely are not
 * posted afterwards: a digest is about today.
 */
public final class DigestSchedule {
    public static final String TASK = "daily-digest";
    private static final Logger log = LoggerFactory.getLogger(DigestSchedule.class);

    private final DigestSettings settings;
    private final DailyDigest digest;
    private final List<DigestChannel> channels;
    private final Clock clock;
    private final StaffAlerts staffAlerts;

    public DigestSchedule(DigestSettings settings, DailyDigest digest, List<DigestChannel> channels, Clock clock) {
        this(settings, digest, channels, clock, alert -> { });
    }

    /** @param staffAlerts told once per day when the digest cannot be built */
    public DigestSchedule(DigestSettings settings, DailyDigest digest, List<DigestChannel> channels, Clock clock,
                          StaffAlerts staffAlerts) {
        this.settings = settings;
        this.digest = digest;
        this.channels = List.copyOf(channels);
        this.clock = clock;
        this.staffAlerts = staffAlerts;
    }

    /** The recurring job, for the scheduler of {@code serve}; empty when no platform has a digest channel. */
    public Optional<RecurringTask<String>> task() {
        if (channels.isEmpty()) {
            log.info("daily digest is off: no chat platform has a digest channel configured");
            return Optional.empty();
        }
        log.info("daily digest: posted at {} {} to {}", settings.time(), settings.zone(),
                channels.stream().map(DigestChannel::platform).toList());
        return Optional.of(Tasks.recurring(TASK, new DailyAt(settings.time(), settings.zone()), String.class)
                .initialData("")
                .onFailure(this::retry)
                .executeStateful((instance, context) -> run(instance.getData())));
    }

    /** A failed execution is tried again soon, with the progress it made; the daily schedule resumes after. */
    private void retry(ExecutionComplete complete, ExecutionOperations<String> operations) {
        Throwable cause = complete.getCause().orElse(null);
        if (cause instanceof NotPosted notPosted) {
            operations.reschedule(complete, complete.getTimeDone().plus(notPosted.retryAfter), notPosted.progress);
        } else {
            // A database hiccup or a bug: keep the progress and try again like a failed post.
            log.error("daily digest run failed; trying again in {} s", settings.checkSeconds(), cause);
            operations.reschedule(complete, complete.getTimeDone().plusSeconds(settings.checkSeconds()));
        }
    }

    /**
     * One execution: posts today's digest to each channel that has not had it yet, when it is due.
     *
     * @param progress what earlier executions recorded ({@link Progress#encode})
     * @return the progress to keep for the next execution
     * @throws NotPosted when a channel is left without the digest, with the progress made and when to retry
     */
    String run(String progress) {
        ZonedDateTime now = clock.instant().atZone(settings.zone());
        if (now.toLocalTime().isBefore(settings.time())) {
            log.info("daily digest: an execution missed while no replica ran; today's digest is posted at {}",
                    settings.time());
            return progress;
        }
        LocalDate day = now.toLocalDate();
        Progress done = Progress.decode(progress).forDay(day);
        List<DigestChannel> due = channels.stream().filter(c -> !done.posted().contains(c.platform())).toList();
        if (due.isEmpty()) {
            return done.encode();
        }
        Reply reply;
        try {
            reply = digest.forDay(day);
        } catch (RuntimeException e) {
            throw buildFailed(done, e);
        }
        Set<String> posted = new LinkedHashSet<>(done.posted());
        boolean failed = false;
        for (DigestChannel channel : due) {
            try {
                channel.post(reply);
                posted.add(channel.platform());
                log.info("daily digest for {} posted to {}", day, channel.platform());
            } catch (RuntimeException e) {
                failed = true;
                log.error("daily digest for {} could not be posted to {}; trying again in {} s", day,
                        channel.platform(), settings.checkSeconds(), e);
            }
        }
        Progress after = new Progress(day, posted, done.buildFailureReported());
        if (failed) {
            throw new NotPosted(after, Duration.ofSeconds(settings.checkSeconds()));
        }
        return after.encode();
    }

    /**
     * A digest that cannot be built (bad data, a broken playbook) will not build a few seconds later either:
     * it is tried again after {@code digest.claim_timeout_minutes}, and staff are told once per day instead of
     * at every try.
     */
    private NotPosted buildFailed(Progress done, RuntimeException e) {
        Duration retry = Duration.ofMinutes(settings.claimTimeoutMinutes());
        if (done.buildFailureReported()) {
            log.warn("daily digest for {} still cannot be built: {}", done.day(), e.toString());
            return new NotPosted(done, retry);
        }
        log.error("daily digest for {} cannot be built; trying again in {} min", done.day(),
                settings.claimTimeoutMinutes(), e);
        try {
            staffAlerts.alert(Reply.failed("The daily digest for " + done.day() + " could not be built: " + e
                    + ". Tenure tries again in " + settings.claimTimeoutMinutes()
                    + " minutes; the log has the details."));
        } catch (RuntimeException alertFailed) {
            log.error("could not tell staff that the digest for {} failed", done.day(), alertFailed);
        }
        return new NotPosted(new Progress(done.day(), done.posted(), true), retry);
    }

    /** The day's progress, kept as the job's data: "2026-11-21 slack,discord" and "!" once staff were told of a failure. */
    record Progress(LocalDate day, Set<String> posted, boolean buildFailureReported) {
        static Progress decode(String data) {
            if (data == null || data.isBlank()) {
                return new Progress(null, Set.of(), false);
            }
            String[] parts = data.trim().split(" ", -1);
            Set<String> posted = new LinkedHashSet<>();
            if (parts.length > 1 && !parts[1].isEmpty()) {
                posted.addAll(List.of(parts[1].split(",")));
            }
            return new Progress(LocalDate.parse(parts[0]), posted, parts.length > 2 && parts[2].equals("!"));
        }

        /** This progress if it is the day's, else a fresh start: another day's posts say nothing of today. */
        Progress forDay(LocalDate today) {
            return today.equals(day) ? this : new Progress(today, Set.of(), false);
        }

        String encode() {
            return day + " " + String.join(",", posted) + (buildFailureReported ? " !" : "");
        }
    }

    /** The execution left a channel without the digest: retry after {@code retryAfter}, keeping {@code progress}. */
    static final class NotPosted extends RuntimeException {
        final String progress;
        final Duration retryAfter;

        NotPosted(Progress progress, Duration retryAfter) {
            super("daily digest for " + progress.day() + " not posted everywhere; trying again in " + retryAfter);
            this.progress = progress.encode();
            this.retryAfter = retryAfter;
        }
    }
}
