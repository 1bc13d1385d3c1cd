package io.tenure.assistant;

/**
 * One message to the assistant, already translated from its platform.
 *
 * @param channel the kind of place it was said in; unconfigured channels are customer-facing
 * @param channelId the platform's channel id (for mapping askers to accounts), or "" when none
 * @param conversation the thread or reply chain it was said in, or null: then it stands alone
 */
public record Inbound(Caller caller, ChannelKind channel, String channelId, String text, Conversation conversation) {
    public Inbound {
        text = text == null ? "" : text.strip();
        channelId = channelId == null ? "" : channelId;
    }

    /** A message outside any conversation (a slash command, {@code tenure ask}). */
    public Inbound(Caller caller, ChannelKind channel, String channelId, String text) {
        this(caller, channel, channelId, text, null);
    }
}
