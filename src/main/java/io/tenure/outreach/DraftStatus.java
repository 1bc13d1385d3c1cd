package io.tenure.outreach;

/**
 * Where a draft is in its life: drafted → edited → approved → sending → sent; or rejected; or expired.
 * {@code SENDING} is the claim taken in the same transaction that checks approval, so a draft is sent
 * at most once; drafts found in it at start are delivered then.
 */
public enum DraftStatus {
    DRAFTED, EDITED, APPROVED, SENDING, SENT, REJECTED, EXPIRED
}
