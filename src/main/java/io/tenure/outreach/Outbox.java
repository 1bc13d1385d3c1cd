package io.tenure.outreach;

/** Where approved drafts go: an SMTP server, or files in the data directory. */
public interface Outbox {
    /**
     * Hands one message over. Called at most once per claim; after a crash the same message (same draft,
     * same Message-ID) may be handed over again, and an outbox that can tell it already has it must not
     * send it twice.
     *
     * @throws Exception when the message was not accepted; the draft stays approved with the error
     */
    void deliver(OutgoingMessage message) throws Exception;

    /** e.g. "file outbox data/outbox", "smtp mail.example.com:587 (starttls)", for logs and audit notes. */
    String description();
}
