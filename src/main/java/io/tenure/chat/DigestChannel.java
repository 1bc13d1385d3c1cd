package io.tenure.chat;

import io.tenure.assistant.Reply;

/** A chat platform's channel where the daily digest is posted. */
public interface DigestChannel {
    /** e.g. "slack", "discord"; one post per platform per day. */
    String platform();

    void post(Reply digest);
}
