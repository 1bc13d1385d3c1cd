package io.tenure.outreach;

import java.time.Instant;

/** A row of {@code outreach_draft}: a draft with everything the workflow needs to move it on. */
public record StoredDraft(String id, String accountId, String accountName, String kind, String topic, String language,
                   String recipient, String riskReason, String subject, String body, DraftStatus status,
                   String composedBy, String createdBy, Instant createdAt, Instant expiresAt, Instant updatedAt,
                   String messageId, String claimToken, Instant claimedAt, int attempts, String lastError,
                   Instant sentAt) {

    boolean awaitsReview() {
        return status == DraftStatus.DRAFTED || status == DraftStatus.EDITED;
    }

    StoredDraft moved(DraftStatus to, Instant now) {
        return new StoredDraft(id, accountId, accountName, kind, topic, language, recipient, riskReason, subject, body,
                to, composedBy, createdBy, createdAt, expiresAt, now, messageId, claimToken, claimedAt, attempts,
                lastError, sentAt);
    }

    /** New text; an edit also clears a past delivery error, since the text that failed is gone. */
    StoredDraft edited(String newSubject, String newBody, DraftStatus to, Instant now) {
        return new StoredDraft(id, accountId, accountName, kind, topic, language, recipient, riskReason, newSubject,
                newBody, to, composedBy, createdBy, createdAt, expiresAt, now, messageId, claimToken, claimedAt,
                attempts, null, sentAt);
    }

    StoredDraft claimed(String token, Instant now) {
        return new StoredDraft(id, accountId, accountName, kind, topic, language, recipient, riskReason, subject, body,
                DraftStatus.SENDING, composedBy, createdBy, createdAt, expiresAt, now, messageId, token, now,
                attempts + 1, lastError, sentAt);
    }

    StoredDraft sent(Instant now) {
        return new StoredDraft(id, accountId, accountName, kind, topic, language, recipient, riskReason, subject, body,
                DraftStatus.SENT, composedBy, createdBy, createdAt, expiresAt, now, messageId, null, null, attempts,
                null, now);
    }

    /** Delivery failed for now: back to approved, with the error, to be retried. */
    StoredDraft failed(String error, Instant now) {
        return ended(DraftStatus.APPROVED, error, now);
    }

    /** The claim ends without a send: approved (retry later), failed (a person must act) or uncertain. */
    StoredDraft ended(DraftStatus to, String error, Instant now) {
        return new StoredDraft(id, accountId, accountName, kind, topic, language, recipient, riskReason, subject, body,
                to, composedBy, createdBy, createdAt, expiresAt, now, messageId, null, null, attempts, error, sentAt);
    }
}
