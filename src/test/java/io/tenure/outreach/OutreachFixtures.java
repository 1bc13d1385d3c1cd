package io.tenure.outreach;

import io.tenure.assistant.Caller;
import io.tenure.assistant.Role;
import java.util.Set;

/** Settings and callers shared by the outreach tests. */
final class OutreachFixtures {
    static final Caller APPROVER = new Caller("ana", "cli", Set.of(Role.APPROVER));
    static final Caller SECOND_APPROVER = new Caller("li", "cli", Set.of(Role.APPROVER, Role.MANAGER));
    static final Caller AGENT = new Caller("sam", "cli", Set.of(Role.AGENT));
    static final Caller CUSTOMER = Caller.customer("visitor", "cli");

    private OutreachFixtures() {
    }

    static OutreachSettings settings() {
        return settings(7, "file", new OutreachSettings.Smtp("", 587, "starttls", 30));
    }

    static OutreachSettings settings(int expiryDays, String outbox, OutreachSettings.Smtp smtp) {
        return new OutreachSettings(expiryDays, "Customer Success", "success@example.com", outbox, smtp, 600, 3,
                "config/outreach-templates", "config/product-changes.yaml").checked();
    }

    static ApprovalWorkflow.NewDraft draft(String accountId) {
        return new ApprovalWorkflow.NewDraft(accountId, accountId + " Ltd", DraftKind.SAVE_OFFER, "value", "en",
                "ops@" + accountId.toLowerCase() + ".test", "latest NPS 5 [nps-below-7]",
                "A more flexible plan", "Hi team,\n\nWould a pause help?\n\nBest,\nCustomer Success", "template");
    }
}
