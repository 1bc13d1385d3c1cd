package io.tenure.assistant;

/**
 * One message to the assistant, already translated from its platform.
 *
 * @param channel the kind of place it was said in; unconfigured channels are customer-facing
 * @param channelId the platform's channel id (for mapping askers to accounts), or "" when none
 */
public record Inbound(Caller caller, ChannelKind channel, String channelId, String text) {
    public Inbound {
        text = text == null ? "" : text.strip();
        channelId = channelId == null ? "" : channelId;
    }
}
