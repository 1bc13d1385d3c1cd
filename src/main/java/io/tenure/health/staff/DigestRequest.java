package io.tenure.health.staff;

import io.tenure.assistant.Caller;
import io.tenure.assistant.Command;
import io.tenure.assistant.DailyDigest;
import io.tenure.assistant.Reply;
import io.tenure.assistant.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;

/** {@code digest [DATE]} in chat: the managers' daily risk summary with its chart. */
public final class DigestRequest implements Command {
    private final DailyDigest digest;
    private final Clock clock;

    public DigestRequest(DailyDigest digest, Clock clock) {
        this.digest = digest;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "digest";
    }

    @Override
    public String usage() {
        return "[YYYY-MM-DD]";
    }

    @Override
    public String summary() {
        return "the daily risk digest: turned red, biggest drops, renewals and MRR at risk, churn, with a chart";
    }

    @Override
    public Set<Role> allowedRoles() {
        return EnumSet.of(Role.AGENT, Role.MANAGER);
    }

    @Override
    public boolean accepts(String arguments) {
        return arguments.isBlank() || date(arguments) != null;
    }

    @Override
    public Reply run(Caller caller, String arguments) {
        LocalDate day = arguments.isBlank() ? LocalDate.now(clock) : date(arguments);
        return digest.forDay(day);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
