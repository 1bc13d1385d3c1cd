package io.tenure.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenure.config.ConfigException;
import io.tenure.config.Secrets;
import io.tenure.support.FakeOpenAiServer;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LanguageModelTest {
    private FakeOpenAiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeOpenAiServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private LanguageModel model(int timeoutSeconds) {
        return LanguageModels.fromSettings(new LlmSettings("openai", "test-model", server.baseUrl(), timeoutSeconds,
                200, 0.0, false, "prompts"), new Secrets(Map.of("TENURE_LLM_API_KEY", "sk-test-key")));
    }

    @Test
    void theRealOpenAiClientSendsThePromptAndReturnsTheText() throws Exception {
        server.replyWith("Hello from the model");

        Optional<String> text = model(5).complete("test", "Say hello");

        assertThat(text).contains("Hello from the model");
        var request = server.takeRequest();
        assertThat(request.path("model").asText()).isEqualTo("test-model");
        assertThat(FakeOpenAiServer.promptOf(request)).contains("Say hello");
    }

    @Test
    void aServerErrorGivesEmptySoTheCallerFallsBack() {
        server.failWith(500);

        assertThat(model(5).complete("test", "Say hello")).isEmpty();
    }

    @Test
    void aSlowServerGivesEmptyAfterTheTimeoutInsteadOfHanging() {
        server.replyAfter(3_000, "too late");

        long started = System.nanoTime();
        Optional<String> text = model(1).complete("test", "Say hello");
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(text).isEmpty();
        assertThat(tookMillis).isLessThan(2_900);
    }

    @Test
    void malformedJsonGivesEmpty() {
        server.replyMalformed();

        assertThat(model(5).complete("test", "Say hello")).isEmpty();
    }

    @Test
    void withNoProviderThereIsNoModelAndEveryCallFallsBack() {
        LanguageModel none = LanguageModels.fromSettings(new LlmSettings("none", "", "", 20, 200, 0.0, false, "prompts"),
                new Secrets(Map.of()));

        assertThat(none.available()).isFalse();
        assertThat(none.complete("test", "anything")).isEmpty();
    }

    @Test
    void anUnknownProviderFailsNamingTheKey() {
        assertThatThrownBy(() -> LanguageModels.fromSettings(
                new LlmSettings("gpt", "m", "", 20, 200, 0.0, false, "prompts"), new Secrets(Map.of())))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("llm.provider");
    }
}
