package io.tenure.outreach;

import io.tenure.storage.Transaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The append-only history of every draft. Entries are written inside the transaction that makes the
 * transition, so the log and the drafts never disagree; the database refuses updates and deletes.
 */
public interface AuditLog {
    /**
     * Appends the entry of one transition, with the draft's text as it now is, in the transaction that makes it.
     *
     * @param from the state before, or null for the draft's creation
     * @param note the reason, the error or what happened; null is stored as empty
     */
    void append(Transaction tx, StoredDraft draft, DraftStatus from, DraftStatus to, String actor, String platform,
                String note, Instant at);

    /** Every entry in the order it was appended, for one draft or for all. */
    List<AuditEntry> entries(Optional<String> draftId);
}
