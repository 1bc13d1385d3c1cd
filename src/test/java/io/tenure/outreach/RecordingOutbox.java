package io.tenure.outreach;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An outbox that keeps what it was handed; it can be told to refuse the next messages. */
final class RecordingOutbox implements Outbox {
    final List<OutgoingMessage> delivered = new CopyOnWriteArrayList<>();
    private volatile int failuresLeft;
    private volatile java.util.concurrent.CountDownLatch release;
    final java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);

    /** Deliveries wait inside the outbox until {@link #release()}, as a slow mail server would keep them. */
    void hold() {
        release = new java.util.concurrent.CountDownLatch(1);
    }

    void release() {
        release.countDown();
    }

    private volatile String permanent;
    /** Every hand-over, delivered or not. */
    volatile int attempts;

    void failNext(int times) {
        failuresLeft = times;
    }

    /** Every delivery is refused for good, as a server refuses an unknown mailbox. */
    void failPermanently(String reply) {
        permanent = reply;
    }

    @Override
    public void deliver(OutgoingMessage message) throws Exception {
        entered.countDown();
        attempts++;
        if (permanent != null) {
            throw new DeliveryFailure(DeliveryFailure.Kind.PERMANENT, "the server refused it", new Exception(permanent));
        }
        if (release != null && !release.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never released the delivery");
        }
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new java.net.ConnectException("Connection refused (mail server down)");
        }
        delivered.add(message);
    }

    @Override
    public String description() {
        return "recording outbox";
    }
}
