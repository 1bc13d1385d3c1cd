package io.tenure.health.staff;

import io.tenure.assistant.Caller;
import io.tenure.assistant.Command;
import io.tenure.assistant.Reply;
import io.tenure.assistant.Role;
import io.tenure.health.Band;
import io.tenure.health.HealthDirectory;
import io.tenure.health.HealthReport;
import io.tenure.health.RiskEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code risk [red|yellow|all] [N]} in chat: the accounts at risk today with their reasons. */
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
        return "[red|yellow|all] [N]";
    }

    @Override
    public String summary() {
        return "accounts in red or yellow, highest risk first, with the reasons and what to do "
                + "(`all`: also green and cancelled accounts where a rule fired)";
    }

    /** Approvers too: they decide on drafts for accounts at risk. */
    @Override
    public Set<Role> allowedRoles() {
        return EnumSet.of(Role.AGENT, Role.MANAGER, Role.APPROVER);
    }

    /** Only a band, "all" and a number, so "risk of losing my data?" stays a question. */
    @Override
    public boolean accepts(String arguments) {
        for (String word : words(arguments)) {
            if (!word.matches("red|yellow|all|\\d{1,4}")) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Reply run(Caller caller, String arguments) {
        Band band = null;
        boolean all = false;
        Integer asked = null;
        for (String word : words(arguments)) {
            if (word.matches("\\d+")) {
                asked = Math.max(1, Integer.parseInt(word));
            } else if (word.equals("all")) {
                all = true;
            } else {
                band = Band.valueOf(word.toUpperCase(Locale.ROOT));
            }
        }
        int limit = asked == null ? defaultLimit : asked;
        LocalDate today = LocalDate.now(clock);
        List<RiskEntry> entries = directory.riskList(today, band, all);
        StringBuilder text = new StringBuilder(HealthReport.riskText(
                entries.subList(0, Math.min(limit, entries.size())), today, all));
        if (entries.size() > limit) {
            // Say so, with the exact command for the rest: a manager must not take 10 for the whole list.
            String again = "risk" + (band == null ? "" : " " + HealthReport.band(band)) + (all ? " all" : "")
                    + " " + entries.size();
            text.append("\n\n").append(limit).append(" of ").append(entries.size()).append(" shown; `")
                    .append(again).append("` for all.");
        }
        return Reply.text(Reply.Kind.ACCOUNT_DATA, text.toString());
    }

    private static String[] words(String arguments) {
        String text = arguments.strip().toLowerCase(Locale.ROOT);
        return text.isEmpty() ? new String[0] : text.split("\\s+");
    }
}
