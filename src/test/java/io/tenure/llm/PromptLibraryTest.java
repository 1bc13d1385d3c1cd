package io.tenure.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenure.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptLibraryTest {
    @TempDir
    Path dir;

    @Test
    void aTemplateIsRenderedWithTheVariablesTheCodeSupplies() throws IOException {
        Files.writeString(dir.resolve("greet.txt"), "Hello {{name}}, about {{topic}}.");

        PromptLibrary.Prompt prompt = new PromptLibrary(dir.toString()).require("greet", Set.of("name", "topic"));

        assertThat(prompt.render(Map.of("name", "Ana", "topic", "billing"))).isEqualTo("Hello Ana, about billing.");
    }

    @Test
    void aTemplateNamingAVariableTheCodeDoesNotSupplyFailsAtLoadNotAtFirstCall() throws IOException {
        Files.writeString(dir.resolve("greet.txt"), "Hello {{name}}, your email is {{email}}.");

        assertThatThrownBy(() -> new PromptLibrary(dir.toString()).require("greet", Set.of("name")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("greet.txt")
                .hasMessageContaining("email");
    }

    @Test
    void aMissingTemplateFailsNamingThePath() {
        assertThatThrownBy(() -> new PromptLibrary(dir.toString()).require("absent", Set.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("absent.txt");
    }
}
