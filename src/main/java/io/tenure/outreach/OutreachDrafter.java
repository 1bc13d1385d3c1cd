package io.tenure.outreach;

import io.tenure.UserError;
import io.tenure.assistant.Caller;
import io.tenure.health.Account;
import io.tenure.health.AccountDirectory;
import io.tenure.health.AccountHealth;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Drafts an outreach email for an account: picks the topic from why it is at risk (or the kind asked
 * for), writes it in the account's language, and hands it to the approval workflow. Nothing is sent here.
 */
public final class OutreachDrafter {
    private final AccountDirectory accounts;
    private final DraftTopics topics;
    private final DraftComposer composer;
    private final ApprovalWorkflow workflow;
    private final Clock clock;

    public OutreachDrafter(AccountDirectory accounts, DraftTopics topics, DraftComposer composer,
                           ApprovalWorkflow workflow, Clock clock) {
        this.accounts = accounts;
        this.topics = topics;
        this.composer = composer;
        this.workflow = workflow;
        this.clock = clock;
    }

    /**
     * @param kind the kind asked for, or null to choose from the account's reasons
     * @throws UserError for an unknown account, an account without a contact email, or a caller who is not staff
     */
    public DraftView draft(String accountId, DraftKind kind, Caller by) {
        if (!by.isStaff()) {
            throw new UserError(by.userId() + " may not draft outreach: only staff (agent, manager, approver) may.");
        }
        LocalDate asOf = LocalDate.now(clock);
        AccountHealth health = accounts.find(accountId, asOf)
                .orElseThrow(() -> new UserError("There is no account " + accountId + "."));
        Account account = health.account();
        if (account.contactEmail() == null || !account.contactEmail().contains("@")) {
            throw new UserError("Account " + accountId + " has no contact email to write to; add contact_email to "
                    + "accounts.csv and import again.");
        }
        DraftTopics.Topic topic = topics.choose(health, kind);
        // One draft of a kind per account waits for review: two save offers (or a save offer written by the
        // retention loop and another asked for by hand) would have approvers send the customer both.
        Optional<DraftView> same = pendingFor(account.id()).stream()
                .filter(d -> d.kind().equals(topic.kind().key())).findFirst();
        if (same.isPresent()) {
            throw new UserError("A " + topic.kind().key() + " draft for " + account.id() + " is already waiting for "
                    + "review: " + same.get().id() + ". Approve, edit or reject it (`drafts`); nothing new was written.");
        }
        DraftComposer.Composition text = composer.compose(health, topic, asOf);
        String risk = health.health().reasons().isEmpty() ? "no playbook rule fired"
                : health.health().reasons().stream().map(r -> r.detail() + " [" + r.rule() + "]")
                .collect(Collectors.joining("; "));
        String name = account.name() == null || account.name().isBlank() ? account.id() : account.name();
        return workflow.create(new ApprovalWorkflow.NewDraft(account.id(), name, topic.kind(), topic.name(),
                text.language(), account.contactEmail().strip(), risk, text.subject(), text.body(), text.composedBy()), by);
    }

    /** The drafts for an account that wait for review, oldest first. */
    public List<DraftView> pendingFor(String accountId) {
        return workflow.pending().stream().filter(d -> d.accountId().equalsIgnoreCase(accountId)).toList();
    }

    /**
     * A warning for reviewers when other drafts of another kind wait for the same account (a save offer and a
     * check-in), or "" when there are none.
     */
    public String otherPendingNote(DraftView draft) {
        List<DraftView> others = pendingFor(draft.accountId()).stream().filter(d -> !d.id().equals(draft.id())).toList();
        if (others.isEmpty()) {
            return "";
        }
        return "Note: " + draft.accountId() + " also has " + others.stream().map(d -> d.id() + " (" + d.kind() + ")")
                .collect(Collectors.joining(", ")) + " waiting for review; send one message, reject the other"
                + (others.size() > 1 ? "s" : "") + ".";
    }
}
