package io.tenure.chat.slack;

import java.util.List;

/**
 * The {@code slack} section of the configuration.
 *
 * @param alertsChannel where staff alerts (a customer asking how to cancel) are posted; empty: the review channel
 */
public record SlackSettings(String apiBaseUrl, List<String> internalChannels, String reviewChannel,
                            String digestChannel, long workingNoticeMillis, int workers, String alertsChannel) {
    public static final String SLACK_API = "https://slack.com/api/";

    public SlackSettings {
        apiBaseUrl = apiBaseUrl == null || apiBaseUrl.isBlank() ? SLACK_API : apiBaseUrl.strip();
        if (!apiBaseUrl.endsWith("/")) {
            apiBaseUrl = apiBaseUrl + "/";
        }
        internalChannels = internalChannels == null ? List.of() : List.copyOf(internalChannels);
        reviewChannel = reviewChannel == null ? "" : reviewChannel.strip();
        digestChannel = digestChannel == null ? "" : digestChannel.strip();
        alertsChannel = alertsChannel == null || alertsChannel.isBlank() ? reviewChannel : alertsChannel.strip();
        if (workingNoticeMillis < 0) {
            throw new IllegalArgumentException("slack.working_notice_millis must not be negative");
        }
        if (workers <= 0) {
            throw new IllegalArgumentException("slack.workers must be positive");
        }
    }

    public SlackSettings(String apiBaseUrl, List<String> internalChannels, String reviewChannel, String digestChannel,
                         long workingNoticeMillis, int workers) {
        this(apiBaseUrl, internalChannels, reviewChannel, digestChannel, workingNoticeMillis, workers, "");
    }
}
