package io.tenure.chat.slack;

import io.tenure.assistant.ChannelKind;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells the assistant what kind of place a Slack channel is, from configuration only: direct messages
 * are private, the configured internal, review, digest and alerts channels are internal, and every other
 * channel is customer-facing (the safe default: customers may read along).
 */
final class SlackChannels {
    private final Set<String> internal = new HashSet<>();

    SlackChannels(SlackSettings settings) {
        internal.addAll(settings.internalChannels());
        if (!settings.reviewChannel().isEmpty()) {
            internal.add(settings.reviewChannel());
        }
        if (!settings.digestChannel().isEmpty()) {
            internal.add(settings.digestChannel());
        }
        if (!settings.alertsChannel().isEmpty()) {
            internal.add(settings.alertsChannel());
        }
    }

    /**
     * @param channelType Slack's {@code channel_type} of an event ("im", "channel", "group", "mpim"), or
     *                    null when the payload has none (slash commands, actions)
     */
    ChannelKind kindOf(String channelId, String channelType) {
        if ("im".equals(channelType) || (channelType == null && channelId != null && channelId.startsWith("D"))) {
            return ChannelKind.DIRECT;
        }
        return channelId != null && internal.contains(channelId) ? ChannelKind.INTERNAL : ChannelKind.CUSTOMER_FACING;
    }
}
