package io.tenure.chat.discord;

import java.util.List;

/**
 * The {@code discord} section of the configuration. Ids are kept as strings: Discord snowflakes are
 * unsigned 64-bit numbers, and text survives YAML and environment variables unchanged.
 *
 * @param guildIds servers whose slash commands are registered directly; empty registers them globally
 * @param internalChannelIds staff channels; every channel not listed here is customer-facing
 * @param supportChannelIds customer channels where every message is answered, not only mentions
 * @param reviewChannelId where review cards for outreach drafts are posted, or "" for none
 * @param digestChannelId where the daily digest is posted, or "" for none
 * @param apiBaseUrl the REST API, Discord's own by default
 * @param gatewayUrl the gateway WebSocket, Discord's own by default
 * @param alertsChannelId where staff alerts (a customer asking how to cancel) are posted; empty: the review channel
 * @param gatewayLeaseSeconds how long the replica holding the gateway connection keeps it without renewing (a
 *                            replica that dies is replaced within this); 0 means the default, 30
 */
public record DiscordSettings(List<String> guildIds, List<String> internalChannelIds, List<String> supportChannelIds,
                              String reviewChannelId, String digestChannelId, String apiBaseUrl, String gatewayUrl,
                              String alertsChannelId, int gatewayLeaseSeconds) {
    public static final String DISCORD_API = "https://discord.com/api/v10/";
    public static final String DISCORD_GATEWAY = "wss://gateway.discord.gg/";

    public DiscordSettings {
        guildIds = clean(guildIds);
        internalChannelIds = clean(internalChannelIds);
        supportChannelIds = clean(supportChannelIds);
        reviewChannelId = reviewChannelId == null ? "" : reviewChannelId.strip();
        digestChannelId = digestChannelId == null ? "" : digestChannelId.strip();
        apiBaseUrl = apiBaseUrl == null || apiBaseUrl.isBlank() ? DISCORD_API : withSlash(apiBaseUrl.strip());
        gatewayUrl = gatewayUrl == null || gatewayUrl.isBlank() ? DISCORD_GATEWAY : gatewayUrl.strip();
        alertsChannelId = alertsChannelId == null || alertsChannelId.isBlank() ? reviewChannelId : alertsChannelId.strip();
        if (gatewayLeaseSeconds < 0) {
            throw new IllegalArgumentException("discord.gateway_lease_seconds must not be negative, got "
                    + gatewayLeaseSeconds);
        }
        gatewayLeaseSeconds = gatewayLeaseSeconds == 0 ? 30 : gatewayLeaseSeconds;
    }

    public DiscordSettings(List<String> guildIds, List<String> internalChannelIds, List<String> supportChannelIds,
                           String reviewChannelId, String digestChannelId, String apiBaseUrl, String gatewayUrl,
                           String alertsChannelId) {
        this(guildIds, internalChannelIds, supportChannelIds, reviewChannelId, digestChannelId, apiBaseUrl, gatewayUrl,
                alertsChannelId, 0);
    }

    public DiscordSettings(List<String> guildIds, List<String> internalChannelIds, List<String> supportChannelIds,
                           String reviewChannelId, String digestChannelId, String apiBaseUrl, String gatewayUrl) {
        this(guildIds, internalChannelIds, supportChannelIds, reviewChannelId, digestChannelId, apiBaseUrl, gatewayUrl,
                "");
    }

    private static List<String> clean(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
    }

    /** JDA appends routes such as {@code users/@me} to the base URL as they are. */
    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
