package io.tenure.storage;

import io.tenure.chat.Lease;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * A named lease in the database (table {@code lease}): at most one replica holds it at a time. The holder
 * renews it well before it runs out; a replica that dies stops renewing, and once the lease has run out
 * another replica acquires it. Each step is one guarded statement, so two replicas racing for it cannot
 * both win, on SQLite or PostgreSQL. Replicas' clocks must agree to well within the lease's length.
 */
public final class DatabaseLease implements Lease {
    private final Jdbi jdbi;
    private final String name;
    private final Clock clock;
    private final String holder;
    private final Duration length;

    public DatabaseLease(Jdbi jdbi, String name, Clock clock, String holder, Duration length) {
        this.jdbi = jdbi;
        this.name = name;
        this.clock = clock;
        this.holder = holder;
        this.length = length;
    }

    /** Takes the lease when nobody holds it or its holder let it run out; true when this replica holds it now. */
    @Override
    public boolean acquire() {
        long now = clock.millis();
        return jdbi.withHandle(h -> {
            int inserted = h.createUpdate("""
                            INSERT INTO lease (name, holder, expires_at, acquired_at) VALUES (:name, :me, :until, :at)
                            ON CONFLICT (name) DO NOTHING""")
                    .bind("name", name).bind("me", holder).bind("until", now + length.toMillis())
                    .bind("at", clock.instant()).execute();
            return inserted == 1 || h.createUpdate("""
                            UPDATE lease SET holder = :me, expires_at = :until, acquired_at = :at
                            WHERE name = :name AND (expires_at < :now OR holder = :me)""")
                    .bind("name", name).bind("me", holder).bind("until", now + length.toMillis())
                    .bind("at", clock.instant()).bind("now", now).execute() == 1;
        });
    }

    /** Extends the lease; false when this replica no longer holds it (it ran out and another took it). */
    @Override
    public boolean renew() {
        long now = clock.millis();
        // Still ours even if a beat came late, as long as nobody took it over meanwhile.
        return jdbi.withHandle(h -> h.createUpdate(
                        "UPDATE lease SET expires_at = :until WHERE name = :name AND holder = :me")
                .bind("name", name).bind("me", holder).bind("until", now + length.toMillis()).execute()) == 1;
    }

    /** Gives the lease up at once (a clean stop), so another replica need not wait for it to run out. */
    @Override
    public void release() {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM lease WHERE name = :name AND holder = :me")
                .bind("name", name).bind("me", holder).execute());
    }

    /** Who holds the lease now, if anyone does. */
    @Override
    public Optional<String> holder() {
        long now = clock.millis();
        return jdbi.withHandle(h -> h.select("SELECT holder FROM lease WHERE name = :name AND expires_at >= :now")
                .bind("name", name).bind("now", now).mapTo(String.class).findOne());
    }

    public String name() {
        return name;
    }

    @Override
    public Duration length() {
        return length;
    }
}
