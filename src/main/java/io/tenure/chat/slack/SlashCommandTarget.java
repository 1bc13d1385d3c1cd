package io.tenure.chat.slack;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.webhook.WebhookResponse;
import io.tenure.assistant.Apologies;
import io.tenure.assistant.Attachment;
import io.tenure.assistant.Reply;
import java.io.IOException;

/**
 * Replies to {@code /tenure} through the command's response URL, which works in any channel, even one
 * the bot is not in. Private replies are ephemeral. The working note is ephemeral too: a response URL
 * cannot replace it, so the answer follows it as its own message. In a direct message every reply is
 * ephemeral: Slack runs {@code /tenure} in any DM, also one between a staff member and a customer, and
 * an in-channel response there would show the customer what only the staff member may see.
 */
final class SlashCommandTarget implements ReplyTarget {
    private final SlashCommandContext context;
    private final SlackWebApi web;
    private final String channel;
    private final boolean onlyToCaller;

    /** @param onlyToCaller whether every reply is shown to the caller alone (a direct message) */
    SlashCommandTarget(SlashCommandContext context, SlackWebApi web, String channel, boolean onlyToCaller) {
        this.context = context;
        this.web = web;
        this.channel = channel;
        this.onlyToCaller = onlyToCaller;
    }

    @Override
    public String showWorking() {
        respond(SlashCommandResponse.builder().responseType("ephemeral").text(ThreadTarget.WORKING).build());
        return null;
    }

    @Override
    public void deliver(Reply reply, String working) {
        if (reply.privateToCaller()) {
            respond(SlashCommandResponse.builder().responseType("ephemeral").text(ReplyBlocks.fallback(reply)).build());
            return;
        }
        respond(SlashCommandResponse.builder().responseType(onlyToCaller ? "ephemeral" : "in_channel")
                .text(ReplyBlocks.fallback(reply))
                .blocks(ReplyBlocks.of(reply)).build());
        for (Attachment attachment : reply.attachments()) {
            try {
                web.upload(channel, null, attachment);
            } catch (RuntimeException e) {
                // Uploading needs the bot in the channel; a response URL works without, so explain there.
                String reference = Apologies.logged(e, "attaching " + attachment.title() + " in " + channel);
                respond(SlashCommandResponse.builder().responseType("ephemeral").text("I could not attach "
                        + attachment.title() + " here (reference " + reference + "); invite me to the channel, or "
                        + "ask in a direct message.").build());
            }
        }
    }

    private void respond(SlashCommandResponse response) {
        WebhookResponse result;
        try {
            result = context.respond(response);
        } catch (IOException e) {
            throw new SlackWebApi.SlackCallFailed("the slash command response failed: " + e.getMessage(), e);
        }
        if (result.getCode() == null || result.getCode() != 200) {
            throw new SlackWebApi.SlackCallFailed("the slash command response was refused: HTTP " + result.getCode()
                    + " " + result.getBody());
        }
    }
}
