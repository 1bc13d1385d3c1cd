package io.tenure.bench.slack;

import io.javalin.Javalin;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Slack-compatible Web API on 127.0.0.1 that says yes to everything, for the acknowledgement
 * benchmark: Slack itself must not be part of what is measured, nor be called from a benchmark.
 */
final class LoopbackSlackApi implements AutoCloseable {
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000_000L);
    private final AtomicInteger posts = new AtomicInteger();
    private final Javalin server;

    LoopbackSlackApi() {
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.routes.post("/api/{method}", ctx -> {
                String method = ctx.pathParam("method");
                String answer;
                if (method.equals("auth.test")) {
                    answer = "{\"ok\":true,\"team_id\":\"T0\",\"user_id\":\"UBENCHBOT\",\"bot_id\":\"BBENCH\"}";
                } else {
                    if (method.equals("chat.postMessage")) {
                        posts.incrementAndGet();
                    }
                    long value = ts.incrementAndGet();
                    answer = "{\"ok\":true,\"ts\":\"" + value / 1_000_000 + "." + value % 1_000_000 + "\"}";
                }
                ctx.contentType("application/json").result(answer);
            });
        }).start("127.0.0.1", 0);
    }

    String apiBaseUrl() {
        return "http://127.0.0.1:" + server.port() + "/api/";
    }

    int posts() {
        return posts.get();
    }

    @Override
    public void close() {
        server.stop();
    }
}
