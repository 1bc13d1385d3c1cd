package io.tenure.schedule;

import io.tenure.assistant.DailyDigest;
import io.tenure.assistant.Reply;
import io.tenure.assistant.StaffAlerts;
import io.tenure.chat.DigestChannel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the managers' daily digest to every digest channel once per local day, at or after the
 * configured time.
 *
 * <p>Exactly once is decided by one row per (platform, day) in {@code digest_post}: each instance
 * checks every few seconds, and only the one whose {@code INSERT OR IGNORE} adds the row posts. The row
 * survives restarts, and SQLite serialises the inserts of every instance sharing the file. A failed post
 * gives its claim back so the next check tries again; a claim left without a post by an instance that
 * died is taken over once it is older than the claim timeout. An instance that starts after the time
 * posts the day's digest then (late rather than never).
 */
public final class DigestSchedule implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DigestSchedule.class);

    private final DigestSettings settings;
    private final DailyDigest digest;
    private final List<DigestChannel> channels;
    private final Jdbi jdbi;
    private final Clock clock;
    private final StaffAlerts staffAlerts;
    private final String instance = UUID.randomUUID().toString();
    /** Days whose digest could not be built and staff were already told, so they are told once. */
    private final Set<LocalDate> reportedBuildFailures = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService ticker;

    public DigestSchedule(DigestSettings settings, DailyDigest digest, List<DigestChannel> channels, Jdbi jdbi,
                          Clock clock) {
        this(settings, digest, channels, jdbi, clock, alert -> { });
    }

    /** @param staffAlerts told once per day when the digest cannot be built */
    public DigestSchedule(DigestSettings settings, DailyDigest digest, List<DigestChannel> channels, Jdbi jdbi,
                          Clock clock, StaffAlerts staffAlerts) {
        this.staffAlerts = staffAlerts;
        this.settings = settings;
        this.digest = digest;
        this.channels = List.copyOf(channels);
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Checks now and then every {@code digest.check_seconds}, on a daemon thread, until closed. */
    public synchronized void start() {
        if (channels.isEmpty()) {
            log.info("daily digest is off: no chat platform has a digest channel configured");
            return;
        }
        if (ticker != null) {
            return;
        }
        log.info("daily digest: posted at {} {} to {}", settings.time(), settings.zone(),
                channels.stream().map(DigestChannel::platform).toList());
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "digest-schedule");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(this::checkQuietly, 0, settings.checkSeconds(), TimeUnit.SECONDS);
    }

    private void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            // A database hiccup must not end the schedule: the next check tries again.
            log.error("daily digest check failed", e);
        }
    }

    /**
     * Posts today's digest to each channel that has not had it yet, when it is due.
     *
     * @return how many channels this call posted to
     */
    public int check() {
        ZonedDateTime now = clock.instant().atZone(settings.zone());
        if (now.toLocalTime().isBefore(settings.time())) {
            return 0;
        }
        LocalDate day = now.toLocalDate();
        Reply reply = null;
        int posted = 0;
        for (DigestChannel channel : channels) {
            if (!claim(channel.platform(), day)) {
                continue;
            }
            if (reply == null) {
                try {
                    reply = digest.forDay(day);
                } catch (RuntimeException e) {
                    buildFailed(day, e);
                    return posted;
                }
            }
            try {
                channel.post(reply);
                markPosted(channel.platform(), day);
                posted++;
                log.info("daily digest for {} posted to {}", day, channel.platform());
            } catch (RuntimeException e) {
                release(channel.platform(), day);
                log.error("daily digest for {} could not be posted to {}; trying again in {} s", day,
                        channel.platform(), settings.checkSeconds(), e);
            }
        }
        return posted;
    }

    /**
     * A digest that cannot be built (bad data, a broken playbook) will not build on the next check either:
     * the claim is kept, so it is tried again only when the claim goes stale ({@code
     * digest.claim_timeout_minutes}), and staff are told once instead of every few seconds.
     */
    private void buildFailed(LocalDate day, RuntimeException e) {
        if (!reportedBuildFailures.add(day)) {
            log.warn("daily digest for {} still cannot be built: {}", day, e.toString());
            return;
        }
        log.error("daily digest for {} cannot be built; trying again in {} min", day,
                settings.claimTimeoutMinutes(), e);
        try {
            staffAlerts.alert(Reply.failed("The daily digest for " + day + " could not be built: " + e
                    + ". Tenure tries again in " + settings.claimTimeoutMinutes()
                    + " minutes; the log has the details."));
        } catch (RuntimeException alertFailed) {
            log.error("could not tell staff that the digest for {} failed", day, alertFailed);
        }
    }

    /** Whether this instance now holds the claim to post this platform's digest for the day. */
    boolean claim(String platform, LocalDate day) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            int inserted = h.createUpdate("""
                            INSERT INTO digest_post (platform, day, claimed_by, claimed_at)
                            VALUES (:platform, :day, :by, :at) ON CONFLICT (platform, day) DO NOTHING""")
                    .bind("platform", platform).bind("day", day)
                    .bind("by", instance).bind("at", now).execute();
            if (inserted == 1) {
                return true;
            }
            Instant staleBefore = now.minus(Duration.ofMinutes(settings.claimTimeoutMinutes()));
            Optional<Instant> claimedAt = h.createQuery("""
                            SELECT claimed_at FROM digest_post
                            WHERE platform = :platform AND day = :day AND posted_at IS NULL""")
                    .bind("platform", platform).bind("day", day)
                    .mapTo(Instant.class).findOne();
            if (claimedAt.isEmpty() || !claimedAt.get().isBefore(staleBefore)) {
                return false;
            }
            log.warn("taking over the {} digest claim for {}: its instance left it unposted since {}", platform,
                    day, claimedAt.get());
            return h.createUpdate("""
                            UPDATE digest_post SET claimed_by = :by, claimed_at = :at
                            WHERE platform = :platform AND day = :day AND posted_at IS NULL AND claimed_at = :old""")
                    .bind("platform", platform).bind("day", day).bind("by", instance)
                    .bind("at", now).bind("old", claimedAt.get()).execute() == 1;
        });
    }

    private void markPosted(String platform, LocalDate day) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE digest_post SET posted_at = :at WHERE platform = :platform AND day = :day AND claimed_by = :by""")
                .bind("at", clock.instant()).bind("platform", platform).bind("day", day)
                .bind("by", instance).execute());
    }

    private void release(String platform, LocalDate day) {
        jdbi.useHandle(h -> h.createUpdate("""
                        DELETE FROM digest_post
                        WHERE platform = :platform AND day = :day AND claimed_by = :by AND posted_at IS NULL""")
                .bind("platform", platform).bind("day", day).bind("by", instance).execute());
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }
}
