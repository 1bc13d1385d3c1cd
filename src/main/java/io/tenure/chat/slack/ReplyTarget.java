package io.tenure.chat.slack;

import io.tenure.assistant.Reply;

/** Where a reply goes in Slack: a channel thread or DM, or a slash command's response URL. */
interface ReplyTarget {
    /** Shows that an answer is under way; returns the message to replace later, or null when none can be. */
    String showWorking();

    /** Delivers the reply, replacing the working message when there is one. */
    void deliver(Reply reply, String working);
}
