package io.tenure.outreach;

import java.time.Instant;

/** The rules of a draft's life: which state each action starts from, and why an action is refused. */
final class DraftTransitions {
    private DraftTransitions() {
    }

    static boolean canReject(StoredDraft d) {
        return d.awaitsReview() || d.status() == DraftStatus.APPROVED || d.status() == DraftStatus.FAILED;
    }

    static boolean canEdit(StoredDraft d) {
        return d.awaitsReview() || d.status() == DraftStatus.APPROVED || d.status() == DraftStatus.FAILED;
    }

    /** A person may send again what is approved (failed for now), failed for good, or uncertain. */
    static boolean canRetry(StoredDraft d) {
        return d.status() == DraftStatus.APPROVED || d.status() == DraftStatus.FAILED
                || d.status() == DraftStatus.UNCERTAIN;
    }

    /** Whether the claim is old enough that its sender must have died (or would have finished). */
    static boolean stale(StoredDraft d, Instant staleBefore) {
        return d.status() == DraftStatus.SENDING && !d.claimedAt().isAfter(staleBefore);
    }

    static String unknown(String draftId) {
        return "There is no draft " + draftId + ".";
    }

    static String cannot(String action, StoredDraft d) {
        String state = switch (d.status()) {
            case SENDING -> "it is approved and being sent";
            case SENT -> "it was already sent, at " + StoredTime.display(d.sentAt());
            case REJECTED -> "it was rejected";
            case EXPIRED -> "it expired on " + StoredTime.display(d.expiresAt());
            case APPROVED -> "it is approved";
            case UNCERTAIN -> "its delivery is uncertain (it may have been sent); retry it or mark it sent";
            case FAILED -> "its delivery failed (" + d.lastError() + "); edit, retry or reject it";
            case DRAFTED, EDITED -> "it is not approved yet (" + d.status().key() + ")";
        };
        return "Cannot " + action + " draft " + d.id() + ": " + state + ". Nothing was changed.";
    }
}
