package io.tenure.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.tenure.config.ConfigException;
import io.tenure.config.Secrets;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that builds the LangChain4j chat model from configuration. */
public final class LanguageModels {
    private static final Logger log = LoggerFactory.getLogger(LanguageModels.class);

    private LanguageModels() {
    }

    /**
     * Local OpenAI-compatible servers speak HTTP/1.1; the JDK client's default h2c upgrade offer on
     * plain http:// gains nothing there and is one more thing for a small server to get wrong.
     */
    private static JdkHttpClientBuilder http1() {
        return JdkHttpClient.builder().httpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    }

    public static LanguageModel fromSettings(LlmSettings settings, Secrets secrets) {
        String provider = settings.provider() == null ? "none" : settings.provider().toLowerCase(Locale.ROOT).strip();
        if (provider.isEmpty() || provider.equals("none")) {
            return LanguageModel.none();
        }
        if (!java.util.Set.of("openai", "anthropic", "ollama").contains(provider)) {
            throw new ConfigException("llm.provider must be none, openai, anthropic or ollama, got '"
                    + settings.provider() + "'");
        }
        if (settings.model() == null || settings.model().isBlank()) {
            throw new ConfigException("llm.model must name a model when llm.provider is " + provider);
        }
        if (settings.timeoutSeconds() <= 0) {
            throw new ConfigException("llm.timeout_seconds must be positive, got " + settings.timeoutSeconds());
        }
        Duration timeout = Duration.ofSeconds(settings.timeoutSeconds());
        String baseUrl = settings.baseUrl() == null || settings.baseUrl().isBlank() ? null : settings.baseUrl().strip();
        String apiKey = secrets.get(Secrets.LLM_API_KEY).orElse(null);
        ChatModel model = switch (provider) {
            case "openai" -> {
                if (apiKey == null && baseUrl == null) {
                    throw new ConfigException("llm.provider openai needs " + Secrets.LLM_API_KEY
                            + " in the environment, or llm.base_url for a local OpenAI-compatible server");
                }
                yield OpenAiChatModel.builder()
                        .httpClientBuilder(http1())
                        .baseUrl(baseUrl)
                        // Local OpenAI-compatible servers take any key; the client insists on one.
                        .apiKey(apiKey != null ? apiKey : "not-needed")
                        .modelName(settings.model())
                        .timeout(timeout)
                        .maxTokens(settings.maxTokens())
                        .temperature(settings.temperature())
                        // Our own timeout bounds the whole call; retries would only stretch it.
                        .maxRetries(0)
                        .build();
            }
            case "anthropic" -> {
                if (apiKey == null) {
                    throw new ConfigException("llm.provider anthropic needs " + Secrets.LLM_API_KEY + " in the environment");
                }
                var builder = AnthropicChatModel.builder()
                        .httpClientBuilder(http1())
                        .apiKey(apiKey)
                        .modelName(settings.model())
                        .timeout(timeout)
                        .maxTokens(settings.maxTokens())
                        .temperature(settings.temperature())
                        .maxRetries(0);
                if (baseUrl != null) {
                    builder.baseUrl(baseUrl);
                }
                yield builder.build();
            }
            case "ollama" -> OllamaChatModel.builder()
                    .httpClientBuilder(http1())
                    .baseUrl(baseUrl != null ? baseUrl : "http://127.0.0.1:11434")
                    .modelName(settings.model())
                    .timeout(timeout)
                    .numPredict(settings.maxTokens())
                    .temperature(settings.temperature())
                    .maxRetries(0)
                    .build();
            default -> throw new ConfigException("llm.provider must be none, openai, anthropic or ollama, got '"
                    + settings.provider() + "'");
        };
        String description = provider + " " + settings.model() + (baseUrl != null ? " at " + baseUrl : "");
        log.info("language model: {}", description);
        return LanguageModel.of(model, timeout, description);
    }
}
