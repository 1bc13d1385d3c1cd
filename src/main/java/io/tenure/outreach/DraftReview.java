package io.tenure.outreach;

import io.tenure.assistant.Caller;
import io.tenure.assistant.Role;
import java.util.Optional;

/** What chat adapters call when someone clicks Approve, Edit or Reject on a review card. */
public interface DraftReview {
    Optional<DraftView> find(String draftId);

    /** Approves and delivers through the outbox right away; only approvers may. */
    ReviewOutcome approve(String draftId, Caller by);

    ReviewOutcome reject(String draftId, Caller by, String reason);

    /** Any staff may edit; an edit after approval returns the draft to drafted. */
    ReviewOutcome edit(String draftId, Caller by, String subject, String body);

    void subscribe(DraftListener listener);

    /**
     * Why {@code by} may not open a draft's Edit or Reject form, or empty when they may: asked before a form
     * (which shows the whole draft) opens, with the same rules the actions themselves apply (any staff may
     * edit, approvers reject).
     */
    default Optional<String> refusalToOpen(Caller by, boolean editing) {
        boolean allowed = editing ? by.isStaff() : by.has(Role.APPROVER);
        return allowed ? Optional.empty() : Optional.of("You may not " + (editing ? "edit" : "reject")
                + " outreach drafts, so the form was not opened. Nothing was changed.");
    }
}
