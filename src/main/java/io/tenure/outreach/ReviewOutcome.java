package io.tenure.outreach;

/** The result of a review action: done (with the draft as it now is), or refused with why, and nothing changed. */
public sealed interface ReviewOutcome {
    record Done(DraftView draft) implements ReviewOutcome {
    }

    record Refused(String reason) implements ReviewOutcome {
    }
}
