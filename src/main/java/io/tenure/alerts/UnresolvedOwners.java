package io.tenure.alerts;

import io.tenure.owners.AccountOwners;
import io.tenure.owners.OwnerDirectory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Account owners nobody has on a platform: their alerts reach only the alerts channel there. */
public final class UnresolvedOwners {
    private final AccountOwners accounts;
    private final OwnerDirectory owners;

    public UnresolvedOwners(AccountOwners accounts, OwnerDirectory owners) {
        this.accounts = accounts;
        this.owners = owners;
    }

    /** By platform (each platform where people can be found), the owner addresses not found there. */
    public Map<String, List<String>> byPlatform() {
        List<String> all = accounts.activeOwners();
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (String platform : owners.platforms()) {
            missing.put(platform, owners.unresolved(platform, all));
        }
        return missing;
    }

    public String text() {
        Map<String, List<String>> missing = byPlatform();
        if (missing.isEmpty()) {
            return "No chat platform can find people: set SLACK_BOT_TOKEN (Slack is asked by address) or list "
                    + "owners in owners.discord. Until then every owner alert goes to the alerts channel only.";
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, List<String>> platform : missing.entrySet()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            if (platform.getValue().isEmpty()) {
                text.append(platform.getKey()).append(": every account owner was found.");
                continue;
            }
            text.append(platform.getKey()).append(": ").append(platform.getValue().size())
                    .append(platform.getValue().size() == 1 ? " owner" : " owners")
                    .append(" not found; their alerts go to the alerts channel only")
                    .append(platform.getKey().equals("discord") ? " (add them to owners.discord)"
                            : " (check the address in accounts.csv, or map it in owners." + platform.getKey() + ")")
                    .append(':');
            platform.getValue().forEach(email -> text.append("\n• ").append(email));
        }
        return text.toString();
    }
}
