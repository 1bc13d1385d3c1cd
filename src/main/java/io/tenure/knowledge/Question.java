package io.tenure.knowledge;

/**
 * A question asked in a conversation: its text, the topic of the conversation before it, and, for the
 * model, where the conversation's turns are remembered.
 *
 * @param memory the chat memory id of this turn, or null outside a conversation
 * @param earlierMemory the chat memory id holding the turns before it: the same id in a thread, the
 *                      replied-to message's in a reply chain (so a reply continues what it replies to)
 */
public record Question(String text, Topic earlier, String memory, String earlierMemory) {
    public Question {
        text = text == null ? "" : text.strip();
        earlier = earlier == null ? Topic.NONE : earlier;
        earlierMemory = earlierMemory == null ? memory : earlierMemory;
    }

    /** A question on its own, outside any conversation. */
    public static Question alone(String text) {
        return new Question(text, Topic.NONE, null, null);
    }
}
