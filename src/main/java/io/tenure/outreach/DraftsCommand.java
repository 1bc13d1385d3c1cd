package io.tenure.outreach;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tenure.App;
import io.tenure.Main;
import io.tenure.UserError;
import io.tenure.assistant.Caller;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tenure drafts list|show|approve|reject|edit|retry|mark-sent}: review outreach drafts from the command line. */
@Command(name = "drafts", description = "List, show, approve, reject, edit, retry or mark sent outreach drafts.",
        subcommands = {DraftsCommand.ListDrafts.class, DraftsCommand.Show.class, DraftsCommand.Approve.class,
                DraftsCommand.Reject.class, DraftsCommand.Edit.class, DraftsCommand.Retry.class,
                DraftsCommand.MarkSent.class})
public final class DraftsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Prints the draft after a review action, or fails with the reason it was refused. */
    static int report(ReviewOutcome outcome, CommandSpec spec, App app) {
        if (outcome instanceof ReviewOutcome.Refused refused) {
            throw new UserError(refused.reason());
        }
        DraftView draft = ((ReviewOutcome.Done) outcome).draft();
        PrintWriter out = spec.commandLine().getOut();
        out.println(DraftText.render(draft));
        String error = app.approvals().lastError(draft.id()).orElse("unknown error");
        // Not sent: say why and what happens next, and fail, so scripts notice.
        switch (draft.status()) {
            case APPROVED -> throw new UserError("Draft " + draft.id() + " is approved but delivery failed for now: "
                    + error + ". `tenure serve` (or `tenure chat`) tries again with growing pauses; or retry now with "
                    + "`tenure drafts retry " + draft.id() + " --by USER`.");
            case FAILED -> throw new UserError("Draft " + draft.id() + " could not be delivered: " + error
                    + ". It is not tried again by itself: fix it with `tenure drafts edit`, then approve it, or "
                    + "`tenure drafts retry " + draft.id() + " --by USER`, or reject it.");
            case UNCERTAIN -> throw new UserError("Draft " + draft.id() + " may or may not have been sent: " + error
                    + ". It is not resent by itself. Check with the recipient, then `tenure drafts mark-sent "
                    + draft.id() + " --by USER` or `tenure drafts retry " + draft.id() + " --by USER`.");
            default -> {
                return 0;
            }
        }
    }

    static Caller caller(App app, String user) {
        return app.roles().caller(user, "cli");
    }

    @Command(name = "list", description = "List drafts, oldest first.")
    static final class ListDrafts implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--status", paramLabel = "S",
                description = "drafted, edited, approved, sending, sent, rejected, expired, uncertain or failed.")
        String status;

        @Option(names = "--json", description = "Print a list of {id, account_id, kind, language, subject, body, status}.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            App app = Main.app(spec);
            Optional<DraftStatus> wanted = Optional.empty();
            if (status != null) {
                wanted = Arrays.stream(DraftStatus.values())
                        .filter(s -> s.name().equalsIgnoreCase(status.strip())).findFirst();
                if (wanted.isEmpty()) {
                    throw new UserError("--status must be one of " + Arrays.stream(DraftStatus.values())
                            .map(s -> s.name().toLowerCase(Locale.ROOT)).toList() + ", got '" + status + "'");
                }
            }
            List<DraftView> drafts = app.approvals().list(wanted);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JSON.writeValueAsString(DraftText.jsonList(drafts)));
            } else if (drafts.isEmpty()) {
                out.println("No drafts" + (status == null ? "." : " with status " + status + "."));
            } else {
                drafts.forEach(d -> out.println(DraftText.line(d)));
            }
            return 0;
        }
    }

    @Command(name = "show", description = "Show one draft with its history.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--json", description = "Print {id, account_id, kind, language, subject, body, status}.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            DraftView draft = Main.app(spec).approvals().find(id)
                    .orElseThrow(() -> new UserError("There is no draft " + id + "."));
            spec.commandLine().getOut().println(json ? JSON.writeValueAsString(DraftText.json(draft)) : DraftText.render(draft));
            return 0;
        }
    }

    @Command(name = "approve", description = "Approve a draft and send it through the outbox at once (approvers only).")
    static final class Approve implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--by", paramLabel = "USER", defaultValue = "local",
                description = "Who approves (needs the approver role); default: ${DEFAULT-VALUE}, as for `draft` and `chat --as`.")
        String user;

        @Override
        public Integer call() {
            App app = Main.app(spec);
            return report(app.approvals().approveAndSend(id, caller(app, user)), spec, app);
        }
    }

    @Command(name = "reject", description = "Reject a draft (approvers only).")
    static final class Reject implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--by", paramLabel = "USER", defaultValue = "local",
                description = "Who rejects (needs the approver role); default: ${DEFAULT-VALUE}, as for `draft` and `chat --as`.")
        String user;

        @Option(names = "--reason", paramLabel = "R", required = true,
                description = "Why, for the audit log and the drafter (required, as `reject ID REASON` in chat).")
        String reason;

        @Override
        public Integer call() {
            if (reason.isBlank()) {
                throw new UserError("Say why: --reason \"REASON\". Nothing was changed.");
            }
            App app = Main.app(spec);
            return report(app.approvals().reject(id, caller(app, user), reason), spec, app);
        }
    }

    @Command(name = "edit", description = "Change a draft's subject or body (any staff); an approved draft returns to drafted.")
    static final class Edit implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--by", paramLabel = "USER", defaultValue = "local",
                description = "Who edits (any staff role); default: ${DEFAULT-VALUE}, as for `draft` and `chat --as`.")
        String user;

        @Option(names = "--subject", paramLabel = "S", description = "The new subject (one line).")
        String subject;

        @Option(names = "--body-file", paramLabel = "F", description = "A UTF-8 file holding the new body.")
        Path bodyFile;

        @Override
        public Integer call() {
            App app = Main.app(spec);
            String body = null;
            if (bodyFile != null) {
                try {
                    body = Files.readString(bodyFile, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UserError("Cannot read --body-file " + bodyFile + ": " + e.getMessage());
                }
            }
            return report(app.approvals().edit(id, caller(app, user), subject, body), spec, app);
        }
    }

    @Command(name = "mark-sent", description = "Record that an uncertain delivery did reach the recipient (approvers only).")
    static final class MarkSent implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--by", paramLabel = "USER", defaultValue = "local",
                description = "Who confirms (needs the approver role); default: ${DEFAULT-VALUE}, as for `draft` and `chat --as`.")
        String user;

        @Option(names = "--note", paramLabel = "N", defaultValue = "", description = "How you know, for the audit log.")
        String note;

        @Override
        public Integer call() {
            App app = Main.app(spec);
            return report(app.approvals().markSent(id, caller(app, user), note), spec, app);
        }
    }

    @Command(name = "retry", description = "Send again, now, a draft whose delivery failed or is uncertain (approvers only).")
    static final class Retry implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--by", paramLabel = "USER", defaultValue = "local",
                description = "Who retries (needs the approver role); default: ${DEFAULT-VALUE}, as for `draft` and `chat --as`.")
        String user;

        @Override
        public Integer call() {
            App app = Main.app(spec);
            return report(app.approvals().retry(id, caller(app, user)), spec, app);
        }
    }
}
