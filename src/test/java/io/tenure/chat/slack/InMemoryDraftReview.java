package io.tenure.chat.slack;

import io.tenure.assistant.Caller;
import io.tenure.assistant.Role;
import io.tenure.outreach.DraftListener;
import io.tenure.outreach.DraftReview;
import io.tenure.outreach.DraftStatus;
import io.tenure.outreach.DraftView;
import io.tenure.outreach.ReviewOutcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The review state machine in memory: drafted or edited drafts can be approved (then "sent" at once,
 * counted), rejected or edited; only approvers approve or reject, any staff edits. Listeners hear of
 * every new and changed draft, as from the real outreach workflow.
 */
public final class InMemoryDraftReview implements DraftReview {
    private final Map<String, DraftView> drafts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final List<DraftListener> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;

    public InMemoryDraftReview(Clock clock) {
        this.clock = clock;
    }

    /** Makes a new draft and tells the listeners. */
    public DraftView draft(String id, String accountId, String accountName, String riskReason, String subject,
                           String body) {
        DraftView draft = new DraftView(id, accountId, accountName, "save-offer", "en", riskReason,
                "ops@" + accountId.toLowerCase() + ".example", subject, body, DraftStatus.DRAFTED,
                List.of("drafted at " + clock.instant()), null);
        drafts.put(id, draft);
        deliveries.put(id, new AtomicInteger());
        listeners.forEach(l -> l.created(draft));
        return draft;
    }

    /** How many times the draft was delivered through the "outbox". */
    public int deliveries(String id) {
        return deliveries.get(id).get();
    }

    @Override
    public Optional<DraftView> find(String draftId) {
        return Optional.ofNullable(drafts.get(draftId));
    }

    @Override
    public synchronized ReviewOutcome approve(String draftId, Caller by) {
        DraftView draft = drafts.get(draftId);
        if (draft == null) {
            return new ReviewOutcome.Refused("No draft " + draftId + ".");
        }
        if (!by.has(Role.APPROVER)) {
            return new ReviewOutcome.Refused("Only approvers may approve drafts.");
        }
        if (draft.status() != DraftStatus.DRAFTED && draft.status() != DraftStatus.EDITED) {
            return new ReviewOutcome.Refused("This draft is already " + draft.status().name().toLowerCase() + ".");
        }
        deliveries.get(draftId).incrementAndGet();
        return change(draft, DraftStatus.SENT, "approved by " + by.userId(), draft.subject(), draft.body(), true);
    }

    @Override
    public synchronized ReviewOutcome reject(String draftId, Caller by, String reason) {
        DraftView draft = drafts.get(draftId);
        if (draft == null || !by.has(Role.APPROVER)) {
            return new ReviewOutcome.Refused("Only approvers may reject drafts.");
        }
        return change(draft, DraftStatus.REJECTED, "rejected by " + by.userId() + ": " + reason, draft.subject(),
                draft.body(), false);
    }

    @Override
    public synchronized ReviewOutcome edit(String draftId, Caller by, String subject, String body) {
        DraftView draft = drafts.get(draftId);
        if (draft == null || !by.isStaff()) {
            return new ReviewOutcome.Refused("Only staff may edit drafts.");
        }
        return change(draft, DraftStatus.EDITED, "edited by " + by.userId(), subject, body, false);
    }

    @Override
    public void subscribe(DraftListener listener) {
        listeners.add(listener);
    }

    private ReviewOutcome change(DraftView draft, DraftStatus status, String step, String subject, String body,
                                 boolean sent) {
        List<String> history = new ArrayList<>(draft.history());
        history.add(step + " at " + clock.instant());
        DraftView changed = new DraftView(draft.id(), draft.accountId(), draft.accountName(), draft.kind(),
                draft.language(), draft.riskReason(), draft.recipient(), subject, body, status, history,
                sent ? clock.instant() : draft.sentAt());
        drafts.put(draft.id(), changed);
        listeners.forEach(l -> l.changed(changed));
        return new ReviewOutcome.Done(changed);
    }
}
