package io.tenure.health.staff;

import io.tenure.assistant.Caller;
import io.tenure.assistant.Command;
import io.tenure.assistant.Reply;
import io.tenure.assistant.Role;
import io.tenure.health.Band;
import io.tenure.health.HealthDirectory;
import io.tenure.health.HealthReport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** {@code risk [red|yellow] [N]} in chat: the accounts at risk today with their reasons. */
public final class RiskRequest implements Command {
    private final HealthDirectory directory;
    private final Clock clock;
    private final int defaultLimit;

    public RiskRequest(HealthDirectory directory, Clock clock, int defaultLimit) {
        this.directory = directory;
        this.clock = clock;
        this.defaultLimit = defaultLimit;
    }

    @Override
    public String name() {
        return "risk";
    }

    @Override
    public String usage() {
        return "[red|yellow] [N]";
    }

    @Override
    public String summary() {
        return "accounts at risk, highest risk first, with the reasons and what to do";
    }

    /** Approvers too: they decide on drafts for accounts at risk. */
    @Override
    public Set<Role> allowedRoles() {
        return EnumSet.of(Role.AGENT, Role.MANAGER, Role.APPROVER);
    }

    /** Only a band and a number, so "risk of losing my data?" stays a question. */
    @Override
    public boolean accepts(String arguments) {
        for (String word : words(arguments)) {
            if (!word.matches("red|yellow|\\d{1,4}")) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Reply run(Caller caller, String arguments) {
        Band band = null;
        int limit = defaultLimit;
        for (String word : words(arguments)) {
            if (word.matches("\\d+")) {
                limit = Math.max(1, Integer.parseInt(word));
            } else {
                band = Band.valueOf(word.toUpperCase(Locale.ROOT));
            }
        }
        LocalDate today = LocalDate.now(clock);
        return Reply.text(Reply.Kind.ACCOUNT_DATA, HealthReport.riskText(directory.riskList(today, band, limit), today));
    }

    private static String[] words(String arguments) {
        String text = arguments.strip().toLowerCase(Locale.ROOT);
        return text.isEmpty() ? new String[0] : text.split("\\s+");
    }
}
