package io.tenure.chat.slack;

import io.tenure.storage.assistant.SqlQuestionLog;
import io.tenure.support.TestDatabases;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature;
import io.tenure.App;
import io.tenure.assistant.Assistant;
import io.tenure.assistant.Command;
import io.tenure.assistant.QuestionLog;
import io.tenure.assistant.RoleDirectory;
import io.tenure.assistant.RoleSettings;
import io.tenure.chat.HttpServer;
import io.tenure.chat.HttpSettings;
import io.tenure.storage.Database;
import io.tenure.support.AccountDataCommand;
import io.tenure.support.ApprovalsOnDisk;
import io.tenure.support.FakeSlackApi;
import io.tenure.support.FixedAnswerer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The real Slack adapter (Bolt app, HTTP endpoint or Socket Mode) against {@link FakeSlackApi}, with an
 * assistant that answers every question with two citations and has one account-data command,
 * {@code risk}, and the real approval workflow on the same database behind the review cards. Sends Slack's
 * requests signed the way Slack signs them.
 */
final class SlackHarness implements AutoCloseable {
    static final String SECRET = "test-signing-secret-0123456789";
    static final String BOT_TOKEN = "xoxb-test-000000000000-abcdef";
    static final String APP_TOKEN = "xapp-test-000000000000-abcdef";
    static final String AGENT = "UAGENT";
    static final String APPROVER = "UAPPROVER";
    static final String CUSTOMER = "UCUSTOMER";
    static final String PUBLIC = "CPUBLIC";
    static final String INTERNAL = "CINTERNAL";
    static final String REVIEW = "CREVIEW";
    static final String DIGEST = "CDIGEST";
    static final String ANSWER = "You can cancel any time from Settings.";
    static final String ACCOUNT_DATA = "ACME-7 churn risk 91: usage down 60%";
    private static final ObjectMapper JSON = new ObjectMapper();

    final FakeSlackApi slack = new FakeSlackApi();
    final Database database;
    final FixedAnswerer answerer;
    final AccountDataCommand risk = new AccountDataCommand("risk", ACCOUNT_DATA);
    /** {@code account ID} for the one account that exists, ACME-7. */
    final AccountDataCommand account = new AccountDataCommand("account", ACCOUNT_DATA, java.util.Set.of("ACME-7"));
    final ApprovalsOnDisk approvals;
    final SlackAdapter adapter;
    final HttpServer http;
    /** Who is staff here: {@link #AGENT} an agent, {@link #APPROVER} an approver. */
    static final RoleDirectory ROLES = new RoleDirectory(new RoleSettings(List.of(), List.of(AGENT), List.of(),
            List.of(APPROVER)));
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /**
     * @param appToken null for HTTP mode, else Socket Mode
     */
    SlackHarness(Path dir, Duration answerDelay, long workingNoticeMillis, String appToken) throws Exception {
        this(dir, answerDelay, workingNoticeMillis, appToken, UnaryOperator.identity());
    }

    /** @param configure changes the Slack settings (e.g. restricts the workspace) before the adapter is built */
    SlackHarness(Path dir, Duration answerDelay, long workingNoticeMillis, String appToken,
                 UnaryOperator<SlackSettings> configure) throws Exception {
        this(dir, answerDelay, workingNoticeMillis, appToken, configure, h -> {
        });
    }

    /** @param wire adds to the adapter (its App Home, for example) before it starts, with the harness's parts */
    SlackHarness(Path dir, Duration answerDelay, long workingNoticeMillis, String appToken,
                 UnaryOperator<SlackSettings> configure, java.util.function.Consumer<SlackHarness> wire)
            throws Exception {
        this(dir, answerDelay, workingNoticeMillis, appToken, configure, (db, api) -> List.of(), wire);
    }

    /**
     * @param moreCommands staff commands besides {@code risk} and {@code account}, built on the harness's database
     *                     and fake Web API
     */
    SlackHarness(Path dir, Duration answerDelay, long workingNoticeMillis, String appToken,
                 UnaryOperator<SlackSettings> configure, BiFunction<Database, FakeSlackApi, List<Command>> moreCommands)
            throws Exception {
        this(dir, answerDelay, workingNoticeMillis, appToken, configure, moreCommands, h -> {
        });
    }

    private SlackHarness(Path dir, Duration answerDelay, long workingNoticeMillis, String appToken,
                         UnaryOperator<SlackSettings> configure,
                         BiFunction<Database, FakeSlackApi, List<Command>> moreCommands,
                         java.util.function.Consumer<SlackHarness> wire)
            throws Exception {
        Clock clock = Clock.systemUTC();
        database = TestDatabases.open(dir);
        answerer = new FixedAnswerer(ANSWER, answerDelay);
        approvals = new ApprovalsOnDisk(database, dir, clock);
        List<Command> commands = new java.util.ArrayList<>(List.of(risk, account));
        commands.addAll(moreCommands.apply(database, slack));
        Assistant assistant = new Assistant(answerer, new SqlQuestionLog(database.jdbi(), clock), commands);
        // One worker: events are taken in the order they arrive, so tests can reason about order.
        SlackSettings settings = configure.apply(new SlackSettings(slack.apiBaseUrl(), List.of(INTERNAL), REVIEW,
                DIGEST, workingNoticeMillis, 1));
        adapter = new SlackAdapter(settings, new SlackTokens(BOT_TOKEN, appToken == null ? SECRET : null, appToken),
                assistant, ROLES, approvals.workflow(), App.slackStores(database.jdbi(), clock));
        http = new HttpServer(new HttpSettings("127.0.0.1", 0));
        adapter.routes(http);
        wire.accept(this);
        adapter.start();
        approvals.startJobs();
        http.start();
    }

