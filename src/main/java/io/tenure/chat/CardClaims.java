package io.tenure.chat;

import java.util.Optional;

/**
 * Which message shows each draft's review card, claimed before it is posted so that only one replica posts
 * it. Discord keeps its cards here.
 */
public interface CardClaims {
    record Card(String channelId, String messageId) {
    }

    /** Claims the right to post the draft's card; false when it is already posted (or being posted). */
    boolean claim(String draftId, String channelId);

    void posted(String draftId, String messageId);

    /** Gives the claim up after a failed post, so a later change can post the card again. */
    void release(String draftId);

    /** The posted card (a claim whose post has not finished is not one). */
    Optional<Card> find(String draftId);
}
