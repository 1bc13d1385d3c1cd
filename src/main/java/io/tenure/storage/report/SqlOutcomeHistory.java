package io.tenure.storage.report;

import io.tenure.health.digest.Churn;
import io.tenure.report.OutcomeHistory;
import io.tenure.storage.SqlValues;
import io.tenure.storage.health.SqlChurnHistory;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The outcomes report's reads in plain SQL that runs on SQLite and PostgreSQL alike: no bound dates, no
 * vendor functions; values are read through {@link SqlValues}.
 */
public final class SqlOutcomeHistory implements OutcomeHistory {
    private static final String SENT_ACCOUNTS = "SELECT key FROM account WHERE lower(id) IN "
            + "(SELECT lower(account_id) FROM outreach_draft WHERE status = 'sent')";

    private final Jdbi jdbi;

    public SqlOutcomeHistory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<SentDraft> sentDrafts() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, account_id, kind, topic, risk_reason, sent_at "
                        + "FROM outreach_draft WHERE status = 'sent' AND sent_at IS NOT NULL ORDER BY sent_at, id")
                .map((rs, ctx) -> new SentDraft(rs.getString("id"), rs.getString("account_id"), rs.getString("kind"),
                        rs.getString("topic"), rs.getString("risk_reason"), SqlValues.instant(rs, "sent_at")))
                .list());
    }

    @Override
    public List<AccountState> accounts() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, status, cancelled_at FROM account WHERE key IN ("
                        + SENT_ACCOUNTS + ")")
                .map((rs, ctx) -> new AccountState(rs.getString("id"), rs.getString("status"), SqlValues.date(rs, "cancelled_at")))
                .list());
    }

    @Override
    public List<Payment> payments() {
        return jdbi.withHandle(h -> h.createQuery("SELECT a.id, p.at, p.amount FROM payment p "
                        + "JOIN account a ON a.key = p.account_key WHERE p.status = 'succeeded' AND p.account_key IN ("
                        + SENT_ACCOUNTS + ") ORDER BY p.account_key, p.at")
                .map((rs, ctx) -> new Payment(rs.getString(1), SqlValues.instant(rs, "at").atZone(ZoneOffset.UTC).toLocalDate(),
                        rs.getDouble(3)))
                .list());
    }

    @Override
    public List<Score> scores() {
        return jdbi.withHandle(h -> h.createQuery("SELECT a.id, s.day, s.score FROM health_score s "
                        + "JOIN account a ON a.key = s.account_key WHERE s.account_key IN (" + SENT_ACCOUNTS + ") "
                        + "ORDER BY s.account_key, s.day")
                .map((rs, ctx) -> new Score(rs.getString(1), SqlValues.date(rs, "day"), rs.getInt(3)))
                .list());
    }

    @Override
    public Churn churn(LocalDate from, LocalDate to) {
        return new SqlChurnHistory(jdbi).between(from, to);
    }
}
