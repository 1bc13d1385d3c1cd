package io.tenure.outreach;

import io.tenure.storage.Transaction;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The drafts ({@code outreach_draft}). A transition runs in one transaction of {@link #inTransaction}: it reads
 * the draft with {@link #lock}, decides by the rules, and writes the draft with {@link #update}, a guarded
 * update, while the audit entry and the job rows join the same {@link Transaction}.
 */
public interface DraftStore {
    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(Function<Transaction, T> work);

    /** The draft as last committed; a transition in progress is waited for. */
    Optional<StoredDraft> find(String id);

    /**
     * The draft, read to be moved on in this transaction: on PostgreSQL the row stays locked until the
     * transaction ends, so a read-check-write (approve, claim, expire) cannot interleave with another
     * process's; SQLite's transactions take the database's write lock when they begin.
     */
    Optional<StoredDraft> lock(Transaction tx, String id);

    boolean exists(Transaction tx, String id);

    /**
     * Adds a new draft.
     *
     * @throws PendingSaveOffer when a save-offer for the account already waits (another process added it first)
     */
    void insert(Transaction tx, StoredDraft draft);

    /**
     * Writes every mutable column of a draft read in the same transaction, if it is still as read (same status
     * and claim): a guarded transition, so two processes that read the same state cannot both move it on,
     * whatever the database's isolation level.
     *
     * @throws Concurrent when another transaction moved the draft first (the caller's transaction rolls back)
     */
    void update(Transaction tx, StoredDraft before, StoredDraft after);

    /** Drafts, oldest first, of one status or of all. */
    List<StoredDraft> list(Optional<DraftStatus> status);

    /** Drafts awaiting review whose expiry is at or before {@code now}. */
    List<String> dueToExpire(Instant now);

    /** Drafts whose claim is older than {@code before}: their sender died, or they would have finished. */
    List<String> staleClaims(Instant before);

    /**
     * Marks, in a statement of its own, that the message of this claim is about to be handed over for good
     * (see V96); false when the claim is no longer this one (taken over), and then the message must not be
     * handed over.
     */
    boolean markHandedOver(String id, String claimToken);

    /** Whether the message of this claim may have been handed over (its sender reached the mark). */
    boolean handedOver(Transaction tx, String id, String claimToken);

    /** Another transaction moved the draft between this one's read and its write. */
    final class Concurrent extends RuntimeException {
        public Concurrent(String draftId) {
            super("draft " + draftId + " was changed by someone else at the same moment");
        }
    }

    /** The database's one-pending-save-offer-per-account rule refused a new draft. */
    final class PendingSaveOffer extends RuntimeException {
        public PendingSaveOffer(String accountId, Throwable cause) {
            super("a save-offer draft for " + accountId + " is already waiting", cause);
        }
    }
}
