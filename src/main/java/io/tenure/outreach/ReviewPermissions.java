package io.tenure.outreach;

import io.tenure.assistant.Caller;
import io.tenure.assistant.Role;
import java.util.Optional;

/** Who may do what to a draft: staff write and edit; only approvers approve, reject, retry or mark sent. */
final class ReviewPermissions {
    private ReviewPermissions() {
    }

    /** Why {@code by} may not {@code action} the draft, or empty when they may. */
    static Optional<String> refusal(Caller by, String action, String draftId) {
        boolean allowed = action.equals("edit") ? by.isStaff() : by.has(Role.APPROVER);
        if (allowed) {
            return Optional.empty();
        }
        String needed = action.equals("edit") ? "a staff role (agent, manager or approver)" : "the approver role";
        return Optional.of(by.userId() + " may not " + action + " drafts: that needs " + needed
                + ". Nothing was changed.");
    }
}
