package io.tenure.outreach;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL on {@code outreach_draft}; always called inside the workflow's transactions. */
final class DraftStore {
    private DraftStore() {
    }

    static void insert(Handle h, StoredDraft d) {
        try {
            insertRow(h, d);
        } catch (RuntimeException e) {
            // The unique index on pending save-offers: another process (or person) added one first.
            if (io.tenure.storage.SqlErrors.isUniqueViolation(e) && d.kind().equals(DraftKind.SAVE_OFFER.key())) {
                throw new io.tenure.UserError("a save-offer draft for " + d.accountId()
                        + " is already waiting for approval; approve, edit or reject that one");
            }
            throw e;
        }
    }

    private static void insertRow(Handle h, StoredDraft d) {
        h.createUpdate("""
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
    }

    /**
     * Inside a transaction on PostgreSQL the row stays locked until it ends, so a read-check-write (approve,
     * claim, expire) cannot interleave with another process's under READ COMMITTED; SQLite's transactions
     * take the database's write lock when they begin.
     */
    static Optional<StoredDraft> find(Handle h, String id) {
        String lock = io.tenure.storage.Vendor.of(h.getConnection()) == io.tenure.storage.Vendor.POSTGRESQL
                ? " FOR UPDATE" : "";
        return h.createQuery("SELECT * FROM outreach_draft WHERE id = :id" + lock).bind("id", id)
                .map(DraftStore::row).findOne();
    }

    static boolean exists(Handle h, String id) {
        return h.createQuery("SELECT count(*) FROM outreach_draft WHERE id = :id").bind("id", id).mapTo(Integer.class).one() > 0;
    }

    static List<StoredDraft> list(Handle h, Optional<DraftStatus> status) {
        return h.createQuery("SELECT * FROM outreach_draft WHERE (:status IS NULL OR status = :status) ORDER BY created_at, id")
                .bind("status", status.map(DraftStatus::key).orElse(null))
                .map(DraftStore::row).list();
    }

    static List<String> dueToExpire(Handle h, Instant now) {
        return h.createQuery("SELECT id FROM outreach_draft WHERE status IN ('drafted', 'edited') AND expires_at <= :now ORDER BY id")
                .bind("now", now).mapTo(String.class).list();
    }

    /** Drafts whose claim is older than {@code before}: their sender died, or they would have finished. */
    static List<String> staleClaims(Handle h, Instant before) {
        return h.createQuery("SELECT id FROM outreach_draft WHERE status = 'sending' AND claimed_at <= :before ORDER BY id")
                .bind("before", before).mapTo(String.class).list();
    }

    /**
     * Marks that the message of this claim is about to be handed over for good (see V96); false when the claim
     * is no longer this one (taken over), and then the message must not be handed over.
     */
    static boolean markHandedOver(Handle h, String id, String claimToken) {
        return h.createUpdate("UPDATE outreach_draft SET handed_over_claim = :token"
                        + " WHERE id = :id AND status = 'sending' AND claim_token = :token")
                .bind("id", id).bind("token", claimToken).execute() == 1;
    }

    /** Whether the message of this claim may have been handed over (its sender reached the mark). */
    static boolean handedOver(Handle h, String id, String claimToken) {
        return claimToken != null && h.createQuery(
                        "SELECT count(*) FROM outreach_draft WHERE id = :id AND handed_over_claim = :token")
                .bind("id", id).bind("token", claimToken).mapTo(Integer.class).one() > 0;
    }

    /**
     * Writes every mutable column of a draft read in the same transaction, if it is still as read (same status
     * and claim): a guarded transition, so two processes that read the same state cannot both move it on,
     * whatever the database's isolation level.
     *
     * @throws Concurrent when another transaction moved the draft first (the caller's transaction rolls back)
     */
    static void update(Handle h, StoredDraft before, StoredDraft d) {
        int changed = h.createUpdate("""
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

    /** Another transaction moved the draft between this one's read and its write. */
    static final class Concurrent extends RuntimeException {
        Concurrent(String draftId) {
            super("draft " + draftId + " was changed by someone else at the same moment");
        }
    }

    private static StoredDraft row(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new StoredDraft(rs.getString("id"), rs.getString("account_id"), rs.getString("account_name"),
                rs.getString("kind"), rs.getString("topic"), rs.getString("language"), rs.getString("recipient"),
                rs.getString("risk_reason"), rs.getString("subject"), rs.getString("body"),
                DraftStatus.ofKey(rs.getString("status")), rs.getString("composed_by"), rs.getString("created_by"),
                io.tenure.storage.SqlValues.instant(rs, "created_at"), io.tenure.storage.SqlValues.instant(rs, "expires_at"),
                io.tenure.storage.SqlValues.instant(rs, "updated_at"), rs.getString("message_id"), rs.getString("claim_token"),
                io.tenure.storage.SqlValues.instant(rs, "claimed_at"), rs.getInt("attempts"), rs.getString("last_error"),
                io.tenure.storage.SqlValues.instant(rs, "sent_at"));
    }
}
