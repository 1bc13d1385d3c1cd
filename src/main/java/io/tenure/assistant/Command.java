package io.tenure.assistant;

import java.util.Set;

/**
 * A staff request the assistant understands, such as {@code risk} or {@code draft ACME-1}. Features
 * contribute commands; the assistant parses, checks the caller's roles and the channel, and runs them.
 */
public interface Command {
    /** The first word that invokes it, lower case. */
    String name();

    /** Arguments as shown in help, for example {@code "ID [--kind save-offer]"}. */
    String usage();

    /** One line for help. */
    String summary();

    /** Roles allowed to run it; a caller with none of them is refused and nothing happens. */
    Set<Role> allowedRoles();

    /**
     * Whether the text after the name is meant for this command; when false, the whole message is
     * treated as a question instead (so "account deletion?" is not read as {@code account}).
     */
    default boolean accepts(String arguments) {
        return true;
    }

    Reply run(Caller caller, String arguments);
}
