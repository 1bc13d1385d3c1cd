package io.tenure.schedule;

import java.time.LocalTime;
import java.time.ZoneId;

/** The {@code digest} section: when the managers' daily digest is due, and how instances share the work. */
public record DigestSettings(LocalTime time, ZoneId zone, int checkSeconds, int claimTimeoutMinutes) {
    public DigestSettings {
        if (checkSeconds <= 0) {
            throw new IllegalArgumentException("digest.check_seconds must be positive");
        }
        if (claimTimeoutMinutes <= 0) {
            throw new IllegalArgumentException("digest.claim_timeout_minutes must be positive");
        }
    }
}
