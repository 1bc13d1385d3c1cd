package io.tenure.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.tenure.llm.PromptLibrary;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAI-compatible chat-completions server on 127.0.0.1 standing in for a model that translates well: it
 * reads the question and the languages asked for out of the real query-translate prompt (the template file,
 * turned into a pattern, so the prompt's wording may change) and replies with the human translations, one
 * {@code <code>: <translation>} line per language asked. Any other prompt is the answer prompt: it replies
 * with one sentence citing passage [1], so the answer rests on the passages retrieval chose and nothing is
 * judged by the fake. Used by {@code tenure bench eval-translated} and by the tests.
 */
public final class TranslatingModelServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
    /** What the fake writes for the answer prompt: it cites the first passage and adds nothing of its own. */
    public static final String ANSWER = "The help center's passage answers this [1].";

    private final QueryTranslations translations;
    private final Pattern translatePrompt;
    private final HttpServer server;
    private final List<String> unknownQuestions = new CopyOnWriteArrayList<>();
    private final List<String> translated = new CopyOnWriteArrayList<>();

    public TranslatingModelServer(QueryTranslations translations, PromptLibrary prompts) throws IOException {
        this.translations = translations;
        this.translatePrompt = pattern(prompts.require("query-translate", Set.of("question", "languages")).text());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 50);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "translating-model");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/v1/chat/completions", this::complete);
        server.start();
    }

    /** The base URL for LangChain4j's OpenAI client ({@code llm.base_url}). */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Questions the model was asked to translate, in order. */
    public List<String> translated() {
        return List.copyOf(translated);
    }

    /** Questions the model was asked to translate but the translations file does not hold (replied to with nothing). */
    public List<String> unknownQuestions() {
        return List.copyOf(unknownQuestions);
    }

    /**
     * The reply to one prompt: the translations asked for when it is the query-translate prompt, else the answer.
     */
    String reply(String prompt) {
        Matcher matcher = translatePrompt.matcher(prompt.strip());
        if (!matcher.matches()) {
            return ANSWER;
        }
        String question = matcher.group("question").strip();
        translated.add(question);
        Map<String, String> texts = translations.of(question).orElse(null);
        if (texts == null) {
            unknownQuestions.add(question);
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (String language : matcher.group("languages").split("\\s*,\\s*")) {
            String text = texts.get(language.strip());
            if (text != null) {
                lines.add(language.strip() + ": " + text);
            }
        }
        return String.join("\n", lines);
    }

    /** The template as a pattern: its text literal (any run of white space as any), each variable a named group. */
    static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher variable = VARIABLE.matcher(template.strip());
        int at = 0;
        String text = template.strip();
        while (variable.find()) {
            regex.append(literal(text.substring(at, variable.start())));
            regex.append("(?<").append(variable.group(1)).append(">.*?)");
            at = variable.end();
        }
        regex.append(literal(text.substring(at)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static String literal(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split("\\s+", -1)) {
            if (!out.isEmpty()) {
                out.append("\\s+");
            }
            out.append(word.isEmpty() ? "" : Pattern.quote(word));
        }
        return out.toString();
    }

    private void complete(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            byte[] body = completion(reply(promptOf(request))).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The last user message's text: the rendered prompt (earlier turns, if any, come before it). */
    private static String promptOf(JsonNode request) {
        String prompt = "";
        for (JsonNode message : request.path("messages")) {
            if (!message.path("role").asText().equals("user")) {
                continue;
            }
            JsonNode content = message.path("content");
            if (content.isTextual()) {
                prompt = content.asText();
            } else {
                StringBuilder parts = new StringBuilder();
                for (JsonNode part : content) {
                    parts.append(part.path("text").asText());
                }
                prompt = parts.toString();
            }
        }
        return prompt;
    }

    private static String completion(String content) {
        var root = JSON.createObjectNode().put("id", "chatcmpl-translating").put("object", "chat.completion")
                .put("created", 1_700_000_000L).put("model", "human-translations");
        var choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
        return root.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
