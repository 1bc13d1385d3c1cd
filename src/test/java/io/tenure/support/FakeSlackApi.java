package io.tenure.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A Slack Web API on 127.0.0.1 speaking Slack's wire format: {@code POST /api/<method>} (form or JSON),
 * the upload URL of files.uploadV2, response URLs of slash commands, and a Socket Mode WebSocket. It
 * records every call so tests can say what Slack was asked to do, and what it was never asked.
 */
public final class FakeSlackApi implements AutoCloseable {
    public static final String BOT_USER = "UBOT";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One recorded call: the method (or "upload", "response_url"), its parameters, and the raw body. */
    public record Call(String method, Map<String, String> params, String body) {
        public String param(String name) {
            return params.getOrDefault(name, "");
        }

        /** Every text in the call's Block Kit blocks (parsed, since the client escapes &lt; and &gt;). */
        public String blocksText() {
            return texts(param("blocks"));
        }

        /** Every text in a published or opened view (views.publish, views.open). */
        public String viewText() {
            return texts(param("view"));
        }
    }

    /** All string values inside a JSON document, one per line; the text itself when it is not JSON. */
    static String texts(String json) {
        if (json.isBlank()) {
            return "";
        }
        try {
            StringBuilder out = new StringBuilder();
            collect(JSON.readTree(json), out);
            return out.toString();
        } catch (java.io.IOException e) {
            return json;
        }
    }

    private static void collect(JsonNode node, StringBuilder out) {
        if (node.isTextual()) {
            out.append(node.asText()).append('\n');
        } else {
            node.forEach(child -> collect(child, out));
        }
    }

    /** An HTTP-level failure Slack answers with: a status and, for 429, the seconds to wait. */
    private record HttpFailure(int status, int retryAfterSeconds) {
    }

