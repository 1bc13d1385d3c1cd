package io.tenure.chat.slack;

import io.tenure.assistant.Attachment;
import io.tenure.assistant.Reply;
import io.tenure.chat.DigestChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Posts the daily digest to the managers' channel, with its chart uploaded as an image. */
final class SlackDigestChannel implements DigestChannel {
    private static final Logger log = LoggerFactory.getLogger(SlackDigestChannel.class);

    private final SlackWebApi web;
    private final String channel;

    SlackDigestChannel(SlackWebApi web, String channel) {
        this.web = web;
        this.channel = channel;
    }

    @Override
    public String platform() {
        return "slack";
    }

    /** Fails only when the text could not be posted; a chart that fails to upload is explained in the channel. */
    @Override
    public void post(Reply digest) {
        String ts = web.post(channel, null, ReplyBlocks.fallback(digest), ReplyBlocks.of(digest));
        for (Attachment attachment : digest.attachments()) {
            try {
                web.upload(channel, ts, attachment);
            } catch (RuntimeException e) {
                log.error("digest chart upload failed", e);
                web.post(channel, ts, "The chart (" + attachment.title() + ") could not be uploaded: "
                        + e.getMessage(), java.util.List.of());
            }
        }
    }
}
