package io.tenure.outreach;

import java.time.Instant;
import java.util.List;

/**
 * A draft as shown on a review card.
 *
 * @param riskReason why the account is at risk, in a sentence (the fired rules' details)
 * @param history one line per step, oldest first: "approved by ana at 2026-11-21 10:02 UTC"
 * @param sentAt when it was delivered, or null
 */
public record DraftView(String id, String accountId, String accountName, String kind, String language,
                        String riskReason, String recipient, String subject, String body, DraftStatus status,
                        List<String> history, Instant sentAt) {
    public DraftView {
        history = List.copyOf(history);
    }
}
