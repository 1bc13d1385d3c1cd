package io.tenure.chat.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events} for Events API, slash command and interactivity requests: hands the raw
 * request to the Bolt app (which verifies the signature and runs the listener) and writes its response
 * back. Bolt's own Jetty adapter drags Jetty 9, which clashes with Javalin's Jetty 12.
 */
final class SlackEventsEndpoint implements Handler {
    static final String PATH = "/slack/events";
    private static final Logger log = LoggerFactory.getLogger(SlackEventsEndpoint.class);

    /** Slack's own window: a signed request older or newer than this is a replay or a forgery. */
    static final Duration ALLOWED_SKEW = Duration.ofMinutes(5);

    private final App bolt;
    private final SlackRequestParser parser;
    /** Slack's clock, not the application's (which tests and --as-of may fix): the wall clock. */
    private final Clock clock;

    SlackEventsEndpoint(App bolt, Clock clock) {
        this.bolt = bolt;
        this.parser = new SlackRequestParser(bolt.config());
        this.clock = clock;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        // The SDK refuses old timestamps only; a request dated in the future could be replayed for as long.
        String timestamp = ctx.header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP);
        if (timestamp != null && !withinSkew(timestamp)) {
            log.warn("refused a Slack request dated {} (now {}): more than {} min apart", timestamp,
                    clock.instant().getEpochSecond(), ALLOWED_SKEW.toMinutes());
            ctx.status(401).result("request timestamp out of range");
            return;
        }
        SlackRequestParser.HttpRequest raw = SlackRequestParser.HttpRequest.builder()
                .requestUri(ctx.path())
                .queryString(ctx.queryParamMap())
                .headers(new RequestHeaders(headers(ctx.req())))
                .requestBody(ctx.body())
                .remoteAddress(ctx.ip())
                .build();
        Request<?> request = parser.parse(raw);
        if (request == null) {
            log.warn("not a Slack request: {} bytes to {}", ctx.body().length(), ctx.path());
            ctx.status(400).result("not a Slack request");
            return;
        }
        Response response = bolt.run(request);
        ctx.status(response.getStatusCode());
        if (response.getHeaders() != null) {
            for (Map.Entry<String, List<String>> header : response.getHeaders().entrySet()) {
                for (String value : header.getValue()) {
                    ctx.res().addHeader(header.getKey(), value);
                }
            }
        }
        if (response.getContentType() != null) {
            ctx.contentType(response.getContentType());
        }
        if (response.getBody() != null) {
            ctx.result(response.getBody());
        }
    }

    private boolean withinSkew(String timestamp) {
        try {
            long seconds = Long.parseLong(timestamp.strip());
            return Math.abs(clock.instant().getEpochSecond() - seconds) <= ALLOWED_SKEW.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }
}
