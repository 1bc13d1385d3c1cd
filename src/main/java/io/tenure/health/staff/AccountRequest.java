package io.tenure.health.staff;

import io.tenure.assistant.Caller;
import io.tenure.assistant.Command;
import io.tenure.assistant.Reply;
import io.tenure.assistant.Role;
import io.tenure.health.HealthDirectory;
import io.tenure.health.HealthReport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** {@code account ID} in chat: one account's score, reasons, signals and history. */
public final class AccountRequest implements Command {
    private final HealthDirectory directory;
    private final Clock clock;

    public AccountRequest(HealthDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "account";
    }

    @Override
    public String usage() {
        return "ID";
    }

    @Override
    public String summary() {
        return "one account's health score, reasons, recent signals and score history";
    }

    /** Approvers too: they decide on drafts for an account and need to see why it is at risk. */
    @Override
    public Set<Role> allowedRoles() {
        return EnumSet.of(Role.AGENT, Role.MANAGER, Role.APPROVER);
    }

    /**
     * One word that is an existing account or looks like an id (has a digit), so "account deletion?" is
     * answered as a question while a mistyped id gets "No account …". Only staff reach this: the
     * assistant treats every customer message as a question before asking any command.
     */
    @Override
    public boolean accepts(String arguments) {
        String id = arguments.strip();
        return id.matches("[A-Za-z0-9][A-Za-z0-9_.-]*") && (id.matches(".*\\d.*") || directory.exists(id));
    }

    @Override
    public Reply run(Caller caller, String arguments) {
        String id = arguments.strip();
        return directory.profile(id, LocalDate.now(clock))
                .map(profile -> Reply.text(Reply.Kind.ACCOUNT_DATA, HealthReport.profileText(profile)))
                .orElseGet(() -> Reply.failed("No account " + id + "."));
    }
}
