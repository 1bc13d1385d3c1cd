package io.tenure.alerts;

import io.tenure.assistant.Caller;
import io.tenure.assistant.Command;
import io.tenure.assistant.Reply;
import io.tenure.assistant.Role;
import io.tenure.owners.OwnerDirectory;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * {@code alerts [mine|team|all|off]}: what reaches the caller directly, stored per platform and user;
 * {@code alerts unresolved}: account owners nobody has in chat. Staff only: a customer's "alerts mine" is a
 * question like any other, answered from the help center.
 */
public final class AlertsCommand implements Command {
    private static final String UNRESOLVED = "unresolved";

    private final AlertPreferences preferences;
    private final OwnerDirectory owners;
    private final UnresolvedOwners unresolved;
    private final Clock clock;

    public AlertsCommand(AlertPreferences preferences, OwnerDirectory owners, UnresolvedOwners unresolved, Clock clock) {
        this.preferences = preferences;
        this.owners = owners;
        this.unresolved = unresolved;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "alerts";
    }

    @Override
    public String usage() {
        return "[mine|team|all|off|unresolved]";
    }

    @Override
    public String summary() {
        return "which owner alerts reach you directly (the alerts channel keeps them all); unresolved: owners not found";
    }

    @Override
    public Set<Role> allowedRoles() {
        return EnumSet.of(Role.AGENT, Role.MANAGER, Role.APPROVER);
    }

    @Override
    public boolean accepts(String arguments) {
        String word = arguments.strip().toLowerCase(Locale.ROOT);
        return word.isEmpty() || word.equals(UNRESOLVED) || AlertMode.parse(word).isPresent();
    }

    @Override
    public Reply run(Caller caller, String arguments) {
        String word = arguments.strip().toLowerCase(Locale.ROOT);
        if (word.equals(UNRESOLVED)) {
            return Reply.text(Reply.Kind.ACCOUNT_DATA, unresolved.text());
        }
        if (word.isEmpty()) {
            AlertMode mode = preferences.of(caller.platform(), caller.userId()).orElse(AlertMode.MINE);
            return Reply.text(Reply.Kind.HELP, "Your alerts: **" + mode.key() + "** (" + meaning(mode) + "). Change "
                    + "with `alerts mine`, `alerts team`, `alerts all` or `alerts off`; the alerts channel keeps every alert.");
        }
        AlertMode mode = AlertMode.parse(word).orElseThrow();
        preferences.set(caller.platform(), caller.userId(), mode, clock.instant());
        StringBuilder text = new StringBuilder("Done: your alerts are **" + mode.key() + "**: " + meaning(mode) + ". "
                + "The alerts channel keeps every alert.");
        if (!owners.platforms().contains(caller.platform())) {
            text.append(" Note: ").append(caller.platform()).append(" has no direct messages from Tenure, so here "
                    + "alerts appear only in the alerts channel.");
        } else if (mode == AlertMode.TEAM || mode == AlertMode.MINE) {
            var email = owners.emailOf(caller.platform(), caller.userId());
            if (email.isEmpty()) {
                text.append(" Note: your address is not known on ").append(caller.platform()).append(", so ")
                        .append(mode == AlertMode.TEAM ? "no team can be found for you" : "no account is known as yours")
                        .append(caller.platform().equals("discord") ? " (ask an admin to add you to owners.discord)."
                                : " (the owner column of accounts.csv must hold your Slack address).");
            } else if (mode == AlertMode.TEAM && owners.teammates(email.get()).size() == 1) {
                text.append(" Note: ").append(email.get()).append(" is in no team of owners.teams, so team means "
                        + "your own accounts for now.");
            }
        }
        return Reply.text(Reply.Kind.HELP, text.toString());
    }

    private static String meaning(AlertMode mode) {
        return switch (mode) {
            case MINE -> "a direct message for each alert on the accounts you own";
            case TEAM -> "a direct message for each alert on your team's accounts";
            case ALL -> "a direct message for every alert";
            case OFF -> "no direct messages";
        };
    }
}
