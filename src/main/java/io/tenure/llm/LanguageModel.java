package io.tenure.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured chat model behind one small call that never hangs and never throws: it returns the
 * model's text, or empty when there is no model, or when it failed or took longer than the timeout
 * (the log says which). Callers then use their template or extractive fallback.
 */
public final class LanguageModel {
    private static final Logger log = LoggerFactory.getLogger(LanguageModel.class);

    private final ChatModel model;
    private final Duration timeout;
    private final String description;
    private final ExecutorService calls;

    LanguageModel(ChatModel model, Duration timeout, String description) {
        this.model = model;
        this.timeout = timeout;
        this.description = description;
        this.calls = model == null ? null : Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "llm-call");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** No model: every call is answered from templates. The embedded default. */
    public static LanguageModel none() {
        return new LanguageModel(null, Duration.ZERO, "none");
    }

    public static LanguageModel of(ChatModel model, Duration timeout, String description) {
        return new LanguageModel(model, timeout, description);
    }

    public boolean available() {
        return model != null;
    }

    /** e.g. "openai gpt-4o-mini at http://127.0.0.1:8000/v1", for the start-up log. */
    public String description() {
        return description;
    }

    /**
     * @param purpose what the call is for, for the log ("answer", "account-summary", …)
     * @return the model's text, or empty when the caller must fall back
     */
    public Optional<String> complete(String purpose, String prompt) {
        return complete(purpose, List.of(), prompt);
    }

    /**
     * The same, after the earlier turns of a conversation (the asker's messages and the answers they got),
     * so the model reads the prompt as the next turn of it.
     */
    public Optional<String> complete(String purpose, List<ChatMessage> earlier, String prompt) {
        if (model == null) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        List<ChatMessage> messages = new ArrayList<>(earlier);
        messages.add(UserMessage.from(prompt));
        Future<String> call = calls.submit(() -> earlier.isEmpty() ? model.chat(prompt)
                : model.chat(messages).aiMessage().text());
        try {
            String text = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (text == null || text.isBlank()) {
                log.warn("llm {}: empty response; falling back", purpose);
                return Optional.empty();
            }
            log.debug("llm {}: {} ms", purpose, (System.nanoTime() - started) / 1_000_000);
            return Optional.of(text.strip());
        } catch (TimeoutException e) {
            call.cancel(true);
            log.warn("llm {}: no response within {} s; falling back", purpose, timeout.toSeconds());
            return Optional.empty();
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            log.warn("llm {}: failed ({}: {}); falling back", purpose, cause.getClass().getSimpleName(),
                    firstLine(cause.getMessage()));
            return Optional.empty();
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
