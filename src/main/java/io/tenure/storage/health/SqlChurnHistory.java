package io.tenure.storage.health;

import io.tenure.health.digest.Churn;
import io.tenure.health.digest.ChurnHistory;
import java.time.LocalDate;
import org.jdbi.v3.core.Jdbi;

/** Churn counted over table {@code account}: its signup date, status and cancellation date. */
public final class SqlChurnHistory implements ChurnHistory {
    private final Jdbi jdbi;

    public SqlChurnHistory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Churn between(LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*), count(*) FILTER (WHERE status = 'cancelled' "
                        + "AND cancelled_at > :from AND cancelled_at <= :to) FROM account "
                        + "WHERE signup_date <= :from AND (status <> 'cancelled' OR cancelled_at > :from)")
                .bind("from", from).bind("to", to)
                .map((rs, ctx) -> Churn.of(from, to, rs.getInt(1), rs.getInt(2)))
                .one());
    }
}
