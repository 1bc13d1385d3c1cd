package io.tenure.storage.home;

import io.tenure.home.MyAccounts;
import io.tenure.storage.SqlValues;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;

/** On either database: accounts by owner address, and the {@code cancel_intent} signals of those accounts. */
public final class SqlMyAccounts implements MyAccounts {
    private final Jdbi jdbi;

    public SqlMyAccounts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<String> ownedBy(String email) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM account WHERE lower(owner) = :owner ORDER BY id")
                .bind("owner", email.strip().toLowerCase(Locale.ROOT)).mapTo(String.class).list());
    }

    @Override
    public List<AskedToLeave> questions(String email, Instant since, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT ci.account_id, a.name, ci.question, ci.intent, ci.asked_at "
                        + "FROM cancel_intent ci JOIN account a ON a.id = ci.account_id "
                        + "WHERE lower(a.owner) = :owner AND ci.asked_at >= :since "
                        + "ORDER BY ci.asked_at DESC, ci.id DESC LIMIT :limit")
                .bind("owner", email.strip().toLowerCase(Locale.ROOT))
                .bind("since", SqlValues.seconds(h, since.getEpochSecond()))
                .bind("limit", limit)
                .map((rs, ctx) -> new AskedToLeave(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Instant.ofEpochSecond(SqlValues.epochSeconds(rs, 5))))
                .list());
    }
}
