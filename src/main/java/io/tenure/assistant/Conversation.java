package io.tenure.assistant;

/**
 * Where a message sits on its platform, as a chat adapter names it: the conversation it belongs to, so a
 * follow-up is read with the questions before it. The assistant keeps each conversation apart per
 * asker: one person's thread never lends its topic to another's, nor to another thread or channel.
 *
 * @param id the conversation this message's turn is remembered under ("slack:C0123:1712.0001")
 * @param continues the conversation it continues: the same id in a thread; in a reply chain, the id of
 *                  the message replied to (a reply continues what it replies to, each message keeps its
 *                  own turn)
 */
public record Conversation(String id, String continues) {
    public Conversation {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a conversation needs an id");
        }
        continues = continues == null || continues.isBlank() ? id : continues;
    }

    /** A thread, a direct message or a console session: every message continues the same conversation. */
    public static Conversation of(String id) {
        return new Conversation(id, id);
    }
}
