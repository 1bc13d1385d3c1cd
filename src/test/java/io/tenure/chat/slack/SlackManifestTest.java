package io.tenure.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manifest users paste into Slack asks for everything the adapter listens to and calls. */
class SlackManifestTest {
    private static JsonNode manifest() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(Path.of("config/slack-manifest.yaml").toFile());
    }

    private static List<String> texts(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(item -> out.add(item.asText()));
        return out;
    }

    @Test
    void itSubscribesToMentionsDirectMessagesAndThreadFollowUps() throws Exception {
        JsonNode events = manifest().path("settings").path("event_subscriptions");

        assertThat(texts(events.path("bot_events"))).contains("app_mention", "message.im", "message.channels",
                "app_home_opened");
        assertThat(manifest().path("features").path("app_home").path("home_tab_enabled").asBoolean()).isTrue();
        assertThat(events.path("request_url").asText()).endsWith(SlackEventsEndpoint.PATH);
    }

    @Test
    void itDeclaresTheSlashCommandInteractivityAndTheScopesTheAdapterUses() throws Exception {
        JsonNode manifest = manifest();

        assertThat(manifest.path("features").path("slash_commands").get(0).path("command").asText())
                .isEqualTo(SlackListeners.COMMAND);
        assertThat(manifest.path("settings").path("interactivity").path("is_enabled").asBoolean()).isTrue();
        assertThat(texts(manifest.path("oauth_config").path("scopes").path("bot")))
                .contains("app_mentions:read", "channels:history", "im:history", "chat:write", "commands", "files:write",
                        "im:write", "users:read", "users:read.email");
        assertThat(manifest.path("settings").has("socket_mode_enabled")).isTrue();
    }
}
