package io.tenure.chat.slack;

import io.tenure.assistant.Apologies;
import io.tenure.assistant.Attachment;
import io.tenure.assistant.Reply;
import io.tenure.chat.AnsweredThreads;

/**
 * Replies in a channel thread or a direct message through the Web API. Private replies (refusals) are
 * ephemeral, seen only by the asker. A channel thread answered here is remembered for follow-ups.
 */
final class ThreadTarget implements ReplyTarget {
    static final String WORKING = "Working on it…";

    private final SlackWebApi web;
    private final AnsweredThreads threads;
    private final String channel;
    private final String threadTs;
    private final String user;
    private final boolean rememberThread;

    /**
     * @param threadTs the thread to answer in, or null for the top level of a direct message
     * @param rememberThread whether follow-ups in this thread should be answered without a mention
     */
    ThreadTarget(SlackWebApi web, AnsweredThreads threads, String channel, String threadTs, String user,
                 boolean rememberThread) {
        this.web = web;
        this.threads = threads;
        this.channel = channel;
        this.threadTs = threadTs;
        this.user = user;
        this.rememberThread = rememberThread;
    }

    @Override
    public String showWorking() {
        return web.post(channel, threadTs, WORKING, java.util.List.of());
    }

    @Override
    public void deliver(Reply reply, String working) {
        if (reply.privateToCaller()) {
            if (working != null) {
                web.delete(channel, working);
            }
            web.postEphemeral(channel, user, threadTs, ReplyBlocks.fallback(reply));
            return;
        }
        // Remembered before the post: once the asker sees the reply they may follow up at once, and that
        // follow-up can reach another replica, which answers it only if the thread is already known.
        if (rememberThread && threadTs != null) {
            threads.remember(channel, threadTs);
        }
        if (working != null) {
            web.update(channel, working, ReplyBlocks.fallback(reply), ReplyBlocks.of(reply));
        } else {
            web.post(channel, threadTs, ReplyBlocks.fallback(reply), ReplyBlocks.of(reply));
        }
        for (Attachment attachment : reply.attachments()) {
            try {
                web.upload(channel, threadTs, attachment);
            } catch (RuntimeException e) {
                // The answer is out; say what is missing rather than failing the whole reply.
                String reference = Apologies.logged(e, "attaching " + attachment.title() + " in " + channel);
                web.post(channel, threadTs, "I could not attach " + attachment.title() + " (reference " + reference
                        + ").", java.util.List.of());
            }
        }
    }
}
