package io.tenure.chat;

/** A chat platform connection that {@code tenure serve} starts and stops. */
public interface ChatAdapter extends AutoCloseable {
    String platform();

    void start() throws Exception;

    @Override
    void close();
}
