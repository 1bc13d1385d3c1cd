package io.tenure.health.digest;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The days a digest was made (implemented in {@code storage/health}), so a digest can say which accounts
 * are new in red since the one before it.
 */
public interface DigestDays {
    /** The latest day before {@code day} on which a digest was made. */
    Optional<LocalDate> lastBefore(LocalDate day);

    /** Notes that the digest of {@code day} was made (again: no change). */
    void made(LocalDate day);
}
