package io.tenure.retention;

import java.util.Map;

/**
 * The {@code customers} section: which account a customer asking in chat belongs to.
 *
 * @param byUser Slack or Discord user id (or console name) → account id
 * @param byEmailDomain the domain of the asker's email address → account id
 * @param byChannel a shared channel (Slack Connect) id → account id: everyone there is that customer
 */
public record CustomerSettings(Map<String, String> byUser, Map<String, String> byEmailDomain,
                               Map<String, String> byChannel) {
    public CustomerSettings {
        byUser = byUser == null ? Map.of() : Map.copyOf(byUser);
        byEmailDomain = byEmailDomain == null ? Map.of() : Map.copyOf(byEmailDomain);
        byChannel = byChannel == null ? Map.of() : Map.copyOf(byChannel);
    }
}
