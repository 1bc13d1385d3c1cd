package io.tenure.outreach;

import io.tenure.assistant.Caller;
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
}
