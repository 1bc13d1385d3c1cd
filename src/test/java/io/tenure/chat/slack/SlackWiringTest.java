package io.tenure.chat.slack;

import io.tenure.support.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenure.App;
import io.tenure.chat.ChatAdapter;
import io.tenure.config.ConfigException;
import io.tenure.config.ConfigLoader;
import io.tenure.schedule.DigestSettings;
import io.tenure.support.FakeSlackApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the composition root turns configuration and environment into a running Slack app, or none. */
class SlackWiringTest {
    @TempDir
    Path dir;

    private App app(Map<String, String> env) {
        return new App(ConfigLoader.load(null, dir, TestDatabases.environment(dir, env)), Clock.systemUTC());
    }

    @Test
    void staffAlertsGoToTheAlertsChannelOrElseTheReviewChannel() {
        SlackSettings defaults = new SlackSettings("", java.util.List.of(), "CREVIEW", "", 1000, 1, "");
        SlackSettings own = new SlackSettings("", java.util.List.of(), "CREVIEW", "", 1000, 1, "CALERTS");
        SlackSettings none = new SlackSettings("", java.util.List.of(), "", "", 1000, 1, "");

        assertThat(defaults.alertsChannel()).isEqualTo("CREVIEW");
        assertThat(own.alertsChannel()).isEqualTo("CALERTS");
        assertThat(none.alertsChannel()).isEmpty();
    }

    @Test
    void withoutABotTokenSlackIsOffSoThereIsNothingToServe() {
        try (App app = app(Map.of())) {
            assertThat(app.chatAdapters()).isEmpty();
            assertThat(app.digestChannels()).isEmpty();
        }
    }

    @Test
    void aBotTokenWithNeitherSigningSecretNorAppTokenIsRefusedNamingBoth() {
        try (App app = app(Map.of("SLACK_BOT_TOKEN", SlackHarness.BOT_TOKEN))) {
            assertThatThrownBy(app::chatAdapters).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("SLACK_APP_TOKEN").hasMessageContaining("SLACK_SIGNING_SECRET");
        }
    }

    @Test
    void aBotTokenSlackRefusesIsAnExplainedErrorAtStart() throws Exception {
        // given: Slack answers auth.test with invalid_auth
        try (FakeSlackApi slack = new FakeSlackApi();
             App app = app(Map.of("SLACK_BOT_TOKEN", SlackHarness.BOT_TOKEN,
                     "SLACK_SIGNING_SECRET", SlackHarness.SECRET,
                     "TENURE_SLACK_API_BASE_URL", slack.apiBaseUrl()))) {
            slack.failAlways("auth.test", "invalid_auth");
            ChatAdapter adapter = app.chatAdapters().get(0);

            // when / then: a configuration error naming the token and Slack's reason, not a bare exception
            assertThatThrownBy(adapter::start).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("SLACK_BOT_TOKEN").hasMessageContaining("invalid_auth");
        }
    }

    @Test
    void withTokensTheConfiguredSlackAppAnswersOnTheProjectsHttpServer() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi();
             App app = app(Map.of("SLACK_BOT_TOKEN", SlackHarness.BOT_TOKEN,
                     "SLACK_SIGNING_SECRET", SlackHarness.SECRET,
                     "TENURE_SLACK_API_BASE_URL", slack.apiBaseUrl(),
                     "TENURE_SLACK_DIGEST_CHANNEL", "CMANAGERS",
                     "TENURE_HTTP_HOST", "127.0.0.1",
                     "TENURE_HTTP_PORT", "0"))) {
            assertThat(app.chatAdapters()).extracting(ChatAdapter::platform).containsExactly("slack");
            assertThat(app.digestChannels()).singleElement().satisfies(c -> assertThat(c.platform()).isEqualTo("slack"));
            for (ChatAdapter adapter : app.chatAdapters()) {
                adapter.start();
            }
            int port = app.httpServer().start().port();

            String body = SlackHarness.eventCallback("EvWired", SlackHarness.message("UCUSTOMER", "DCUST", "im",
                    "How do I cancel?", "300.1", null));
            String ts = Long.toString(System.currentTimeMillis() / 1000);
            HttpResponse<String> ack = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/slack/events"))
                    .header("Content-Type", "application/json")
                    .header("X-Slack-Request-Timestamp", ts)
                    .header("X-Slack-Signature", new com.slack.api.app_backend.SlackSignature.Generator(
                            SlackHarness.SECRET).generate(ts, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(ack.statusCode()).isEqualTo(200);
            assertThat(slack.await("chat.postMessage", 1).get(0).param("channel")).isEqualTo("DCUST");
        }
    }

    @Test
    void theDigestTimeAndZoneBindFromConfiguration() throws Exception {
        Path file = Files.writeString(dir.resolve("tenure.yaml"), "digest:\n  time: \"07:30\"\n  zone: Asia/Seoul\n");

        DigestSettings digest = ConfigLoader.load(file, dir, Map.of()).section("digest", DigestSettings.class);

        assertThat(digest.time()).isEqualTo(LocalTime.of(7, 30));
        assertThat(digest.zone()).isEqualTo(ZoneId.of("Asia/Seoul"));
    }

    @Test
    void anUnknownZoneFailsNamingTheKey() throws Exception {
        Path file = Files.writeString(dir.resolve("tenure.yaml"), "digest:\n  zone: Mars/Olympus\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, dir, Map.of()).section("digest", DigestSettings.class))
                .isInstanceOf(ConfigException.class).hasMessageContaining("digest");
    }
}
