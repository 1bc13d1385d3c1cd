package io.tenure.outreach;

import io.tenure.UserError;
import io.tenure.assistant.Caller;
import io.tenure.assistant.Command;
import io.tenure.assistant.Reply;
import io.tenure.assistant.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The chat side of outreach: {@code draft}, {@code drafts}, {@code approve} and {@code reject}. The
 * assistant checks roles before running them; the workflow checks again, because review-card buttons
 * call it directly.
 */
public final class OutreachCommands {
    /** Draft ids as the workflow makes them, so "approve the refund?" is not taken for a command. */
    private static final String DRAFT_ID = "d-[a-z0-9]{4,}";
    private static final Set<Role> STAFF = EnumSet.of(Role.AGENT, Role.MANAGER, Role.APPROVER);

    private OutreachCommands() {
    }

    public static List<Command> all(OutreachDrafter drafter, ApprovalWorkflow workflow) {
        return List.of(new DraftRequest(drafter), new PendingDrafts(workflow), new Approve(workflow), new Reject(workflow));
    }

    static Reply draftReply(DraftView draft) {
        return Reply.text(Reply.Kind.DRAFT, DraftText.render(draft)).withDraft(draft.id());
    }

    static Reply outcome(ReviewOutcome outcome) {
        if (outcome instanceof ReviewOutcome.Refused refused) {
            return Reply.refused(refused.reason());
        }
        return draftReply(((ReviewOutcome.Done) outcome).draft());
    }

    /** {@code draft ACCOUNT [kind]}. */
    static final class DraftRequest implements Command {
        private final OutreachDrafter drafter;

        DraftRequest(OutreachDrafter drafter) {
            this.drafter = drafter;
        }

        public String name() {
            return "draft";
        }

        public String usage() {
            return "ACCOUNT [check-in|save-offer|win-back|billing]";
        }

        public String summary() {
            return "draft an outreach email for an account, for approval";
        }

        public Set<Role> allowedRoles() {
            return STAFF;
        }

        public boolean accepts(String arguments) {
            String[] words = arguments.split("\\s+");
            return words.length >= 1 && words.length <= 2 && words[0].matches("[A-Za-z0-9][A-Za-z0-9_.-]*")
                    && (words.length == 1 || DraftKind.parse(words[1]).isPresent());
        }

        public Reply run(Caller caller, String arguments) {
            String[] words = arguments.split("\\s+");
            DraftKind kind = words.length > 1 ? DraftKind.parse(words[1]).orElse(null) : null;
            try {
                DraftView draft = drafter.draft(words[0], kind, caller);
                String note = drafter.otherPendingNote(draft);
                Reply reply = draftReply(draft);
                return note.isEmpty() ? reply : new Reply(reply.kind(), reply.text() + "\n\n" + note, reply.language(),
                        reply.citations(), reply.privateToCaller(), reply.attachments(), reply.questionId(), reply.draftId());
            } catch (UserError e) {
                return Reply.failed(e.getMessage());
            }
        }
    }

    /** {@code drafts}: the drafts waiting for a person. */
    static final class PendingDrafts implements Command {
        private final ApprovalWorkflow workflow;

        PendingDrafts(ApprovalWorkflow workflow) {
            this.workflow = workflow;
        }

        public String name() {
            return "drafts";
        }

        public String usage() {
            return "";
        }

        public String summary() {
            return "list the outreach drafts waiting for review";
        }

        public Set<Role> allowedRoles() {
            return STAFF;
        }

        public boolean accepts(String arguments) {
            return arguments.isBlank();
        }

        public Reply run(Caller caller, String arguments) {
            List<DraftView> pending = workflow.pending();
            if (pending.isEmpty()) {
                return Reply.text(Reply.Kind.ACCOUNT_DATA, "No drafts are waiting for review.");
            }
            StringBuilder text = new StringBuilder("Drafts waiting for review:");
            pending.forEach(d -> text.append("\n• ").append(DraftText.line(d)));
            return Reply.text(Reply.Kind.ACCOUNT_DATA, text.toString());
        }
    }

    /** {@code approve ID}: approves and sends at once. */
    static final class Approve implements Command {
        private final ApprovalWorkflow workflow;

        Approve(ApprovalWorkflow workflow) {
            this.workflow = workflow;
        }

        public String name() {
            return "approve";
        }

        public String usage() {
            return "DRAFT-ID";
        }

        public String summary() {
            return "approve a draft and send it";
        }

        public Set<Role> allowedRoles() {
            return EnumSet.of(Role.APPROVER);
        }

        public boolean accepts(String arguments) {
            return arguments.strip().matches(DRAFT_ID);
        }

        public Reply run(Caller caller, String arguments) {
            return outcome(workflow.approveAndSend(arguments.strip(), caller));
        }
    }

    /** {@code reject ID REASON}. */
    static final class Reject implements Command {
        private final ApprovalWorkflow workflow;

        Reject(ApprovalWorkflow workflow) {
            this.workflow = workflow;
        }

        public String name() {
            return "reject";
        }

        public String usage() {
            return "DRAFT-ID REASON";
        }

        public String summary() {
            return "reject a draft, saying why";
        }

        public Set<Role> allowedRoles() {
            return EnumSet.of(Role.APPROVER);
        }

        public boolean accepts(String arguments) {
            return arguments.split("\\s+", 2)[0].matches(DRAFT_ID);
        }

        public Reply run(Caller caller, String arguments) {
            String[] parts = arguments.strip().split("\\s+", 2);
            Optional<String> reason = parts.length > 1 ? Optional.of(parts[1].strip()) : Optional.empty();
            if (reason.isEmpty() || reason.get().isEmpty()) {
                return Reply.refused("Say why: `reject " + parts[0] + " REASON`. Nothing was changed.");
            }
            return outcome(workflow.reject(parts[0], caller, reason.get()));
        }
    }
}
