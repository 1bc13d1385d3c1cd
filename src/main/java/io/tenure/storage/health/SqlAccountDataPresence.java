package io.tenure.storage.health;

import io.tenure.health.demo.AccountDataPresence;
import org.jdbi.v3.core.Jdbi;

/** Reads tables {@code account} and {@code account_import}. */
public final class SqlAccountDataPresence implements AccountDataPresence {
    private final Jdbi jdbi;

    public SqlAccountDataPresence(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean untouched() {
        return jdbi.withHandle(h -> h.createQuery(
                "SELECT (SELECT count(*) FROM account) + (SELECT count(*) FROM account_import)")
                .mapTo(Integer.class).one()) == 0;
    }
}
