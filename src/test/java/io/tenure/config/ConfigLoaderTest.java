package io.tenure.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenure.assistant.RoleSettings;
import io.tenure.llm.LlmSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void withNoFileAndNoEnvironmentTheBundledDefaultsApply() {
        TenureConfig config = ConfigLoader.load(null, dir, Map.of());

        LlmSettings llm = config.section("llm", LlmSettings.class);
        assertThat(llm.provider()).isEqualTo("none");
        assertThat(llm.timeoutSeconds()).isEqualTo(20);
        assertThat(llm.shareContactDetails()).isFalse();
        assertThat(config.dataDir()).isEqualTo(dir);
    }

    @Test
    void aUserFileOverridesOnlyTheKeysItNames() throws IOException {
        Path file = write("llm:\n  provider: openai\n  model: small\n");

        LlmSettings llm = ConfigLoader.load(file, dir, Map.of()).section("llm", LlmSettings.class);

        assertThat(llm.provider()).isEqualTo("openai");
        assertThat(llm.model()).isEqualTo("small");
        assertThat(llm.maxTokens()).isEqualTo(800);
    }

    @Test
    void anEnvironmentVariableOverridesTheFileWithDotsAsUnderscores() throws IOException {
        Path file = write("llm:\n  timeout_seconds: 5\n");

        LlmSettings llm = ConfigLoader.load(file, dir, Map.of(
                "TENURE_LLM_TIMEOUT_SECONDS", "7",
                "TENURE_LLM_SHARE_CONTACT_DETAILS", "true")).section("llm", LlmSettings.class);

        assertThat(llm.timeoutSeconds()).isEqualTo(7);
        assertThat(llm.shareContactDetails()).isTrue();
    }

    @Test
    void aListFromTheEnvironmentIsCommaSeparated() {
        RoleSettings roles = ConfigLoader.load(null, dir, Map.of("TENURE_ROLES_APPROVER", "ana, li"))
                .section("roles", RoleSettings.class);

        assertThat(roles.approver()).containsExactly("ana", "li");
    }

    @Test
    void anUnknownKeyInTheFileFailsNamingTheKey() throws IOException {
        Path file = write("llm:\n  providr: openai\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, dir, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("llm.providr");
    }

    @Test
    void aSecretInTheFileIsRefused() throws IOException {
        Path file = write("llm:\n  api_key: sk-123\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, dir, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("llm.api_key")
                .hasMessageContaining("environment");
    }

    @Test
    void aValueOfTheWrongTypeFailsNamingTheKey() throws IOException {
        Path file = write("llm:\n  timeout_seconds: soon\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, dir, Map.of()).section("llm", LlmSettings.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("llm.timeout_seconds");
    }

    @Test
    void aNonNumericEnvironmentValueForANumberFailsNamingTheVariable() {
        assertThatThrownBy(() -> ConfigLoader.load(null, dir, Map.of("TENURE_LLM_MAX_TOKENS", "many")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("TENURE_LLM_MAX_TOKENS");
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("tenure.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
