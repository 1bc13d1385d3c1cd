package io.tenure.outreach;

/**
 * Where a draft is in its life: drafted → edited → approved → sending → sent; or rejected; or expired.
 * {@code SENDING} is the claim taken in a guarded transaction, so a draft is sent at most once.
 * {@code UNCERTAIN}: a delivery through SMTP was cut off after the message was handed over but before the
 * server confirmed it (or the sender died while holding the claim); it may have gone out, so it is never
 * resent by itself: an approver retries it or marks it sent. {@code FAILED}: the delivery can never work as
 * it is (an illegal address, a refused recipient) or kept failing; only a person retries it.
 */
public enum DraftStatus {
    DRAFTED, EDITED, APPROVED, SENDING, SENT, REJECTED, EXPIRED, UNCERTAIN, FAILED
}
