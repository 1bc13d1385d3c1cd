package io.tenure.bench.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tenure.storage.assistant.SqlQuestionLog;
import io.tenure.App;
import io.tenure.Main;
import io.tenure.UserError;
import io.tenure.assistant.Assistant;
import io.tenure.assistant.QuestionLog;
import io.tenure.chat.HttpServer;
import io.tenure.chat.HttpSettings;
import io.tenure.chat.slack.SlackAdapter;
import io.tenure.chat.slack.SlackSettings;
import io.tenure.chat.slack.SlackTokens;
import io.tenure.storage.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tenure bench slack-ack}: how fast the real Slack endpoint acknowledges a burst of signed
 * events sent at once, the Web API answered on 127.0.0.1. Slack retries anything not acknowledged
 * within three seconds; the target is p99 ≤ 200 ms.
 */
@Command(name = "slack-ack", description = "Acknowledgement latency of POST /slack/events under concurrent signed events.")
public final class SlackAckBenchmark implements Callable<Integer> {
    private static final String SECRET = "bench-signing-secret-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WARMUP_BURSTS = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--events", defaultValue = "50", description = "Events sent at once (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--rounds", defaultValue = "10", description = "Bursts measured, after three warm-up bursts "
            + "(default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (events < 1 || rounds < 1) {
            throw new UserError("--events and --rounds must be at least 1", 2);
        }
        App app = Main.app(spec);
        Path data = Files.createTempDirectory("tenure-bench-slack");
        List<Long> latencies;
        int posted;
        long drainMillis;
        // The benchmark's own database and Web API: nothing of the user's data or workspace is touched.
        try (LoopbackSlackApi api = new LoopbackSlackApi()) {
            Database database = Database.open(data);
            Clock clock = Clock.systemUTC();
            Assistant assistant = new Assistant(app.knowledge(), new SqlQuestionLog(database.jdbi(), clock), List.of());
            SlackSettings configured = app.config().section("slack", SlackSettings.class);
            SlackSettings settings = new SlackSettings(api.apiBaseUrl(), List.of(), "", "",
                    configured.workingNoticeMillis(), configured.workers());
            SlackAdapter adapter = new SlackAdapter(settings, new SlackTokens("xoxb-bench-000000000000", SECRET, null),
                    assistant, app.roles(), app.draftReview(), App.slackStores(database.jdbi(), clock));
            HttpServer http = new HttpServer(new HttpSettings("127.0.0.1", 0));
            adapter.routes(http);
            adapter.start();
            http.start();
            try {
                List<SlackConnection> connections = new ArrayList<>();
                for (int i = 0; i < events; i++) {
                    connections.add(new SlackConnection(http.port()));
                }
                ExecutorService senders = Executors.newFixedThreadPool(events);
                // Warm-up bursts let the JIT compile the request path; they are not measured.
                for (int round = 0; round < WARMUP_BURSTS; round++) {
                    burst(connections, senders, "warmup" + round);
                    awaitReplies(api, events * (round + 1));
                }
                latencies = new ArrayList<>();
                drainMillis = 0;
                for (int round = 0; round < rounds; round++) {
                    latencies.addAll(burst(connections, senders, "r" + round));
                    // Each burst is measured on its own: the replies of the last one are out before the next.
                    drainMillis = Math.max(drainMillis, awaitReplies(api, events * (WARMUP_BURSTS + round + 1)));
                }
                posted = api.posts() - events * WARMUP_BURSTS;
                senders.shutdownNow();
                for (SlackConnection connection : connections) {
                    connection.close();
                }
            } finally {
                http.close();
                adapter.close();
            }
        } finally {
            deleteQuietly(data);
        }
        Collections.sort(latencies);
        print(latencies, posted, drainMillis);
        return 0;
    }

    /** Waits until the Web API has had {@code expected} replies; returns how long that took, in ms. */
    private static long awaitReplies(LoopbackSlackApi api, int expected) throws InterruptedException {
        long started = System.nanoTime();
        while (api.posts() < expected && System.nanoTime() - started < 60_000_000_000L) {
            Thread.sleep(2);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    /**
     * Sends one signed app_mention event on every connection at the same moment; returns each one's
     * acknowledgement latency in µs, from the first byte written to the last byte of the response read.
     */
    private static List<Long> burst(List<SlackConnection> connections, ExecutorService senders, String round)
            throws Exception {
        CountDownLatch ready = new CountDownLatch(connections.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Long>> results = new ArrayList<>();
        for (int i = 0; i < connections.size(); i++) {
            SlackConnection connection = connections.get(i);
            byte[] request = connection.signedPost(event(round + "-" + i), SECRET);
            results.add(senders.submit(() -> {
                ready.countDown();
                go.await();
                long start = System.nanoTime();
                int status = connection.exchange(request);
                long micros = (System.nanoTime() - start) / 1000;
                if (status != 200) {
                    throw new IllegalStateException("the endpoint answered HTTP " + status);
                }
                return micros;
            }));
        }
        ready.await();
        go.countDown();
        List<Long> latencies = new ArrayList<>();
        for (Future<Long> result : results) {
            latencies.add(result.get());
        }
        return latencies;
    }

    private static String event(String id) {
        ObjectNode body = JSON.createObjectNode().put("token", "t").put("team_id", "T0").put("api_app_id", "A0")
                .put("type", "event_callback").put("event_id", "EvBench-" + id).put("event_time", 1_700_000_000);
        body.putObject("event").put("type", "app_mention").put("user", "UBENCHUSER")
                .put("text", "<@UBENCHBOT> How do I cancel my subscription?").put("ts", "1700000000." + id.hashCode())
                .put("channel", "CBENCH").put("event_ts", "1700000000.000001");
        return body.toString();
    }

    private void print(List<Long> sortedMicros, int posted, long drainMillis) throws IOException {
        double p50 = percentile(sortedMicros, 50) / 1000.0;
        double p99 = percentile(sortedMicros, 99) / 1000.0;
        double max = sortedMicros.get(sortedMicros.size() - 1) / 1000.0;
        int expected = events * rounds;
        // The client runs in this JVM on the same cores; the machine's load says how far to trust the figures.
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode figures = JSON.createObjectNode().put("events", events).put("rounds", rounds)
                    .put("acks", sortedMicros.size()).put("p50_ms", round(p50)).put("p99_ms", round(p99))
                    .put("max_ms", round(max)).put("target_p99_ms", 200).put("met", p99 <= 200)
                    .put("replies_posted", posted).put("replies_expected", expected)
                    .put("replies_done_after_burst_ms_max", drainMillis).put("cores", cores)
                    .put("load_average", round(load));
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(figures));
        } else {
            out.printf("slack-ack: %d bursts of %d concurrent signed events (%d acks)%n", rounds, events,
                    sortedMicros.size());
            out.printf("  p50 %.1f ms   p99 %.1f ms   max %.1f ms   (target p99 <= 200 ms: %s)%n", p50, p99, max,
                    p99 <= 200 ? "met" : "NOT met");
            out.printf("  replies posted %d/%d; a burst's replies were all out at most %d ms after its last ack%n",
                    posted, expected, drainMillis);
            out.printf("  on %d cores, load average %.1f%n", cores, load);
        }
        out.flush();
    }

    private static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temp directory left behind is harmless.
        }
    }
}
