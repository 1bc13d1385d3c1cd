package io.tenure.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import io.tenure.App;
import io.tenure.chat.HttpServer;
import io.tenure.chat.HttpSettings;
import io.tenure.config.ConfigLoader;
import io.tenure.support.FakeSlackApi;
import io.tenure.support.FakeSlackApi.Call;
import io.tenure.support.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thread follow-ups through real Bolt over HTTP against {@link FakeSlackApi}, answered by the real assistant
 * from the demo help center: two replicas (two Apps and adapters on one database), the follow-up sent
 * to the replica that did not answer the first question.
 */
class SlackThreadFollowUpsTest {
    /** Answers come at once, never as a "working on it" message replaced later, so each reply is one post. */
    private static final Pattern FIRST_CITATION = Pattern.compile("(?m)^\\*(?:\\[\\d+] )?([^*\\n]+)\\*(?: › ([^\\n]+))?$");
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path data;

    /** One replica: the App on the shared data folder, its Slack adapter and HTTP endpoint. */
    private final class Replica implements AutoCloseable {
        final App app;
        final SlackAdapter adapter;
        final HttpServer http;

        Replica(FakeSlackApi slack) throws Exception {
            app = new App(ConfigLoader.load(null, data, TestDatabases.environment(data, Map.of())), Clock.systemUTC());
            app.ingestConfiguredHelpCenter();
            SlackSettings settings = new SlackSettings(slack.apiBaseUrl(), List.of("CINTERNAL"), "", "", 120_000, 2, "", "",
                    "");
            adapter = new SlackAdapter(settings, new SlackTokens(SlackHarness.BOT_TOKEN, SlackHarness.SECRET, null),
                    app.assistant(), app.roles(), app.approvals(), App.slackStores(app.database().jdbi(), Clock.systemUTC()));
            http = new HttpServer(new HttpSettings("127.0.0.1", 0));
            adapter.routes(http);
            adapter.start();
            http.start();
        }

        void send(String body) throws Exception {
            String ts = Long.toString(System.currentTimeMillis() / 1000);
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port()
                                    + SlackEventsEndpoint.PATH))
                            .header("Content-Type", "application/json")
                            .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, ts)
                            .header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE,
                                    new SlackSignature.Generator(SlackHarness.SECRET).generate(ts, body))
                            .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
        }

        @Override
        public void close() {
            http.close();
            adapter.close();
            app.close();
        }
    }

    /** "title › section" of the first citation of a reply. */
    private static String firstCitation(Call reply) {
        Matcher matcher = FIRST_CITATION.matcher(reply.blocksText());
        assertThat(matcher.find()).as("a citation in %s", reply.blocksText()).isTrue();
        return matcher.group(1) + (matcher.group(2) == null ? "" : " › " + matcher.group(2));
    }

    @Test
    void aFollowUpInTheThreadIsReadWithItByAnotherReplicaAndANewThreadStartsAfresh() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi(); Replica first = new Replica(slack); Replica second = new Replica(slack)) {
            first.send(SlackHarness.eventCallback("EvRefund", SlackHarness.mention("UCUST1", "CPUBLIC",
                    "Can I get a refund?", "200.000001", null)));
            assertThat(firstCitation(slack.await("chat.postMessage", 1).get(0))).startsWith("Refund policy");

            second.send(SlackHarness.eventCallback("EvAnnual", SlackHarness.message("UCUST1", "CPUBLIC", "channel",
                    "and for the annual plan?", "200.000002", "200.000001")));
            Call followUp = slack.await("chat.postMessage", 2).get(1);

            assertThat(followUp.param("thread_ts")).isEqualTo("200.000001");
            assertThat(firstCitation(followUp)).isEqualTo("Refund policy › Who can get a refund");
            assertThat(followUp.blocksText()).contains("Annual plans");

            second.send(SlackHarness.eventCallback("EvElsewhere", SlackHarness.mention("UCUST1", "CPUBLIC",
                    "and for the annual plan?", "201.000001", null)));
            Call elsewhere = slack.await("chat.postMessage", 3).get(2);

            assertThat(elsewhere.param("thread_ts")).isEqualTo("201.000001");
            assertThat(firstCitation(elsewhere)).doesNotStartWith("Refund policy");

            first.send(SlackHarness.eventCallback("EvCancel", SlackHarness.message("UCUST1", "CPUBLIC", "channel",
                    "How do I cancel my subscription?", "200.000003", "200.000001")));
            Call newTopic = slack.await("chat.postMessage", 4).get(3);

            assertThat(newTopic.param("thread_ts")).isEqualTo("200.000001");
            assertThat(firstCitation(newTopic)).startsWith("How to cancel your Orbitly subscription");
        }
    }
}
