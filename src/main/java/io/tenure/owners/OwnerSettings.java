package io.tenure.owners;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code owners} section: how an account's {@code owner} (an email address) becomes a person in chat.
 *
 * @param discord email → Discord user id (Discord cannot be asked for an address)
 * @param slack email → Slack user id, used before {@code users.lookupByEmail} (for addresses Slack does not
 *              know, such as an alias)
 * @param teams team name → member addresses: who hears of their team's accounts with {@code alerts team}
 * @param refreshHours a person found is looked up again after this many hours (they may have left)
 * @param retryMinutes an address nobody had is asked again after this many minutes (they may have joined)
 */
public record OwnerSettings(Map<String, String> discord, Map<String, String> slack, Map<String, List<String>> teams,
                            int refreshHours, int retryMinutes) {
    public OwnerSettings {
        discord = normalised(discord);
        slack = normalised(slack);
        Map<String, List<String>> t = new LinkedHashMap<>();
        if (teams != null) {
            teams.forEach((name, members) -> t.put(name, members == null ? List.of()
                    : members.stream().map(m -> m.strip().toLowerCase(Locale.ROOT)).toList()));
        }
        teams = Map.copyOf(t);
        if (refreshHours <= 0) {
            throw new IllegalArgumentException("owners.refresh_hours must be positive");
        }
        if (retryMinutes <= 0) {
            throw new IllegalArgumentException("owners.retry_minutes must be positive");
        }
    }

    public static OwnerSettings none() {
        return new OwnerSettings(Map.of(), Map.of(), Map.of(), 24, 60);
    }

    static Map<String, String> normalised(Map<String, String> byEmail) {
        Map<String, String> out = new LinkedHashMap<>();
        if (byEmail != null) {
            byEmail.forEach((email, id) -> {
                if (email != null && id != null && !id.isBlank()) {
                    out.put(email.strip().toLowerCase(Locale.ROOT), id.strip());
                }
            });
        }
        return Map.copyOf(out);
    }
}
