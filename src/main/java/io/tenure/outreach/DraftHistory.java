package io.tenure.outreach;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A draft as reviewers see it: its text and state, and one line of history per audit entry. */
final class DraftHistory {
    private final AuditLog audit;

    DraftHistory(AuditLog audit) {
        this.audit = audit;
    }

    DraftView view(StoredDraft d) {
        List<String> history = new ArrayList<>();
        for (AuditEntry entry : audit.entries(Optional.of(d.id()))) {
            history.add(line(entry));
        }
        return new DraftView(d.id(), d.accountId(), d.accountName(), d.kind(), d.language(), d.riskReason(),
                d.recipient(), d.subject(), d.body(), d.status(), history, d.sentAt());
    }

    static String line(AuditEntry entry) {
        String what;
        if (entry.from() == null) {
            what = "drafted";
        } else if (entry.from() == DraftStatus.APPROVED && entry.to() == DraftStatus.DRAFTED) {
            what = "edited after approval (approval withdrawn)";
        } else if (entry.from() == DraftStatus.SENDING && entry.to() == DraftStatus.SENDING) {
            what = "delivery resumed";
        } else if (entry.from() == DraftStatus.SENDING && entry.to() == DraftStatus.APPROVED) {
            what = "delivery failed";
        } else if (entry.from() == DraftStatus.SENDING && entry.to() == DraftStatus.FAILED) {
            what = "delivery failed for good";
        } else if (entry.to() == DraftStatus.UNCERTAIN) {
            what = "delivery uncertain";
        } else if (entry.from() == DraftStatus.UNCERTAIN && entry.to() == DraftStatus.SENT) {
            what = "marked sent";
        } else if (entry.to() == DraftStatus.SENDING) {
            what = "claimed for sending";
        } else {
            what = entry.to().key();
        }
        String line = what + " by " + entry.actor() + " at " + StoredTime.display(entry.at());
        boolean showNote = entry.to() == DraftStatus.REJECTED || entry.to() == DraftStatus.EXPIRED
                || entry.to() == DraftStatus.FAILED || entry.to() == DraftStatus.UNCERTAIN
                || (entry.from() == DraftStatus.SENDING && entry.to() == DraftStatus.APPROVED);
        return showNote && !entry.note().isEmpty() ? line + ": " + entry.note() : line;
    }
}
