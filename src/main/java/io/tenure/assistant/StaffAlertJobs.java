package io.tenure.assistant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.kagkarlsson.scheduler.task.Task;
import io.tenure.jobs.Jobs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff alerts as rows: {@link #queue} writes one (the alert's kind, text and draft id); the alert job posts
 * it to every internal channel of the process that runs it ({@code serve}: Slack and Discord; the embedded
 * console chat: stderr). A channel that fails gets a row of its own, retried with backoff, so a Slack outage
 * neither loses the Discord alert nor posts the Slack one twice.
 */
public final class StaffAlertJobs {
    public static final String TASK = "staff-alert";
    private static final Logger log = LoggerFactory.getLogger(StaffAlertJobs.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Jobs.Retries RETRIES = new Jobs.Retries(Duration.ofSeconds(10), 8);

    private StaffAlertJobs() {
    }

    /** What the retention loop calls: the alert becomes a row, posted by whichever process runs the job. */
    public static StaffAlerts queue(Jobs jobs) {
        return alert -> jobs.enqueue(TASK, encode(alert, null));
    }

    /** The alert job, posting to the given channels by platform name. */
    public static Task<?> task(Jobs jobs, Map<String, StaffAlerts> channels) {
        return Jobs.oneTime(TASK, RETRIES, data -> post(jobs, channels, data),
                data -> log.error("staff alert dropped after retries: {}", firstLine(data)));
    }

    private static void post(Jobs jobs, Map<String, StaffAlerts> channels, String data) {
        JsonNode row = read(data);
        Reply alert = new Reply(Reply.Kind.valueOf(row.path("kind").asText("ACCOUNT_DATA")), row.path("text").asText(),
                row.path("language").asText("en"), List.of(), false, List.of(), null,
                row.hasNonNull("draft_id") ? row.get("draft_id").asText() : null);
        String only = row.hasNonNull("platform") ? row.get("platform").asText() : null;
        if (only != null) {
            StaffAlerts channel = channels.get(only);
            if (channel == null) {
                log.warn("staff alert for {} not posted: this process has no such channel", only);
                return;
            }
            channel.alert(alert);
            return;
        }
        if (channels.isEmpty()) {
            log.warn("staff alert not posted: no internal channel is configured (slack.alerts_channel, "
                    + "discord.alerts_channel_id or their review channels): {}", alert.text().lines().findFirst().orElse(""));
        }
        for (Map.Entry<String, StaffAlerts> channel : channels.entrySet()) {
            try {
                channel.getValue().alert(alert);
            } catch (RuntimeException e) {
                log.warn("staff alert could not be posted to {} ({}); trying again later", channel.getKey(), e.toString());
                jobs.enqueue(TASK, encode(alert, channel.getKey()));
            }
        }
    }

    static String encode(Reply alert, String platform) {
        ObjectNode row = JSON.createObjectNode().put("kind", alert.kind().name()).put("text", alert.text())
                .put("language", alert.language()).put("draft_id", alert.draftId()).put("platform", platform);
        return row.toString();
    }

    private static JsonNode read(String data) {
        try {
            return JSON.readTree(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a staff-alert row is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String firstLine(String data) {
        try {
            return read(data).path("text").asText().lines().findFirst().orElse("");
        } catch (RuntimeException e) {
            return data;
        }
    }
}
