package io.tenure.chat.discord;

import io.tenure.assistant.ChannelKind;
import java.util.Set;

/**
 * What kind of place a Discord channel is, from the {@code discord} configuration. A channel that is
 * not configured counts as customer-facing, because anyone may read it.
 */
final class ChannelKinds {
    private final Set<String> internal;
    private final Set<String> support;

    ChannelKinds(DiscordSettings settings) {
        Set<String> staff = new java.util.HashSet<>(settings.internalChannelIds());
        // Where owner alerts go is a staff channel: an alert's buttons work there.
        if (!settings.alertsChannelId().isEmpty()) {
            staff.add(settings.alertsChannelId());
        }
        internal = Set.copyOf(staff);
        support = Set.copyOf(settings.supportChannelIds());
    }

    /**
     * @param channelId the channel, or for a thread its parent channel (a thread inherits its channel's audience)
     * @param direct whether it is a direct message with the bot
     */
    ChannelKind kindOf(String channelId, boolean direct) {
        if (direct) {
            return ChannelKind.DIRECT;
        }
        return internal.contains(channelId) ? ChannelKind.INTERNAL : ChannelKind.CUSTOMER_FACING;
    }

    /** Support channels get an answer to every message; elsewhere in a server only mentions are answered. */
    boolean answersEveryMessage(String channelId) {
        return support.contains(channelId);
    }
}
