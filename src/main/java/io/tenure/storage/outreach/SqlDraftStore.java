package io.tenure.storage.outreach;

import io.tenure.outreach.DraftKind;
import io.tenure.outreach.DraftStatus;
import io.tenure.outreach.DraftStore;
import io.tenure.outreach.StoredDraft;
import io.tenure.storage.SqlErrors;
import io.tenure.storage.SqlValues;
import io.tenure.storage.Transaction;
import io.tenure.storage.Vendor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** The drafts in {@code outreach_draft}, on either database. */
public final class SqlDraftStore implements DraftStore {
    private final Jdbi jdbi;

    public SqlDraftStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Function<Transaction, T> work) {
        return jdbi.inTransaction(h -> work.apply(new Transaction(h)));
    }

    @Override
    public Optional<StoredDraft> find(String id) {
        return jdbi.withHandle(h -> select(h, id));
    }

    @Override
    public Optional<StoredDraft> lock(Transaction tx, String id) {
        return select(tx.handle(), id);
    }

    /**
     * On PostgreSQL {@code FOR UPDATE}: inside a transaction the row stays locked until it ends; outside one
     * the read waits for a transaction that holds the row and sees what it committed.
     */
    private static Optional<StoredDraft> select(Handle h, String id) {
        String lock = Vendor.of(h.getConnection()) == Vendor.POSTGRESQL ? " FOR UPDATE" : "";
        return h.createQuery("SELECT * FROM outreach_draft WHERE id = :id" + lock).bind("id", id)
                .map(SqlDraftStore::row).findOne();
    }

    @Override
    public boolean exists(Transaction tx, String id) {
        return tx.handle().createQuery("SELECT count(*) FROM outreach_draft WHERE id = :id").bind("id", id)
                .mapTo(Integer.class).one() > 0;
    }

    @Override
    public void insert(Transaction tx, StoredDraft d) {
        try {
            tx.handle().createUpdate("""
                            INSERT INTO outreach_draft (id, account_id, account_name, kind, topic, language, recipient,
                                risk_reason, subject, body, status, composed_by, created_by, created_at, expires_at,
                                updated_at, message_id, attempts)
                            VALUES (:id, :account, :name, :kind, :topic, :language, :recipient, :risk, :subject, :body,
                                :status, :composedBy, :createdBy, :createdAt, :expiresAt, :updatedAt, :messageId, 0)""")
                    .bind("id", d.id()).bind("account", d.accountId()).bind("name", d.accountName())
                    .bind("kind", d.kind()).bind("topic", d.topic()).bind("language", d.language())
                    .bind("recipient", d.recipient()).bind("risk", d.riskReason()).bind("subject", d.subject())
                    .bind("body", d.body()).bind("status", d.status().key()).bind("composedBy", d.composedBy())
                    .bind("createdBy", d.createdBy()).bind("createdAt", d.createdAt())
                    .bind("expiresAt", d.expiresAt()).bind("updatedAt", d.updatedAt())
                    .bind("messageId", d.messageId())
                    .execute();
        } catch (RuntimeException e) {
            // The unique index on pending save-offers (V9): another process (or person) added one first.
            if (SqlErrors.isUniqueViolation(e) && d.kind().equals(DraftKind.SAVE_OFFER.key())) {
                throw new PendingSaveOffer(d.accountId(), e);
            }
            throw e;
        }
    }

    @Override
    public void update(Transaction tx, StoredDraft before, StoredDraft d) {
        int changed = tx.handle().createUpdate("""
                        UPDATE outreach_draft SET subject = :subject, body = :body, status = :status,
                            updated_at = :updatedAt, claim_token = :token, claimed_at = :claimedAt, attempts = :attempts,
                            last_error = :error, sent_at = :sentAt
                        WHERE id = :id AND status = :fromStatus
                          AND (claim_token = :fromToken OR (claim_token IS NULL AND :fromToken IS NULL))""")
                .bind("fromStatus", before.status().key()).bind("fromToken", before.claimToken())
                .bind("id", d.id()).bind("subject", d.subject()).bind("body", d.body())
                .bind("status", d.status().key()).bind("updatedAt", d.updatedAt())
                .bind("token", d.claimToken())
                .bind("claimedAt", d.claimedAt())
                .bind("attempts", d.attempts()).bind("error", d.lastError())
                .bind("sentAt", d.sentAt())
                .execute();
        if (changed != 1) {
            throw new Concurrent(d.id());
        }
    }

    @Override
    public List<StoredDraft> list(Optional<DraftStatus> status) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM outreach_draft WHERE (:status IS NULL OR status = :status) ORDER BY created_at, id")
                .bind("status", status.map(DraftStatus::key).orElse(null))
                .map(SqlDraftStore::row).list());
    }

    @Override
    public List<String> dueToExpire(Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM outreach_draft WHERE status IN ('drafted', 'edited')"
                        + " AND expires_at <= :now ORDER BY id")
                .bind("now", now).mapTo(String.class).list());
    }

    @Override
    public List<String> staleClaims(Instant before) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM outreach_draft WHERE status = 'sending'"
                        + " AND claimed_at <= :before ORDER BY id")
                .bind("before", before).mapTo(String.class).list());
    }

    @Override
    public boolean markHandedOver(String id, String claimToken) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE outreach_draft SET handed_over_claim = :token"
                        + " WHERE id = :id AND status = 'sending' AND claim_token = :token")
                .bind("id", id).bind("token", claimToken).execute()) == 1;
    }

    @Override
    public boolean handedOver(Transaction tx, String id, String claimToken) {
        return claimToken != null && tx.handle().createQuery(
                        "SELECT count(*) FROM outreach_draft WHERE id = :id AND handed_over_claim = :token")
                .bind("id", id).bind("token", claimToken).mapTo(Integer.class).one() > 0;
    }

    private static StoredDraft row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StoredDraft(rs.getString("id"), rs.getString("account_id"), rs.getString("account_name"),
                rs.getString("kind"), rs.getString("topic"), rs.getString("language"), rs.getString("recipient"),
                rs.getString("risk_reason"), rs.getString("subject"), rs.getString("body"),
                DraftStatus.ofKey(rs.getString("status")), rs.getString("composed_by"), rs.getString("created_by"),
                SqlValues.instant(rs, "created_at"), SqlValues.instant(rs, "expires_at"),
                SqlValues.instant(rs, "updated_at"), rs.getString("message_id"), rs.getString("claim_token"),
                SqlValues.instant(rs, "claimed_at"), rs.getInt("attempts"), rs.getString("last_error"),
                SqlValues.instant(rs, "sent_at"));
    }
}
