package io.tenure.outreach;

import java.util.Locale;

/**
 * Where a draft is in its life: drafted → edited → approved → sending → sent; or rejected; or expired.
 * {@code SENDING} is the claim taken in a guarded transaction, so a draft is sent at most once.
 * {@code UNCERTAIN}: a delivery through SMTP was cut off after the message was handed over but before the
 * server confirmed it (or the sender died while holding the claim); it may have gone out, so it is never
 * resent by itself: an approver retries it or marks it sent. {@code FAILED}: the delivery can never work as
 * it is (an illegal address, a refused recipient) or kept failing; only a person retries it.
 */
public enum DraftStatus {
    DRAFTED, EDITED, APPROVED, SENDING, SENT, REJECTED, EXPIRED, UNCERTAIN, FAILED;

    /** The status as stored and shown: its name in lower case ({@code drafted}, {@code sent}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DraftStatus ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