    SlackHarness(Path dir) throws Exception {
        this(dir, Duration.ZERO, 1000, null);
    }

    // ---- requests as Slack sends them ----

    static String eventCallback(String eventId, ObjectNode event) {
        ObjectNode body = JSON.createObjectNode();
        body.put("token", "verification-token").put("team_id", "T0001").put("api_app_id", "A1")
                .put("type", "event_callback").put("event_id", eventId).put("event_time", 1_700_000_000);
        body.set("event", event);
        return body.toString();
    }

    static ObjectNode mention(String user, String channel, String text, String ts, String threadTs) {
        ObjectNode event = JSON.createObjectNode().put("type", "app_mention").put("user", user)
                .put("text", "<@" + FakeSlackApi.BOT_USER + "> " + text).put("ts", ts).put("channel", channel)
                .put("event_ts", ts);
        if (threadTs != null) {
            event.put("thread_ts", threadTs);
        }
        return event;
    }

    static ObjectNode message(String user, String channel, String channelType, String text, String ts,
                              String threadTs) {
        ObjectNode event = JSON.createObjectNode().put("type", "message").put("user", user).put("text", text)
                .put("ts", ts).put("channel", channel).put("channel_type", channelType).put("event_ts", ts);
        if (threadTs != null) {
            event.put("thread_ts", threadTs);
        }
        return event;
    }

    String slashCommand(String user, String channel, String text, String responseId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "verification-token");
        form.put("team_id", "T0001");
        form.put("team_domain", "fake");
        form.put("channel_id", channel);
        form.put("channel_name", channel.startsWith("D") ? "directmessage" : channel.toLowerCase());
        form.put("user_id", user);
        form.put("user_name", user.toLowerCase());
        form.put("command", "/tenure");
        form.put("text", text);
        form.put("api_app_id", "A1");
        form.put("response_url", slack.responseUrl(responseId));
        form.put("trigger_id", "trigger-" + responseId);
        return form(form);
    }

    static String blockAction(String user, String channel, String messageTs, String actionId, String value) {
        ObjectNode payload = JSON.createObjectNode().put("type", "block_actions").put("api_app_id", "A1")
                .put("token", "verification-token").put("trigger_id", "trigger-" + actionId);
        payload.putObject("user").put("id", user).put("username", user.toLowerCase()).put("team_id", "T0001");
        payload.putObject("team").put("id", "T0001").put("domain", "fake");
        payload.putObject("channel").put("id", channel).put("name", channel.toLowerCase());
        payload.putObject("container").put("type", "message").put("message_ts", messageTs)
                .put("channel_id", channel).put("is_ephemeral", false);
        payload.putObject("message").put("type", "message").put("ts", messageTs).put("text", "card");
        payload.putArray("actions").addObject().put("type", "button").put("action_id", actionId)
                .put("block_id", "b1").put("value", value).put("action_ts", "1700000000.000001");
        return form(Map.of("payload", payload.toString()));
    }

    static String viewSubmission(String user, String callbackId, String metadata, Map<String, String> values) {
        ObjectNode payload = JSON.createObjectNode().put("type", "view_submission").put("api_app_id", "A1")
                .put("token", "verification-token").put("trigger_id", "trigger-view");
        payload.putObject("user").put("id", user).put("username", user.toLowerCase()).put("team_id", "T0001");
        payload.putObject("team").put("id", "T0001").put("domain", "fake");
        ObjectNode view = payload.putObject("view").put("id", "V1").put("type", "modal")
                .put("callback_id", callbackId).put("private_metadata", metadata);
        ObjectNode state = view.putObject("state").putObject("values");
        values.forEach((block, value) -> state.putObject(block).putObject("value")
                .put("type", "plain_text_input").put("value", value));
        return form(Map.of("payload", payload.toString()));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    // ---- sending ----

    HttpResponse<String> send(String body) throws Exception {
        return send(body, SECRET, System.currentTimeMillis() / 1000, Map.of());
    }

    HttpResponse<String> send(String body, String secret, long timestamp, Map<String, String> headers)
            throws Exception {
        String ts = Long.toString(timestamp);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port()
                        + SlackEventsEndpoint.PATH))
                .header("Content-Type", body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded")
                .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, ts)
                .header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, new SlackSignature.Generator(secret).generate(ts, body))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        http.close();
        approvals.close();
        adapter.close();
        slack.close();
    }
}
