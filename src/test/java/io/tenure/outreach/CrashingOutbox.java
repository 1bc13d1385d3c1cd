package io.tenure.outreach;

/**
 * Simulates the process dying around a delivery: an {@link Error} is not a failed delivery the workflow
 * records, it unwinds everything, as a killed JVM would leave the database.
 */
final class CrashingOutbox implements Outbox {
    /** The stand-in for a killed process. */
    static final class ProcessDied extends Error {
        ProcessDied(String when) {
            super("simulated crash " + when);
        }
    }

    enum When { BEFORE_DELIVERY, AFTER_DELIVERY }

    private final Outbox inner;
    private final When when;

    CrashingOutbox(Outbox inner, When when) {
        this.inner = inner;
        this.when = when;
    }

    @Override
    public void deliver(OutgoingMessage message) throws Exception {
        if (when == When.BEFORE_DELIVERY) {
            throw new ProcessDied("between claim and delivery");
        }
        inner.deliver(message);
        throw new ProcessDied("after delivery, before recording it");
    }

    @Override
    public String description() {
        return inner.description();
    }
}
