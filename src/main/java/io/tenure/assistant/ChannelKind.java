package io.tenure.assistant;

/**
 * Where a message was said. In a customer-facing channel only knowledge-base answers are given,
 * whatever is asked and whoever asks, because customers read along.
 */
public enum ChannelKind {
    CUSTOMER_FACING, INTERNAL, DIRECT;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
