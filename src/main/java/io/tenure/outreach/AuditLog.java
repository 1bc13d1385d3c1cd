package io.tenure.outreach;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The append-only history of every draft. Entries are written inside the transaction that makes the
 * transition, so the log and the drafts never disagree; the database refuses updates and deletes.
 */
public final class AuditLog {
    private final Jdbi jdbi;

    public AuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    static void append(Handle h, StoredDraft draft, DraftStatus from, DraftStatus to, String actor, String platform,
                       String note, java.time.Instant at) {
        h.createUpdate("""
                        INSERT INTO draft_audit (draft_id, at, actor, platform, from_status, to_status, note,
                                                 recipient, subject, body, message_id)
                        VALUES (:draft, :at, :actor, :platform, :from, :to, :note, :recipient, :subject, :body, :message)""")
                .bind("draft", draft.id())
                .bind("at", at)
                .bind("actor", actor)
                .bind("platform", platform)
                .bind("from", from == null ? null : key(from))
                .bind("to", key(to))
                .bind("note", note == null ? "" : note)
                .bind("recipient", draft.recipient())
                .bind("subject", draft.subject())
                .bind("body", draft.body())
                .bind("message", draft.messageId())
                .execute();
    }

    /** Every entry in the order it was appended, for one draft or for all. */
    public List<AuditEntry> entries(Optional<String> draftId) {
        return jdbi.withHandle(h -> entries(h, draftId));
    }

    static List<AuditEntry> entries(Handle h, Optional<String> draftId) {
        return h.createQuery("SELECT * FROM draft_audit WHERE (:draft IS NULL OR draft_id = :draft) ORDER BY id")
                .bind("draft", draftId.orElse(null))
                .map((rs, ctx) -> new AuditEntry(rs.getLong("id"), rs.getString("draft_id"),
                        io.tenure.storage.SqlValues.instant(rs, "at"), rs.getString("actor"), rs.getString("platform"),
                        rs.getString("from_status") == null ? null : status(rs.getString("from_status")),
                        status(rs.getString("to_status")), rs.getString("note"), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"), rs.getString("message_id")))
                .list();
    }

    static String key(DraftStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    static DraftStatus status(String key) {
        return DraftStatus.valueOf(key.toUpperCase(Locale.ROOT));
    }
}
