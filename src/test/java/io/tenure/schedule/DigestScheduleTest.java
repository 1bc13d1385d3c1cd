package io.tenure.schedule;

import io.tenure.support.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.assistant.DailyDigest;
import io.tenure.assistant.Reply;
import io.tenure.chat.DigestChannel;
import io.tenure.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily digest: once per local day per platform, across instances sharing one database and restarts. */
class DigestScheduleTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final DigestSettings EIGHT_IN_SEOUL = new DigestSettings(LocalTime.of(8, 0), SEOUL, 30, 10);

    @TempDir
    Path dir;

    /** A digest channel that remembers what it was given. */
    static final class RecordingChannel implements DigestChannel {
        final List<Reply> posts = new CopyOnWriteArrayList<>();
        int failuresLeft;

        @Override
        public String platform() {
            return "slack";
        }

        @Override
        public void post(Reply digest) {
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("Slack is down");
            }
            posts.add(digest);
        }
    }

    private static Clock at(int year, int month, int day, int hour, int minute) {
        return Clock.fixed(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SEOUL).toInstant(), SEOUL);
    }

    private DigestSchedule schedule(RecordingChannel channel, Clock clock) {
        return new DigestSchedule(EIGHT_IN_SEOUL, day -> Reply.text(Reply.Kind.ACCOUNT_DATA, "Digest for " + day),
                List.of(channel), TestDatabases.open(dir).jdbi(), clock);
    }

    @Test
    void aDigestThatCannotBeBuiltIsReportedToStaffOnceAndNotRetriedUntilItsClaimGoesStale() {
        RecordingChannel channel = new RecordingChannel();
        List<Reply> alerts = new CopyOnWriteArrayList<>();
        AtomicInteger builds = new AtomicInteger();
        DailyDigest broken = day -> {
            builds.incrementAndGet();
            throw new NumberFormatException("Character I is neither a decimal digit number, decimal point, nor \"e\"");
        };
        Database database = TestDatabases.open(dir);
        DigestSchedule atEight = new DigestSchedule(EIGHT_IN_SEOUL, broken, List.of(channel), database.jdbi(),
                at(2026, 11, 21, 8, 0), alerts::add);

        for (int check = 0; check < 5; check++) {
            atEight.check();
        }

        assertThat(builds.get()).as("built once, not on every check").isEqualTo(1);
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(Reply.Kind.FAILED);
            assertThat(alert.text()).contains("daily digest for 2026-11-21 could not be built")
                    .contains("tries again in 10 minutes");
        });
        assertThat(channel.posts).isEmpty();

        DigestSchedule elevenMinutesLater = new DigestSchedule(EIGHT_IN_SEOUL, broken, List.of(channel),
                database.jdbi(), at(2026, 11, 21, 8, 11), alerts::add);
        elevenMinutesLater.check();

        assertThat(builds.get()).as("tried again once the claim went stale").isEqualTo(2);
    }

    @Test
    void nothingIsPostedBeforeTheConfiguredLocalTime() {
        RecordingChannel channel = new RecordingChannel();

        int posted = schedule(channel, at(2026, 11, 21, 7, 59)).check();

        assertThat(posted).isZero();
        assertThat(channel.posts).isEmpty();
    }

    @Test
    void twoInstancesOnOneDatabasePostTheDigestOnceAndNotAgainAfterARestart() throws Exception {
        RecordingChannel channel = new RecordingChannel();
        Clock clock = at(2026, 11, 21, 8, 0);
        DigestSchedule first = schedule(channel, clock);
        DigestSchedule second = schedule(channel, clock);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> checks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            DigestSchedule instance = i % 2 == 0 ? first : second;
            Callable<Integer> check = () -> {
                go.await();
                return instance.check();
            };
            checks.add(pool.submit(check));
        }
        go.countDown();
        int posted = 0;
        for (Future<Integer> check : checks) {
            posted += check.get();
        }
        pool.shutdown();
        int afterRestart = schedule(channel, at(2026, 11, 21, 17, 30)).check();

        assertThat(posted).isEqualTo(1);
        assertThat(afterRestart).isZero();
        assertThat(channel.posts).extracting(Reply::text).containsExactly("Digest for 2026-11-21");
    }

    @Test
    void theNextLocalDayGetsItsOwnDigest() {
        RecordingChannel channel = new RecordingChannel();
        schedule(channel, at(2026, 11, 21, 8, 1)).check();

        schedule(channel, at(2026, 11, 22, 8, 1)).check();

        assertThat(channel.posts).extracting(Reply::text)
                .containsExactly("Digest for 2026-11-21", "Digest for 2026-11-22");
    }

    @Test
    void aFailedPostIsTriedAgainAtTheNextCheck() {
        RecordingChannel channel = new RecordingChannel();
        channel.failuresLeft = 1;
        DigestSchedule schedule = schedule(channel, at(2026, 11, 21, 8, 0));

        int firstTry = schedule.check();
        int secondTry = schedule.check();

        assertThat(firstTry).isZero();
        assertThat(secondTry).isEqualTo(1);
        assertThat(channel.posts).hasSize(1);
    }

    @Test
    void aClaimLeftByAnInstanceThatDiedIsTakenOverOnlyOnceStale() {
        RecordingChannel channel = new RecordingChannel();
        DigestSchedule died = schedule(channel, at(2026, 11, 21, 8, 0));
        assertThat(died.claim("slack", LocalDate.of(2026, 11, 21))).isTrue();

        int tooSoon = schedule(channel, at(2026, 11, 21, 8, 5)).check();
        int stale = schedule(channel, at(2026, 11, 21, 8, 11)).check();

        assertThat(tooSoon).isZero();
        assertThat(stale).isEqualTo(1);
        assertThat(channel.posts).hasSize(1);
    }

    @Test
    void theZoneDecidesTheDay() {
        RecordingChannel channel = new RecordingChannel();
        // 23:30 UTC on the 21st is 08:30 on the 22nd in Seoul.
        Clock utcLateEvening = Clock.fixed(Instant.parse("2026-11-21T23:30:00Z"), ZoneId.of("UTC"));

        schedule(channel, utcLateEvening).check();

        assertThat(channel.posts).extracting(Reply::text).containsExactly("Digest for 2026-11-22");
    }
}
