package io.tenure.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.App;
import io.tenure.assistant.ChannelKind;
import io.tenure.config.ConfigLoader;
import io.tenure.config.Secrets;
import io.tenure.config.TenureConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscordSettingsTest {
    @TempDir
    Path dir;

    @Test
    void byDefaultTheBotTalksToDiscordItself() {
        DiscordSettings settings = ConfigLoader.load(null, dir, Map.of()).section("discord", DiscordSettings.class);

        assertThat(settings.apiBaseUrl()).isEqualTo("https://discord.com/api/v10/");
        assertThat(settings.gatewayUrl()).isEqualTo("wss://gateway.discord.gg/");
        assertThat(settings.guildIds()).isEmpty();
        assertThat(settings.reviewChannelId()).isEmpty();
    }

    @Test
    void channelIdsComeFromTheEnvironmentToo() {
        DiscordSettings settings = ConfigLoader.load(null, dir, Map.of(
                        "TENURE_DISCORD_INTERNAL_CHANNEL_IDS", "111, 222",
                        "TENURE_DISCORD_API_BASE_URL", "http://127.0.0.1:9/api/v10"))
                .section("discord", DiscordSettings.class);

        assertThat(settings.internalChannelIds()).containsExactly("111", "222");
        assertThat(settings.apiBaseUrl()).isEqualTo("http://127.0.0.1:9/api/v10/");
    }

    @Test
    void staffAlertsGoToTheAlertsChannelOrElseTheReviewChannel() {
        assertThat(new DiscordSettings(List.of(), List.of(), List.of(), "9", "", "", "").alertsChannelId()).isEqualTo("9");
        assertThat(new DiscordSettings(List.of(), List.of(), List.of(), "9", "", "", "", "7").alertsChannelId())
                .isEqualTo("7");
    }

    @Test
    void aChannelNobodyConfiguredIsCustomerFacing() {
        ChannelKinds kinds = new ChannelKinds(new DiscordSettings(List.of(), List.of("1"), List.of("2"), "", "", "", ""));

        assertThat(kinds.kindOf("1", false)).isEqualTo(ChannelKind.INTERNAL);
        assertThat(kinds.kindOf("2", false)).isEqualTo(ChannelKind.CUSTOMER_FACING);
        assertThat(kinds.kindOf("3", false)).isEqualTo(ChannelKind.CUSTOMER_FACING);
        assertThat(kinds.kindOf("3", true)).isEqualTo(ChannelKind.DIRECT);
        assertThat(kinds.answersEveryMessage("2")).isTrue();
        assertThat(kinds.answersEveryMessage("3")).isFalse();
    }

    @Test
    void withoutATokenTheBotIsOff() {
        TenureConfig config = ConfigLoader.load(null, dir, Map.of());

        try (App app = new App(config, Clock.systemUTC())) {
            assertThat(app.discord()).isEmpty();
            assertThat(app.discordDigest()).isEmpty();
        }
    }

    @Test
    void withATokenTheBotIsBuiltButNotConnectedUntilStarted() {
        TenureConfig config = ConfigLoader.load(null, dir, Map.of(Secrets.DISCORD_BOT_TOKEN, "a-token-from-the-portal"));

        try (App app = new App(config, Clock.systemUTC())) {
            assertThat(app.discord()).hasValueSatisfying(bot -> assertThat(bot.platform()).isEqualTo("discord"));
            assertThat(app.discordDigest()).isEmpty();
        }
    }

    @Test
    void theReadmesInviteUrlAsksForExactlyThePermissionsTheBotNeeds() throws Exception {
        String readme = Files.readString(Path.of("README.md"));

        assertThat(readme).contains("scope=bot+applications.commands&permissions="
                + Permission.getRaw(DiscordBot.PERMISSIONS));
    }
}
