package io.tenure.chat;

import java.util.Optional;

/**
 * Where each draft's review card was posted (channel and message id), to update it in place. The last post
 * wins: a card posted again replaces the remembered place. Slack keeps its cards here.
 */
public interface PostedCards {
    record Location(String channel, String messageId) {
    }

    void remember(String draftId, Location location);

    Optional<Location> find(String draftId);
}
