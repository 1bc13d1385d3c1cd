package io.tenure.outreach;

import java.time.Instant;

/**
 * An approved draft on its way out.
 *
 * @param messageId the Message-ID, fixed per draft when it is created, so a resend is the same message
 */
public record OutgoingMessage(String draftId, String messageId, String fromName, String fromAddress, String to,
                              String subject, String body, String language, Instant date) {
}
