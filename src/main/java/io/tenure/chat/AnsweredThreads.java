package io.tenure.chat;

/** Channel threads the bot has answered in: a follow-up there is answered without a new mention. */
public interface AnsweredThreads {
    void remember(String channel, String threadTs);

    boolean answered(String channel, String threadTs);
}
