package io.tenure.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import io.tenure.config.ConfigException;
import io.tenure.config.ConfigLoader;
import io.tenure.config.Secrets;
import io.tenure.llm.LanguageModel;
import io.tenure.llm.LanguageModels;
import io.tenure.llm.LlmSettings;
import io.tenure.support.CapturedLogs;
import io.tenure.support.FakeOpenAiServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Issue 13 item 14: secrets never reach a log line, and secret-looking settings are refused at start. */
class SecretsInLogsTest {
    private static final String API_KEY = "sk-live-4f9T2xQ8mZ7pL1vR6nB3cK0w";

    @TempDir
    Path dir;

    /** A logged event as the configured stderr appender (from logback.xml) writes it. */
    @SuppressWarnings("unchecked")
    private static String asWrittenToStderr(ILoggingEvent event) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        OutputStreamAppender<ILoggingEvent> stderr = (OutputStreamAppender<ILoggingEvent>) root.getAppender("STDERR");
        assertThat(stderr).as("logback.xml's STDERR appender").isNotNull();
        assertThat(stderr.getEncoder()).isInstanceOf(RedactingEncoder.class);
        return new String(stderr.getEncoder().encode(event), StandardCharsets.UTF_8);
    }

    @Test
    void aProvidersErrorBodyEchoingTheApiKeyIsMaskedInTheLogLine() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
             CapturedLogs logs = new CapturedLogs(LanguageModel.class)) {
            // given a provider that answers 401 and echoes the key it was sent, as OpenAI does
            server.failWith(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + API_KEY
                    + ". You can find your API key at https://platform.openai.com/account/api-keys.\","
                    + "\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}");
            LanguageModel model = LanguageModels.fromSettings(new LlmSettings("openai", "test-model", server.baseUrl(),
                    5, 200, 0.0, false, "prompts"), new Secrets(Map.of(Secrets.LLM_API_KEY, API_KEY)));

            // when the real LangChain4j client calls it and Tenure logs the failure
            assertThat(model.complete("answer", "How do I cancel?")).isEmpty();

            // then the line the log file gets has the error, without the key
            ILoggingEvent failure = logs.events().stream()
                    .filter(e -> e.getFormattedMessage().contains("failed")).findFirst().orElseThrow();
            assertThat(failure.getFormattedMessage()).as("the unmasked event, to show the attack is real")
                    .contains(API_KEY);
            String written = asWrittenToStderr(failure);
            assertThat(written).contains("Incorrect API key provided", SecretRedaction.MASK).doesNotContain(API_KEY);
        }
    }

    @Test
    void everyKnownSecretShapeIsMaskedWhereverItAppearsInALine() {
        String line = "calling https://admin:hunter2hunter2@llm.example/v1?token=xoxb-1111-2222-abcdefgh with "
                + "Authorization: Bearer abcdefghijklmnop, app token xapp-1-A111-222-abcdef, "
                + "discord MTAxMjM0NTY3ODkwMTIzNDU2.GhIjKl.abcdefghijklmnopqrstuvwxyz0123, key=sk-ant-api03-abcdefgh";

        String redacted = SecretRedaction.redact(line);

        assertThat(redacted).doesNotContain("hunter2hunter2", "xoxb-1111", "abcdefghijklmnop", "xapp-1-A111",
                "MTAxMjM0NTY3ODkwMTIzNDU2", "sk-ant-api03").contains("https://", "llm.example/v1", "Bearer ");
        assertThat(SecretRedaction.redact("question 42 answered in 120 ms for UCUSTOMER in C0123ABCD"))
                .isEqualTo("question 42 answered in 120 ms for UCUSTOMER in C0123ABCD");
    }

    @Test
    void aSecretGivenInTheEnvironmentIsMaskedWhateverItsShape() {
        String password = "plain-smtp-passw0rd-without-a-shape";
        new Secrets(Map.of(Secrets.SMTP_PASSWORD, password));

        assertThat(SecretRedaction.redact("SMTP login failed for " + password)).doesNotContain(password);
    }

    @Test
    void aPasswordInTheLlmBaseUrlIsRefusedAtStartWithoutRepeatingIt() throws Exception {
        assertRefused("llm:\n  base_url: \"https://admin:hunter2hunter2@llm.example/v1\"\n", "llm.base_url",
                "hunter2hunter2");
    }

    @Test
    void anApiKeyGivenAsTheModelNameIsRefusedAtStart() throws Exception {
        assertRefused("llm:\n  model: \"sk-proj-abcdefghijklmnop1234\"\n", "llm.model", "abcdefghijklmnop1234");
    }

    @Test
    void aTokenInAUrlQueryIsRefusedAtStart() throws Exception {
        assertRefused("llm:\n  base_url: \"https://llm.example/v1?token=xoxb-1111-2222-abcdefgh\"\n", "llm.base_url",
                "xoxb-1111-2222");
    }

    @Test
    void aSecretLookingValueFromTheEnvironmentIsRefusedToo() {
        assertThatThrownBy(() -> ConfigLoader.load(null, dir, Map.of("TENURE_LLM_BASE_URL",
                "https://u:p4ssw0rd-long@llm.example/v1")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("llm.base_url")
                .hasMessageNotContaining("p4ssw0rd-long");
    }

    @Test
    void ordinarySettingsStillLoad() throws Exception {
        Path file = Files.writeString(dir.resolve("tenure.yaml"), "llm:\n  base_url: \"http://127.0.0.1:8080/v1\"\n"
                + "  model: \"gpt-4o-mini\"\nslack:\n  team_id: T0123ABCD\n  app_id: A0123ABCD\n");

        assertThat(ConfigLoader.load(file, dir, Map.of()).section("llm", LlmSettings.class).baseUrl())
                .isEqualTo("http://127.0.0.1:8080/v1");
    }

    private void assertRefused(String yaml, String key, String secretPart) throws Exception {
        Path file = Files.writeString(dir.resolve("tenure.yaml"), yaml);

        assertThatThrownBy(() -> ConfigLoader.load(file, dir, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(key)
                .hasMessageContaining("secret")
                .hasMessageNotContaining(secretPart);
    }
}
