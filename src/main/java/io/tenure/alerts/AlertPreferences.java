package io.tenure.alerts;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Each staff member's {@link AlertMode}, by platform and user id (implemented in {@code storage/alerts}). */
public interface AlertPreferences {
    Optional<AlertMode> of(String platform, String userId);

    void set(String platform, String userId, AlertMode mode, Instant at);

    /** Everyone on the platform who chose, by user id. */
    Map<String, AlertMode> all(String platform);
}
