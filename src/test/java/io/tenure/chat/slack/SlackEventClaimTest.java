package io.tenure.chat.slack;

import io.tenure.support.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.storage.Database;
import io.tenure.storage.ClaimTable;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several replicas (each a real Bolt app behind its own HTTP server, with its own fake Slack Web API) on one
 * database: an event is answered by exactly one of them, and a replica dying mid-answer leaves the event to
 * Slack's retry instead of losing it.
 */
class SlackEventClaimTest {
    @TempDir
    Path dir;
    private final List<SlackHarness> replicas = new ArrayList<>();

    @AfterEach
    void stop() {
        replicas.forEach(SlackHarness::close);
    }

    private SlackHarness replica(Duration answerDelay) throws Exception {
        SlackHarness replica = new SlackHarness(dir, answerDelay, 60_000, null);
        replicas.add(replica);
        return replica;
    }

    private static int replies(List<SlackHarness> replicas) {
        return replicas.stream().mapToInt(r -> r.slack.calls("chat.postMessage").size()).sum();
    }

    @Test
    void oneEventDeliveredToThreeReplicasAtOnceIsAnsweredOnce() throws Exception {
        for (int i = 0; i < 3; i++) {
            replica(Duration.ofMillis(300));
        }
        String event = SlackHarness.eventCallback("EvAll",
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "How do I cancel?", "200.1", null));
        ExecutorService senders = Executors.newFixedThreadPool(3);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> acks = new ArrayList<>();
        for (SlackHarness replica : replicas) {
            acks.add(senders.submit((Callable<HttpResponse<String>>) () -> {
                go.await();
                return replica.send(event);
            }));
        }
        go.countDown();
        for (Future<HttpResponse<String>> ack : acks) {
            assertThat(ack.get().statusCode()).isEqualTo(200);
        }
        senders.shutdown();
        // Then a later event to every replica: each has one worker, so once it answered that one, it is done
        // with the first (answered or refused).
        for (int i = 0; i < replicas.size(); i++) {
            String thread = "201." + i;
            replicas.get(i).send(SlackHarness.eventCallback("EvAfter" + i,
                    SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "later", thread, null)));
            replicas.get(i).slack.await(c -> thread.equals(c.param("thread_ts")), 1);
        }

        long answersToTheEvent = replicas.stream().flatMap(r -> r.slack.calls("chat.postMessage").stream())
                .filter(c -> "200.1".equals(c.param("thread_ts"))).count();
        assertThat(answersToTheEvent).isEqualTo(1);
        assertThat(replicas.stream().mapToLong(r -> r.answerer.questions().stream()
                .filter("How do I cancel?"::equals).count()).sum()).isEqualTo(1);
    }

    @Test
    void slacksRetryWhileTheFirstReplicaIsStillAnsweringIsNotAnsweredAgain() throws Exception {
        SlackHarness slow = replica(Duration.ofSeconds(2));
        SlackHarness other = replica(Duration.ZERO);
        String event = SlackHarness.eventCallback("EvSlow",
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "How do I cancel?", "210.1", null));

        slow.send(event);
        waitUntilClaimed("EvSlow");
        HttpResponse<String> retry = other.send(event, SlackHarness.SECRET, System.currentTimeMillis() / 1000,
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        slow.slack.await("chat.postMessage", 1);
        other.send(SlackHarness.eventCallback("EvNext",
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "next", "211.1", null)));
        other.slack.await("chat.postMessage", 1);

        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(other.answerer.questions()).containsExactly("next");
        assertThat(replies(replicas)).isEqualTo(2);
        assertThat(answeredAt("EvSlow")).isNotNull();
    }

    @Test
    void aReplicaThatDiedMidAnswerLeavesTheEventToSlacksRetry() throws Exception {
        // What a replica killed mid-answer leaves behind: its claim on the event, unanswered, lease no longer
        // renewed (its claims closed, so no renewal outlives this test and its data folder).
        Database database = TestDatabases.open(dir);
        Clock then = Clock.fixed(Instant.now().minus(ClaimTable.LEASE).minusSeconds(5), ZoneOffset.UTC);
        try (ClaimTable died = new ClaimTable(database.jdbi(), ClaimTable.Table.SLACK_EVENT, then, "replica-that-died")) {
            assertThat(died.claim("EvCrash")).isTrue();
        }
        SlackHarness survivor = replica(Duration.ZERO);

        HttpResponse<String> retry = survivor.send(SlackHarness.eventCallback("EvCrash",
                        SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "How do I cancel?", "220.1", null)),
                SlackHarness.SECRET, System.currentTimeMillis() / 1000,
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        var reply = survivor.slack.await("chat.postMessage", 1).get(0);

        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(reply.param("thread_ts")).isEqualTo("220.1");
        assertThat(reply.param("text")).isEqualTo(SlackHarness.ANSWER);
        waitUntil(() -> answeredAt("EvCrash") != null);
        // Answered now: Slack's last retry, five minutes on, is not answered a second time.
        survivor.send(SlackHarness.eventCallback("EvCrash",
                        SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "How do I cancel?", "220.1", null)),
                SlackHarness.SECRET, System.currentTimeMillis() / 1000, Map.of("X-Slack-Retry-Num", "2"));
        survivor.send(SlackHarness.eventCallback("EvLast",
                SlackHarness.mention(SlackHarness.CUSTOMER, SlackHarness.PUBLIC, "last", "221.1", null)));
        survivor.slack.await("chat.postMessage", 2);
        assertThat(survivor.answerer.questions()).containsExactly("How do I cancel?", "last");
    }

    private String answeredAt(String eventId) {
        return replicas.get(0).database.jdbi().withHandle(h -> h.select(
                "SELECT answered_at FROM slack_event WHERE event_id = ?", eventId).mapTo(String.class).findOne()
                .orElse(null));
    }

    private void waitUntilClaimed(String eventId) throws InterruptedException {
        waitUntil(() -> replicas.get(0).database.jdbi().withHandle(h -> h.select(
                "SELECT count(*) FROM slack_event WHERE event_id = ?", eventId).mapTo(Integer.class).one()) == 1);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(20);
        }
    }
}
