package io.tenure.chat.discord;

import io.tenure.assistant.Reply;
import io.tenure.chat.DigestChannel;

/**
 * Posts the daily digest, text and chart, to {@code discord.digest_channel_id}. It waits for Discord to
 * confirm, and throws when the post fails, so the scheduler knows the digest was not delivered.
 */
public final class DiscordDigestChannel implements DigestChannel {
    private final DiscordBot bot;
    private final String channelId;

    public DiscordDigestChannel(DiscordBot bot, String channelId) {
        this.bot = bot;
        this.channelId = channelId;
    }

    @Override
    public String platform() {
        return DiscordCallers.PLATFORM;
    }

    @Override
    public void post(Reply digest) {
        bot.channel(channelId, "discord.digest_channel_id").sendMessage(ReplyMessages.render(digest)).complete();
    }
}
