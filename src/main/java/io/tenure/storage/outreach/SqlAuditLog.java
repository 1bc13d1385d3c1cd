package io.tenure.storage.outreach;

import io.tenure.outreach.AuditEntry;
import io.tenure.outreach.AuditLog;
import io.tenure.outreach.DraftStatus;
import io.tenure.outreach.StoredDraft;
import io.tenure.storage.SqlValues;
import io.tenure.storage.Transaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The audit log in {@code draft_audit}, whose triggers refuse updates and deletes on both databases. */
public final class SqlAuditLog implements AuditLog {
    private final Jdbi jdbi;

    public SqlAuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void append(Transaction tx, StoredDraft draft, DraftStatus from, DraftStatus to, String actor,
                       String platform, String note, Instant at) {
        tx.handle().createUpdate("""
                        INSERT INTO draft_audit (draft_id, at, actor, platform, from_status, to_status, note,
                                                 recipient, subject, body, message_id)
                        VALUES (:draft, :at, :actor, :platform, :from, :to, :note, :recipient, :subject, :body, :message)""")
                .bind("draft", draft.id())
                .bind("at", at)
                .bind("actor", actor)
                .bind("platform", platform)
                .bind("from", from == null ? null : from.key())
                .bind("to", to.key())
                .bind("note", note == null ? "" : note)
                .bind("recipient", draft.recipient())
                .bind("subject", draft.subject())
                .bind("body", draft.body())
                .bind("message", draft.messageId())
                .execute();
    }

    @Override
    public List<AuditEntry> entries(Optional<String> draftId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM draft_audit WHERE (:draft IS NULL OR draft_id = :draft) ORDER BY id")
                .bind("draft", draftId.orElse(null))
                .map((rs, ctx) -> new AuditEntry(rs.getLong("id"), rs.getString("draft_id"),
                        SqlValues.instant(rs, "at"), rs.getString("actor"), rs.getString("platform"),
                        rs.getString("from_status") == null ? null : DraftStatus.ofKey(rs.getString("from_status")),
                        DraftStatus.ofKey(rs.getString("to_status")), rs.getString("note"), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"), rs.getString("message_id")))
                .list());
    }
}
