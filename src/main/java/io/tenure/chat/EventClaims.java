package io.tenure.chat;

/**
 * Chat events taken up for an answer across replicas: the first replica to claim an event answers it, other
 * deliveries are refused while the claim holds, and the claim is marked answered once the reply is out. A
 * replica that dies mid-answer leaves a claim that runs out, so the platform's retry is answered elsewhere.
 */
public interface EventClaims extends AutoCloseable {
    /** True for the delivery this replica must answer; false while another claim holds or once answered. */
    boolean claim(String eventId);

    /** The reply is posted (or the failure said): no later delivery of the event is answered. */
    void answered(String eventId);

    /** Drops claims far older than any redelivery. */
    void forgetOld();

    /** Stops renewing claims still held. */
    @Override
    void close();
}
