package io.tenure.outreach;

/**
 * A delivery that did not simply fail for now: the outbox knows it can never work as it is, or cannot know
 * whether the message went out. Any other exception from {@link Outbox#deliver} is a failure for now, retried
 * with backoff.
 */
public final class DeliveryFailure extends Exception {
    public enum Kind {
        /** The server or the message refuses it for good (an illegal address, a 5xx reply): a person must act. */
        PERMANENT,
        /** The message was handed over but the server's answer never came: it may have been delivered. */
        UNCERTAIN
    }

    private final Kind kind;

    public DeliveryFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
