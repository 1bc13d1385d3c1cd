package io.tenure.chat.slack;

import java.util.List;

/**
 * The {@code slack} section of the configuration.
 *
 * @param alertsChannel where staff alerts (a customer asking how to cancel) are posted; empty: the review channel
 * @param teamId the only workspace whose requests are taken (T0123…); empty: any that signs correctly
 * @param appId the only Slack app whose requests are taken (A0123…); empty: any that signs correctly
 */
public record SlackSettings(String apiBaseUrl, List<String> internalChannels, String reviewChannel,
                            String digestChannel, long workingNoticeMillis, int workers, String alertsChannel,
                            String teamId, String appId) {
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
        teamId = teamId == null ? "" : teamId.strip();
        appId = appId == null ? "" : appId.strip();
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

    public SlackSettings(String apiBaseUrl, List<String> internalChannels, String reviewChannel, String digestChannel,
                         long workingNoticeMillis, int workers, String alertsChannel) {
        this(apiBaseUrl, internalChannels, reviewChannel, digestChannel, workingNoticeMillis, workers, alertsChannel,
                "", "");
    }

    /** The same settings, taking requests only from this workspace and app (empty: any). */
    public SlackSettings onlyFrom(String team, String app) {
        return new SlackSettings(apiBaseUrl, internalChannels, reviewChannel, digestChannel, workingNoticeMillis,
                workers, alertsChannel, team, app);
    }
}
