package io.tenure.outreach;

import io.tenure.jobs.Jobs;
import io.tenure.storage.Transaction;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * How a transition is written: the guarded update of the draft, its audit entry, and the card-update row,
 * all in the caller's transaction, so the card job, the audit log and the draft never disagree and no
 * change is lost if the process dies right after it.
 */
final class DraftChanges {
    /** The actor of transitions no person made: delivery outcomes, expiry, the sweep. */
    static final String SYSTEM = "tenure";

    private final AuditLog audit;
    private final Jobs jobs;
    private final boolean cards;

    /**
     * @param jobs where card and delivery rows go, or null in a process without jobs (tests of the rules)
     * @param cards whether a chat platform shows review cards: only then is a card row written
     */
    DraftChanges(AuditLog audit, Jobs jobs, boolean cards) {
        this.audit = audit;
        this.jobs = jobs;
        this.cards = cards && jobs != null;
    }

    void created(Handle h, StoredDraft draft, String actor, String platform, String note, Instant now) {
        DraftStore.insert(h, draft);
        audit.append(new Transaction(h), draft, null, DraftStatus.DRAFTED, actor, platform, note, now);
        card(h, draft.id());
    }

    void moved(Handle h, StoredDraft before, StoredDraft after, String actor, String platform, String note,
               Instant now) {
        DraftStore.update(h, before, after);
        audit.append(new Transaction(h), after, before.status(), after.status(), actor, platform, note, now);
        card(h, after.id());
    }

    /** Queues a delivery of the draft, worked by the delivery job with backoff; false without jobs. */
    boolean queueDelivery(Handle h, String draftId) {
        if (jobs == null) {
            return false;
        }
        jobs.enqueue(h, OutreachJobs.DELIVERY, draftId);
        return true;
    }

    boolean queuesDeliveries() {
        return jobs != null;
    }

    private void card(Handle h, String draftId) {
        if (cards) {
            jobs.enqueue(h, OutreachJobs.CARD, draftId);
        }
    }
}
