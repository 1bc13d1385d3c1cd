package io.tenure.outreach;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An outbox that keeps what it was handed; it can be told to refuse the next messages. */
final class RecordingOutbox implements Outbox {
    final List<OutgoingMessage> delivered = new CopyOnWriteArrayList<>();
    private volatile int failuresLeft;

    void failNext(int times) {
        failuresLeft = times;
    }

    @Override
    public void deliver(OutgoingMessage message) throws Exception {
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
