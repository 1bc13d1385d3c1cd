package io.tenure.assistant;

import io.tenure.knowledge.Topic;
import java.util.Optional;

/**
 * What each conversation is about (the topic a follow-up is read with), kept where every replica reads
 * it: a follow-up sent to another replica is read with the same topic. Implemented in {@code storage/}.
 */
public interface ConversationTopics {
    /** The conversation's topic, unless it was forgotten (none for that long, or never one). */
    Optional<Topic> topic(String conversation);

    void save(String conversation, Topic topic);

    /** Nowhere to keep topics: every message stands alone. */
    ConversationTopics NONE = new ConversationTopics() {
        @Override
        public Optional<Topic> topic(String conversation) {
            return Optional.empty();
        }

        @Override
        public void save(String conversation, Topic topic) {
        }
    };
}
