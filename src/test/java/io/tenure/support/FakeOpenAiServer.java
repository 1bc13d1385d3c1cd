package io.tenure.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * An OpenAI-compatible chat-completions server on 127.0.0.1 that answers what a test tells it to, and
 * keeps every request body (parsed, since the client pretty-prints it).
 */
public final class FakeOpenAiServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final MockWebServer server = new MockWebServer();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();

    public FakeOpenAiServer() throws IOException {
        server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
    }

    /** The base URL to give LangChain4j's OpenAI client. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getPort() + "/v1";
    }

    public void replyWith(String content) {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(completion(content)).build());
    }

    public void failWith(int status) {
        server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .body("{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}").build());
    }

    /** The next request fails with this status and body (a provider's error, which may echo the key). */
    public void failWith(int status, String body) {
        server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .body(body).build());
    }

    public void replyAfter(long delayMillis, String content) {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .headersDelay(delayMillis, TimeUnit.MILLISECONDS).body(completion(content)).build());
    }

    public void replyMalformed() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"choices\": [ {\"message\": ").build());
    }

    /** The parsed JSON of the next request the client sent, waiting briefly for it. */
    public JsonNode takeRequest() throws InterruptedException, IOException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("the client sent no request");
        }
        JsonNode body = JSON.readTree(request.getBody().utf8());
        requests.add(body);
        return body;
    }

    /** The text of all messages of a parsed request, joined. */
    public static String promptOf(JsonNode request) {
        StringBuilder text = new StringBuilder();
        for (JsonNode message : request.path("messages")) {
            JsonNode content = message.path("content");
            if (content.isTextual()) {
                text.append(content.asText()).append('\n');
            } else {
                for (JsonNode part : content) {
                    text.append(part.path("text").asText()).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String completion(String content) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-test");
        root.put("object", "chat.completion");
        root.put("created", 1_700_000_000L);
        root.put("model", "test-model");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
        return root.toString();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
