package io.tenure.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SlashCommandsTest {
    @Test
    void eachSlashCommandBecomesTheAssistantsTextForm() {
        assertThat(SlashCommands.toText("ask", Map.of("question", " How do I cancel? ")::get)).isEqualTo("ask How do I cancel?");
        assertThat(SlashCommands.toText("risk", Map.<String, String>of()::get)).isEqualTo("risk");
        assertThat(SlashCommands.toText("account", Map.of("id", "ACME-1")::get)).isEqualTo("account ACME-1");
        assertThat(SlashCommands.toText("summary", Map.of("account", "ACME-1")::get)).isEqualTo("summary ACME-1");
        assertThat(SlashCommands.toText("draft", Map.of("account", "ACME-1")::get)).isEqualTo("draft ACME-1");
        assertThat(SlashCommands.toText("digest", Map.<String, String>of()::get)).isEqualTo("digest");
        assertThat(SlashCommands.toText("help", Map.<String, String>of()::get)).isEqualTo("help");
    }

    @Test
    void everySlashCommandIsDefined() {
        assertThat(SlashCommands.definitions()).extracting(command -> command.getName())
                .containsExactly("ask", "risk", "account", "summary", "digest", "draft", "mine", "help");
    }

    @Test
    void aComponentIdCarriesItsActionAndTarget() {
        assertThat(ComponentIds.parse(ComponentIds.of(ComponentIds.APPROVE, "D-1:x")))
                .contains(new ComponentIds("approve", "D-1:x"));
        assertThat(ComponentIds.parse("someone-else:approve:D-1")).isEmpty();
        assertThat(ComponentIds.parse("tenure:approve:")).isEmpty();
    }
}