    /** When a call of a method arrived (System.nanoTime), in order, including the ones answered with errors. */
    public record Arrival(String method, long nanos) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, java.util.Queue<HttpFailure>> httpFailures = new ConcurrentHashMap<>();
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private final Map<String, String> failures = new ConcurrentHashMap<>();
    private final Map<String, String> lastingFailures = new ConcurrentHashMap<>();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000_000L);
    private final List<WsContext> sockets = new CopyOnWriteArrayList<>();
    private final List<String> socketMessages = new CopyOnWriteArrayList<>();
    /** The workspace's people: user id → email, for users.lookupByEmail and users.info. */
    private final Map<String, String> users = new ConcurrentHashMap<>();
    private final Javalin server;

    public FakeSlackApi() {
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.routes.post("/api/{method}", this::method);
            config.routes.post("/upload/{file}", ctx -> {
                calls.add(new Call("upload", Map.of("file_id", ctx.pathParam("file"),
                        "size", Integer.toString(ctx.bodyAsBytes().length)), ""));
                ctx.result("OK - " + ctx.bodyAsBytes().length);
            });
            config.routes.post("/respond/{id}", ctx -> {
                calls.add(new Call("response_url", flat(JSON.readTree(ctx.body())), ctx.body()));
                ctx.result("ok");
            });
            config.routes.ws("/socket", ws -> {
                ws.onConnect(ctx -> {
                    ctx.session.setIdleTimeout(Duration.ofMinutes(5));
                    sockets.add(ctx);
                    calls.add(new Call("socket_connected", Map.of(), ""));
                    ctx.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                            + "\"connection_info\":{\"app_id\":\"A1\"}}");
                });
                ws.onMessage(ctx -> socketMessages.add(ctx.message()));
                ws.onClose(sockets::remove);
            });
        }).start("127.0.0.1", 0);
    }

    public String apiBaseUrl() {
        return base() + "/api/";
    }

    /** A response URL as Slack puts in slash command payloads; calls to it are recorded as "response_url". */
    public String responseUrl(String id) {
        return base() + "/respond/" + id;
    }

    /** A person in the workspace: users.lookupByEmail finds them by address, users.info shows the address. */
    public FakeSlackApi addUser(String userId, String email) {
        users.put(userId, email);
        return this;
    }

    /** The direct-message channel conversations.open gives for a user ("D" + user id). */
    public static String directChannel(String userId) {
        return "D" + userId;
    }

    /** The next call of this method answers {@code {"ok":false,"error":error}}. */
    public void failNext(String method, String error) {
        failures.put(method, error);
    }

    /** Every call of this method answers {@code {"ok":false,"error":error}} (e.g. auth.test with a revoked token). */
    public void failAlways(String method, String error) {
        lastingFailures.put(method, error);
    }

    /**
     * The next {@code times} calls of this method are rate-limited the way Slack does it: HTTP 429,
     * {@code Retry-After: seconds} and {@code {"ok":false,"error":"ratelimited"}}. Nothing is posted.
     */
    public void rateLimitNext(String method, int times, int retryAfterSeconds) {
        for (int i = 0; i < times; i++) {
            httpFailures.computeIfAbsent(method, m -> new java.util.concurrent.ConcurrentLinkedQueue<>())
                    .add(new HttpFailure(429, retryAfterSeconds));
        }
    }

    /** The next {@code times} calls of this method fail with an HTTP status (500, 503…); nothing is posted. */
    public void failWithStatusNext(String method, int times, int status) {
        for (int i = 0; i < times; i++) {
            httpFailures.computeIfAbsent(method, m -> new java.util.concurrent.ConcurrentLinkedQueue<>())
                    .add(new HttpFailure(status, 0));
        }
    }

    /** When each call of a method arrived, also those answered with an HTTP error (which are not in calls()). */
    public List<Long> arrivals(String method) {
        return arrivals.stream().filter(a -> a.method().equals(method)).map(Arrival::nanos).toList();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Waits (briefly) until at least {@code count} calls of the method were made, and returns them. */
    public List<Call> await(String method, int count) {
        return await(c -> c.method().equals(method), count);
    }

    public List<Call> await(Predicate<Call> which, int count) {
        // Generous: on a loaded machine a cold first answer (index, models, classes) takes over ten seconds.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<Call> matching = calls.stream().filter(which).toList();
            if (matching.size() >= count) {
                return matching;
            }
            pause(10);
        }
        throw new AssertionError("expected " + count + " matching calls to the fake Slack API, got: " + calls);
    }

    /** Everything any call carried, for asserting that something never reached Slack. */
    public String everythingSent() {
        StringBuilder all = new StringBuilder();
        for (Call call : calls) {
            all.append(call.method()).append(' ').append(call.params()).append(' ').append(call.body()).append('\n');
            call.params().values().forEach(value -> all.append(texts(value)));
        }
        return all.toString();
    }

    // ---- Socket Mode ----

    public String socketUrl() {
        return "ws://127.0.0.1:" + server.port() + "/socket";
    }

    public int openSockets() {
        return sockets.size();
    }

    /** Waits until at least {@code count} WebSocket connections have been made in total. */
    public void awaitSocketConnections(int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            if (calls("socket_connected").size() >= count) {
                return;
            }
            pause(10);
        }
        throw new AssertionError("expected " + count + " Socket Mode connections, got "
                + calls("socket_connected").size());
    }

    /** Sends a frame to the newest open connection. */
    public void sendToSocket(String json) {
        if (sockets.isEmpty()) {
            throw new AssertionError("no Socket Mode client is connected");
        }
        sockets.get(sockets.size() - 1).send(json);
    }

    /** Waits for a frame the client sent that contains {@code text}. */
    public String awaitSocketMessage(String text) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (String message : socketMessages) {
                if (message.contains(text)) {
                    return message;
                }
            }
            pause(10);
        }
        throw new AssertionError("the Socket Mode client sent nothing containing " + text + "; got " + socketMessages);
    }

    @Override
    public void close() {
        server.stop();
    }

    // ---- the Web API ----

    private void method(Context ctx) throws Exception {
        String method = ctx.pathParam("method");
        arrivals.add(new Arrival(method, System.nanoTime()));
        java.util.Queue<HttpFailure> pending = httpFailures.get(method);
        HttpFailure httpFailure = pending == null ? null : pending.poll();
        if (httpFailure != null) {
            if (httpFailure.status() == 429) {
                ctx.header("Retry-After", Integer.toString(httpFailure.retryAfterSeconds()));
                ctx.status(429).contentType("application/json").result("{\"ok\":false,\"error\":\"ratelimited\"}");
            } else {
                ctx.status(httpFailure.status()).contentType("text/html").result("<html>Internal Server Error</html>");
            }
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        if (contentType.startsWith("application/json")) {
            params.putAll(flat(JSON.readTree(ctx.body())));
        } else {
            ctx.formParamMap().forEach((key, values) -> params.put(key, values.isEmpty() ? "" : values.get(0)));
        }
        calls.add(new Call(method, params, ctx.body()));
        ObjectNode answer = JSON.createObjectNode();
        String failure = failures.containsKey(method) ? failures.remove(method) : lastingFailures.get(method);
        if (failure != null) {
            answer.put("ok", false).put("error", failure);
            ctx.contentType("application/json").result(answer.toString());
            return;
        }
        answer.put("ok", true);
        switch (method) {
            case "auth.test" -> answer.put("url", "https://fake.slack.test/").put("team", "Fake")
                    .put("user", "tenure").put("team_id", "T0001").put("user_id", BOT_USER).put("bot_id", "BBOT");
            case "chat.postMessage" -> answer.put("channel", params.get("channel")).put("ts", nextTs());
            case "chat.update" -> answer.put("channel", params.get("channel")).put("ts", params.get("ts"));
            case "chat.postEphemeral" -> answer.put("message_ts", nextTs());
            case "views.open" -> answer.putObject("view").put("id", "V" + ts.incrementAndGet());
            // The App Home: one view per user, replaced by each publish.
            case "views.publish" -> answer.putObject("view").put("id", "VHOME-" + params.getOrDefault("user_id", ""))
                    .put("type", "home");
            case "files.getUploadURLExternal" -> {
                String file = "F" + ts.incrementAndGet();
                answer.put("upload_url", base() + "/upload/" + file).put("file_id", file);
            }
            case "files.completeUploadExternal" -> answer.putArray("files").addObject().put("id", "F1")
                    .put("title", "chart");
            case "apps.connections.open" -> answer.put("url", socketUrl());
            case "users.lookupByEmail" -> {
                String email = params.getOrDefault("email", "");
                var found = users.entrySet().stream().filter(u -> u.getValue().equalsIgnoreCase(email)).findFirst();
                if (found.isEmpty()) {
                    answer.put("ok", false).put("error", "users_not_found");
                } else {
                    answer.putObject("user").put("id", found.get().getKey()).putObject("profile")
                            .put("email", found.get().getValue());
                }
            }
            case "users.info" -> {
                String user = params.getOrDefault("user", "");
                if (!users.containsKey(user)) {
                    answer.put("ok", false).put("error", "user_not_found");
                } else {
                    answer.putObject("user").put("id", user).putObject("profile").put("email", users.get(user));
                }
            }
            case "conversations.open" -> answer.putObject("channel").put("id",
                    directChannel(params.getOrDefault("users", "").split(",")[0]));
            default -> {
                // Every other method: a plain success is what Slack answers.
            }
        }
        ctx.contentType("application/json").result(answer.toString());
    }

    private String nextTs() {
        long value = ts.incrementAndGet();
        return (value / 1_000_000) + "." + String.format("%06d", value % 1_000_000);
    }

    private String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private static Map<String, String> flat(JsonNode node) {
        Map<String, String> params = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> params.put(field.getKey(),
                field.getValue().isTextual() ? field.getValue().asText() : field.getValue().toString()));
        return params;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    /** All recorded calls grouped by method, for failure messages. */
    @Override
    public String toString() {
        List<String> methods = new ArrayList<>();
        calls.forEach(c -> methods.add(c.method()));
        return "FakeSlackApi" + methods;
    }
}
