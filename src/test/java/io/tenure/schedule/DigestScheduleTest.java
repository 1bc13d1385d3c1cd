package io.tenure.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.assistant.DailyDigest;
import io.tenure.assistant.Reply;
import io.tenure.chat.DigestChannel;
import io.tenure.jobs.Jobs;
import io.tenure.support.Eventually;
import io.tenure.support.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daily digest: once per local day per platform, across replicas sharing one database and restarts. The
 * replicas' exclusion is db-scheduler's (tested with real schedulers); what one execution does is tested on
 * {@link DigestSchedule#run} with a fixed clock, carrying the job's data from one execution to the next.
 */
class DigestScheduleTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final DigestSettings EIGHT_IN_SEOUL = new DigestSettings(LocalTime.of(8, 0), SEOUL, 30, 10);

    @TempDir
    Path dir;

    /** A digest channel that remembers what it was given. */
    static final class RecordingChannel implements DigestChannel {
        final String platform;
        final List<Reply> posts = new CopyOnWriteArrayList<>();
        volatile int failuresLeft;

        RecordingChannel(String platform) {
            this.platform = platform;
        }

        RecordingChannel() {
            this("slack");
        }

        @Override
        public String platform() {
            return platform;
        }

        @Override
        public void post(Reply digest) {
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException(platform + " is down");
            }
            posts.add(digest);
        }
    }

    private static final DailyDigest DIGEST = day -> Reply.text(Reply.Kind.ACCOUNT_DATA, "Digest for " + day);

    private static Clock at(int year, int month, int day, int hour, int minute) {
        return Clock.fixed(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SEOUL).toInstant(), SEOUL);
    }

    private static DigestSchedule schedule(Clock clock, DigestChannel... channels) {
        return new DigestSchedule(EIGHT_IN_SEOUL, DIGEST, List.of(channels), clock);
    }

    @Test
    void aDigestThatCannotBeBuiltIsReportedToStaffOnceAndTriedAgainAfterTheClaimTimeout() {
        RecordingChannel channel = new RecordingChannel();
        List<Reply> alerts = new CopyOnWriteArrayList<>();
        AtomicInteger builds = new AtomicInteger();
        DailyDigest broken = day -> {
            builds.incrementAndGet();
            throw new NumberFormatException("Character I is neither a decimal digit number, decimal point, nor \"e\"");
        };
        DigestSchedule atEight = new DigestSchedule(EIGHT_IN_SEOUL, broken, List.of(channel), at(2026, 11, 21, 8, 0),
                alerts::add);
        DigestSchedule elevenMinutesLater = new DigestSchedule(EIGHT_IN_SEOUL, broken, List.of(channel),
                at(2026, 11, 21, 8, 11), alerts::add);

        DigestSchedule.NotPosted first = catchNotPosted(atEight, "");
        DigestSchedule.NotPosted second = catchNotPosted(elevenMinutesLater, first.progress);

        assertThat(first.retryAfter).as("tried again after digest.claim_timeout_minutes").isEqualTo(Duration.ofMinutes(10));
        assertThat(builds.get()).as("built at each try").isEqualTo(2);
        assertThat(alerts).as("staff told once").singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(Reply.Kind.FAILED);
            assertThat(alert.text()).contains("daily digest for 2026-11-21 could not be built")
                    .contains("tries again in 10 minutes");
        });
        assertThat(second.retryAfter).isEqualTo(Duration.ofMinutes(10));
        assertThat(channel.posts).isEmpty();
    }

    private static DigestSchedule.NotPosted catchNotPosted(DigestSchedule schedule, String progress) {
        try {
            schedule.run(progress);
        } catch (DigestSchedule.NotPosted notPosted) {
            return notPosted;
        }
        throw new AssertionError("the execution should have failed");
    }

    @Test
    void nothingIsPostedBeforeTheConfiguredLocalTime() {
        RecordingChannel channel = new RecordingChannel();

        String progress = schedule(at(2026, 11, 21, 7, 59), channel).run("");

        assertThat(progress).isEmpty();
        assertThat(channel.posts).isEmpty();
    }

    @Test
    void twoReplicasOnOneDatabasePostTheDigestOnceAndNotAgainAfterARestart() {
        // A zone where it is about noon now, and a digest time this morning: the first execution is due at once.
        int hourUtc = Instant.now().atZone(ZoneOffset.UTC).getHour();
        ZoneId noonNow = ZoneOffset.ofHours(Math.max(-12, Math.min(14, 12 - hourUtc)));
        DigestSettings settings = new DigestSettings(LocalTime.of(6, 0), noonNow, 1, 10);
        RecordingChannel channel = new RecordingChannel();
        Clock clock = Clock.system(noonNow);
        Duration poll = Duration.ofMillis(100);
        try (Jobs first = new Jobs(TestDatabases.open(dir).dataSource(), poll);
             Jobs second = new Jobs(TestDatabases.open(dir).dataSource(), poll)) {
            first.start(List.of(new DigestSchedule(settings, DIGEST, List.of(channel), clock).task().orElseThrow()));
            second.start(List.of(new DigestSchedule(settings, DIGEST, List.of(channel), clock).task().orElseThrow()));
            Eventually.until(Duration.ofSeconds(20), "the digest posted", () -> !channel.posts.isEmpty());
            sleep(Duration.ofSeconds(2));
        }
        try (Jobs restarted = new Jobs(TestDatabases.open(dir).dataSource(), poll)) {
            restarted.start(List.of(new DigestSchedule(settings, DIGEST, List.of(channel), clock).task().orElseThrow()));
            sleep(Duration.ofSeconds(2));
            assertThat(restarted.pending(DigestSchedule.TASK)).as("tomorrow's execution waits").isEqualTo(1);
        }

        assertThat(channel.posts).extracting(Reply::text)
                .containsExactly("Digest for " + LocalDate.now(clock));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theNextLocalDayGetsItsOwnDigest() {
        RecordingChannel channel = new RecordingChannel();
        String afterFirst = schedule(at(2026, 11, 21, 8, 1), channel).run("");

        schedule(at(2026, 11, 22, 8, 1), channel).run(afterFirst);

        assertThat(channel.posts).extracting(Reply::text)
                .containsExactly("Digest for 2026-11-21", "Digest for 2026-11-22");
    }

    @Test
    void aFailedPostIsTriedAgainAfterCheckSecondsOnlyWhereItFailed() {
        RecordingChannel slack = new RecordingChannel("slack");
        RecordingChannel discord = new RecordingChannel("discord");
        discord.failuresLeft = 1;
        DigestSchedule schedule = schedule(at(2026, 11, 21, 8, 0), slack, discord);

        DigestSchedule.NotPosted firstTry = catchNotPosted(schedule, "");
        String secondTry = schedule.run(firstTry.progress);

        assertThat(firstTry.retryAfter).isEqualTo(Duration.ofSeconds(30));
        assertThat(slack.posts).as("slack is not posted twice").hasSize(1);
        assertThat(discord.posts).hasSize(1);
        assertThat(schedule.run(secondTry)).as("nothing left for the day").isEqualTo(secondTry);
        assertThat(slack.posts).hasSize(1);
    }

    @Test
    void anExecutionMissedWhileEveryReplicaWasDownPostsTodaysDigestOnceAndSkipsTheMissedDay() {
        RecordingChannel channel = new RecordingChannel();
        String postedOnThe19th = schedule(at(2026, 11, 19, 8, 0), channel).run("");

        // Down from the 19th to the 21st at 07:00: the overdue execution runs at start, before today's time.
        String beforeTheTime = schedule(at(2026, 11, 21, 7, 0), channel).run(postedOnThe19th);
        String atTheTime = schedule(at(2026, 11, 21, 8, 0), channel).run(beforeTheTime);

        assertThat(channel.posts).extracting(Reply::text)
                .containsExactly("Digest for 2026-11-19", "Digest for 2026-11-21");
        assertThat(atTheTime).startsWith("2026-11-21 slack");
    }

    @Test
    void theZoneDecidesTheDay() {
        RecordingChannel channel = new RecordingChannel();
        // 23:30 UTC on the 21st is 08:30 on the 22nd in Seoul.
        Clock utcLateEvening = Clock.fixed(Instant.parse("2026-11-21T23:30:00Z"), ZoneId.of("UTC"));

        schedule(utcLateEvening, channel).run("");

        assertThat(channel.posts).extracting(Reply::text).containsExactly("Digest for 2026-11-22");
    }

    @Test
    void withoutADigestChannelThereIsNoJob() {
        assertThat(new DigestSchedule(EIGHT_IN_SEOUL, DIGEST, List.of(), at(2026, 11, 21, 8, 0)).task()).isEmpty();
    }
}
