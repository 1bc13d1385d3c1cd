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
        internal = Set.copyOf(settings.internalChannelIds());
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
