package io.tenure.storage.health;

import io.tenure.health.digest.DigestDays;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** On either database: table {@code digest_day} (V71), one row per day a digest was made. */
public final class SqlDigestDays implements DigestDays {
    private final Jdbi jdbi;
    private final Clock clock;

    public SqlDigestDays(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public Optional<LocalDate> lastBefore(LocalDate day) {
        return jdbi.withHandle(h -> h.createQuery("SELECT max(day) FROM digest_day WHERE day < :day")
                .bind("day", day).mapTo(LocalDate.class).findOne());
    }

    @Override
    public void made(LocalDate day) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO digest_day (day, made_at) VALUES (:day, :at) "
                        + "ON CONFLICT (day) DO NOTHING")
                .bind("day", day).bind("at", Instant.now(clock)).execute());
    }
}
