package io.tenure.outreach;

import io.tenure.UserError;
import io.tenure.jobs.Jobs;
import io.tenure.storage.Transaction;
import java.time.Instant;

/**
 * How a transition is written: the guarded update of the draft, its audit entry, and the card-update row,
 * all in the caller's transaction, so the card job, the audit log and the draft never disagree and no
 * change is lost if the process dies right after it.
 */
final class DraftChanges {
    /** The actor of transitions no person made: delivery outcomes, expiry, the sweep. */
    static final String SYSTEM = "tenure";

    private final DraftStore drafts;
    private final AuditLog audit;
    private final Jobs jobs;
    private final boolean cards;

    /**
     * @param jobs where card and delivery rows go, or null in a process without jobs (tests of the rules)
     * @param cards whether a chat platform shows review cards: only then is a card row written
     */
    DraftChanges(DraftStore drafts, AuditLog audit, Jobs jobs, boolean cards) {
        this.drafts = drafts;
        this.audit = audit;
        this.jobs = jobs;
        this.cards = cards && jobs != null;
    }

    void created(Transaction tx, StoredDraft draft, String actor, String platform, String note, Instant now) {
        try {
            drafts.insert(tx, draft);
        } catch (DraftStore.PendingSaveOffer e) {
            throw new UserError("a save-offer draft for " + draft.accountId()
                    + " is already waiting for approval; approve, edit or reject that one");
        }
        audit.append(tx, draft, null, DraftStatus.DRAFTED, actor, platform, note, now);
        card(tx, draft.id());
    }

    void moved(Transaction tx, StoredDraft before, StoredDraft after, String actor, String platform, String note,
               Instant now) {
        drafts.update(tx, before, after);
        audit.append(tx, after, before.status(), after.status(), actor, platform, note, now);
        card(tx, after.id());
    }

    /** Queues a delivery of the draft, worked by the delivery job with backoff; false without jobs. */
    boolean queueDelivery(Transaction tx, String draftId) {
        if (jobs == null) {
            return false;
        }
        jobs.enqueue(tx, OutreachJobs.DELIVERY, draftId);
        return true;
    }

    private void card(Transaction tx, String draftId) {
        if (cards) {
            jobs.enqueue(tx, OutreachJobs.CARD, draftId);
        }
    }
}
