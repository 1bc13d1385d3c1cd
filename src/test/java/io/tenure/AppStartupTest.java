package io.tenure;

import io.tenure.support.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenure.config.ConfigException;
import io.tenure.config.ConfigLoader;
import io.tenure.support.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outreach's prompts and templates are checked when the application starts, not at the first call. */
class AppStartupTest {
    @TempDir
    Path temp;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-21T09:00:00Z"));

    private Path copyOfBundledPrompts() throws IOException {
        Path prompts = temp.resolve("prompts");
        try (Stream<Path> files = Files.walk(Path.of("prompts"))) {
            for (Path file : files.toList()) {
                Path target = prompts.resolve(Path.of("prompts").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return prompts;
    }

    private App app(Path prompts) {
        return new App(ConfigLoader.load(null, temp.resolve("data"), TestDatabases.environment(temp.resolve("data"),
                Map.of("TENURE_LLM_PROMPTS_DIR", prompts.toString()))), clock);
    }

    @Test
    void theBundledPromptsAndTemplatesPassTheStartupCheck() throws IOException {
        App app = app(copyOfBundledPrompts());

        assertThat(app.summarizer()).isNotNull();
        assertThat(app.drafter()).isNotNull();
    }

    @Test
    void anOutreachPromptNamingAVariableTheCodeDoesNotSupplyFailsAtStart() throws IOException {
        Path prompts = copyOfBundledPrompts();
        Files.writeString(prompts.resolve("outreach-draft.txt"), "Write to {{contact_email}} in {{language_name}}.");

        assertThatThrownBy(() -> app(prompts).drafter())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("outreach-draft.txt")
                .hasMessageContaining("contact_email");
    }

    @Test
    void aSummaryPromptNamingAVariableTheCodeDoesNotSupplyFailsAtStart() throws IOException {
        Path prompts = copyOfBundledPrompts();
        Files.writeString(prompts.resolve("account-summary.txt"), "Summarize {{account_id}} for {{owner_phone}}.");

        assertThatThrownBy(() -> app(prompts).summarizer())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("owner_phone");
    }
}
