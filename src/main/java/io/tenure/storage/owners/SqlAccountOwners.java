package io.tenure.storage.owners;

import io.tenure.owners.AccountOwners;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** On either database: the distinct owners of accounts not cancelled. */
public final class SqlAccountOwners implements AccountOwners {
    private final Jdbi jdbi;

    public SqlAccountOwners(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<String> activeOwners() {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT lower(owner) FROM account "
                        + "WHERE status <> 'cancelled' AND owner <> '' ORDER BY 1")
                .mapTo(String.class).list());
    }
}
