package io.tenure.outreach;

/** Where approved drafts go: an SMTP server, or files in the data directory. */
public interface Outbox {
    /**
     * Hands one message over. Called at most once per claim; after a crash the same message (same draft,
     * same Message-ID) may be handed over again only when {@link #idempotent()}.
     *
     * @throws DeliveryFailure when the failure is permanent or the outcome unknown
     * @throws Exception any other failure: not delivered, worth trying again later
     */
    void deliver(OutgoingMessage message) throws Exception;

    /**
     * Hands one message over, running {@code beforeHandOver} at the last moment the message is certainly not out
     * (SMTP: before the final "." of DATA; by default: before anything). When it throws, nothing is handed over
     * and the delivery fails for now. It records durably that the message may be out, so that after a crash the
     * next run knows whether sending again could duplicate it.
     */
    default void deliver(OutgoingMessage message, Runnable beforeHandOver) throws Exception {
        beforeHandOver.run();
        deliver(message);
    }

    /**
     * Whether handing the same message over twice delivers it once (the file outbox: one file per draft).
     * Only then is a delivery whose sender died resumed by itself; otherwise it becomes {@code uncertain}.
     */
    default boolean idempotent() {
        return false;
    }

    /** e.g. "file outbox data/outbox", "smtp mail.example.com:587 (starttls)", for logs and audit notes. */
    String description();
}
