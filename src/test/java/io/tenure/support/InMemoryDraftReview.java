package io.tenure.support;

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
 * A draft review as a tiny in-memory state machine (drafted → edited → sent, or rejected) with the same
 * rules as the real one: only approvers approve or reject, any staff edits, a draft is sent at most once.
 * It counts approve calls and deliveries so tests can prove exactly-once, and tells listeners of changes.
 */
public final class InMemoryDraftReview implements DraftReview {
    private final Clock clock;
    private final Map<String, DraftView> drafts = new ConcurrentHashMap<>();
    private final List<DraftListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger approveCalls = new AtomicInteger();
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    public InMemoryDraftReview(Clock clock) {
        this.clock = clock;
    }

    /** Creates a draft, as the outreach drafter would, and tells listeners. */
    public DraftView add(String id, String accountId, String accountName, String subject, String body) {
        DraftView draft = new DraftView(id, accountId, accountName, "save-offer", "en",
                "Payment failed twice and logins dropped 60% in 30 days", "billing@" + accountId.toLowerCase() + ".example",
                subject, body, DraftStatus.DRAFTED, List.of("drafted at " + clock.instant()), null);
        drafts.put(id, draft);
        listeners.forEach(listener -> listener.created(draft));
        return draft;
    }

    public int approveCalls() {
        return approveCalls.get();
    }

    /** Draft ids in the order they were delivered; a draft listed twice was sent twice. */
    public List<String> delivered() {
        return List.copyOf(delivered);
    }

    @Override
    public Optional<DraftView> find(String draftId) {
        return Optional.ofNullable(drafts.get(draftId));
    }

    @Override
    public synchronized ReviewOutcome approve(String draftId, Caller by) {
        approveCalls.incrementAndGet();
        DraftView draft = drafts.get(draftId);
        if (draft == null) {
            return new ReviewOutcome.Refused("There is no draft " + draftId + ".");
        }
        if (!by.has(Role.APPROVER)) {
            return new ReviewOutcome.Refused("Only approvers may approve drafts; nothing was changed.");
        }
        if (draft.status() != DraftStatus.DRAFTED && draft.status() != DraftStatus.EDITED) {
            return new ReviewOutcome.Refused("Draft " + draftId + " is already " + draft.status().name().toLowerCase()
                    + "; nothing was changed.");
        }
        delivered.add(draftId);
        return change(draft, DraftStatus.SENT, draft.subject(), draft.body(), "approved by " + by.userId(), true);
    }

    @Override
    public synchronized ReviewOutcome reject(String draftId, Caller by, String reason) {
        DraftView draft = drafts.get(draftId);
        if (draft == null) {
            return new ReviewOutcome.Refused("There is no draft " + draftId + ".");
        }
        if (!by.has(Role.APPROVER)) {
            return new ReviewOutcome.Refused("Only approvers may reject drafts; nothing was changed.");
        }
        if (reason == null || reason.isBlank()) {
            return new ReviewOutcome.Refused("Say why the draft is rejected.");
        }
        return change(draft, DraftStatus.REJECTED, draft.subject(), draft.body(),
                "rejected by " + by.userId() + ": " + reason, false);
    }

    @Override
    public synchronized ReviewOutcome edit(String draftId, Caller by, String subject, String body) {
        DraftView draft = drafts.get(draftId);
        if (draft == null) {
            return new ReviewOutcome.Refused("There is no draft " + draftId + ".");
        }
        if (!by.isStaff()) {
            return new ReviewOutcome.Refused("Only staff may edit drafts; nothing was changed.");
        }
        return change(draft, DraftStatus.EDITED, subject, body, "edited by " + by.userId(), false);
    }

    @Override
    public void subscribe(DraftListener listener) {
        listeners.add(listener);
    }

    private ReviewOutcome change(DraftView draft, DraftStatus status, String subject, String body, String step,
                                 boolean sent) {
        List<String> history = new ArrayList<>(draft.history());
        history.add(step + " at " + clock.instant());
        DraftView changed = new DraftView(draft.id(), draft.accountId(), draft.accountName(), draft.kind(),
                draft.language(), draft.riskReason(), draft.recipient(), subject, body, status, history,
                sent ? clock.instant() : draft.sentAt());
        drafts.put(draft.id(), changed);
        listeners.forEach(listener -> listener.changed(changed));
        return new ReviewOutcome.Done(changed);
    }
}
