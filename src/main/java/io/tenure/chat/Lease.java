package io.tenure.chat;

import java.time.Duration;
import java.util.Optional;

/**
 * A named lease at most one replica holds at a time (a chat platform's single connection, such as the Discord
 * gateway of a bot token): the holder renews it well before it runs out; once it has run out, another replica
 * acquires it.
 */
public interface Lease {
    /** Takes the lease when nobody holds it or its holder let it run out; true when this replica holds it now. */
    boolean acquire();

    /** Extends the lease; false when this replica no longer holds it. */
    boolean renew();

    /** Gives the lease up at once (a clean stop). */
    void release();

    /** Who holds it now, if anyone does. */
    Optional<String> holder();

    /** How long it holds without renewal. */
    Duration length();
}
