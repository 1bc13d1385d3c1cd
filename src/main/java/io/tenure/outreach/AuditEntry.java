package io.tenure.outreach;

import java.time.Instant;

/**
 * One transition of a draft, as appended to {@code draft_audit}.
 *
 * @param from the state before, or null for the draft's creation
 * @param note the reason given (rejection), the error (failed delivery), or what happened ("claimed for delivery")
 * @param subject the subject at that moment; for {@code sent}, exactly what went out (so too body and recipient)
 */
public record AuditEntry(long id, String draftId, Instant at, String actor, String platform, DraftStatus from,
                         DraftStatus to, String note, String recipient, String subject, String body,
                         String messageId) {
}
