package io.tenure.chat.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes requests only from the configured workspace ({@code slack.team_id}) and app ({@code slack.app_id}),
 * when they are set: a signing secret shared by two apps, or an app installed in a second workspace, must
 * not let that other place's events reach this Tenure. Runs in HTTP and Socket Mode alike.
 */
final class RequestOrigin implements Middleware {
    private static final Logger log = LoggerFactory.getLogger(RequestOrigin.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String teamId;
    private final String appId;

    RequestOrigin(String teamId, String appId) {
        this.teamId = teamId;
        this.appId = appId;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (teamId.isEmpty() && appId.isEmpty() || req.getRequestType() == RequestType.UrlVerification
                || req.getRequestType() == RequestType.SSLCheck) {
            // Slack's URL check when the app is set up names no team: it must pass to set the app up at all.
            return chain.next(req);
        }
        Map<String, String> origin = origin(req.getRequestBodyAsString());
        String team = origin.getOrDefault("team", "");
        String app = origin.getOrDefault("app", "");
        if (!teamId.isEmpty() && !teamId.equals(team) || !appId.isEmpty() && !appId.equals(app)) {
            log.warn("refused a Slack request from workspace '{}', app '{}': only {} / {} are served", team, app,
                    teamId.isEmpty() ? "any workspace" : teamId, appId.isEmpty() ? "any app" : appId);
            return Response.builder().statusCode(403).contentType("text/plain")
                    .body("this workspace or app is not served here").build();
        }
        return chain.next(req);
    }

    /** The team and app a request names: Events API JSON, a slash command form, or an interactivity payload. */
    static Map<String, String> origin(String body) {
        Map<String, String> origin = new HashMap<>();
        if (body == null || body.isBlank()) {
            return origin;
        }
        try {
            JsonNode json;
            String stripped = body.strip();
            if (stripped.startsWith("{")) {
                json = JSON.readTree(stripped);
            } else {
                Map<String, String> form = form(stripped);
                if (form.containsKey("payload")) {
                    json = JSON.readTree(form.get("payload"));
                } else {
                    origin.put("team", form.getOrDefault("team_id", ""));
                    origin.put("app", form.getOrDefault("api_app_id", ""));
                    return origin;
                }
            }
            String team = json.path("team_id").asText("");
            if (team.isEmpty()) {
                team = json.path("team").path("id").asText("");
            }
            if (team.isEmpty()) {
                team = json.path("user").path("team_id").asText("");
            }
            origin.put("team", team);
            origin.put("app", json.path("api_app_id").asText(""));
        } catch (Exception e) {
            // Unparseable: it names no team or app, so a configured restriction refuses it.
            log.debug("could not read the origin of a Slack request: {}", e.getMessage());
        }
        return origin;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
