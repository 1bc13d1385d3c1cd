package io.tenure.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An OpenAI-compatible chat-completions server on 127.0.0.1 for several processes at once: each request is
 * answered by a function of its prompt (not by a queue, since processes ask in any order), and a request
 * whose prompt matches {@link #holdWhile} gets no answer until {@link #release()}: the calling process waits
 * in the middle of its work, where a test can kill it.
 */
public final class ScriptedModelServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Function<String, String> answers;
    private final List<String> prompts = new CopyOnWriteArrayList<>();
    private final List<String> held = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile Predicate<String> hold = prompt -> false;

    public ScriptedModelServer(Function<String, String> answers) throws IOException {
        this.answers = answers;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "scripted-model");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/v1/chat/completions", this::complete);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Requests whose prompt matches are held, unanswered, until {@link #release()}. */
    public void holdWhile(Predicate<String> prompt) {
        hold = prompt;
    }

    /** Answers the held requests (to whoever still listens) and holds no more. */
    public void release() {
        hold = prompt -> false;
        released.countDown();
    }

    /** Prompts held so far. */
    public List<String> held() {
        return List.copyOf(held);
    }

    /** Every prompt received, in order. */
    public List<String> prompts() {
        return List.copyOf(prompts);
    }

    private void complete(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            String prompt = FakeOpenAiServer.promptOf(request);
            prompts.add(prompt);
            if (hold.test(prompt)) {
                held.add(prompt);
                try {
                    released.await(3, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] body = completion(answers.apply(prompt)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // the caller was killed while waiting
        }
    }

    private static String completion(String content) {
        var root = JSON.createObjectNode().put("id", "chatcmpl-scripted").put("object", "chat.completion")
                .put("created", 1_700_000_000L).put("model", "test-model");
        var choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
        return root.toString();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
