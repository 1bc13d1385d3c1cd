package io.tenure.outreach;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants as reviewers read them in history lines and refusals: to the minute, in UTC. */
final class StoredTime {
    private static final DateTimeFormatter DISPLAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private StoredTime() {
    }

    static String display(Instant instant) {
        return DISPLAY.format(instant);
    }
}
