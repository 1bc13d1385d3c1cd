package io.tenure.alerts;

import io.tenure.assistant.RoleDirectory;
import io.tenure.owners.OwnerDirectory;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who on a platform gets an alert directly: the owner (unless they chose {@code off}), everyone who chose
 * {@code all}, and everyone who chose {@code team} and shares a team with the owner; only staff (a role in
 * {@code roles}), since an alert is account data.
 */
public final class AlertRecipients {
    private final OwnerDirectory owners;
    private final AlertPreferences preferences;
    private final RoleDirectory roles;

    public AlertRecipients(OwnerDirectory owners, AlertPreferences preferences, RoleDirectory roles) {
        this.owners = owners;
        this.preferences = preferences;
        this.roles = roles;
    }

    /** The owner's user on the platform, if found. */
    public Optional<String> ownerOn(String platform, String ownerEmail) {
        return owners.userOf(platform, ownerEmail);
    }

    public Set<String> of(String platform, String ownerEmail) {
        Map<String, AlertMode> chosen = preferences.all(platform);
        Set<String> people = new LinkedHashSet<>();
        ownerOn(platform, ownerEmail).filter(user -> chosen.getOrDefault(user, AlertMode.MINE) != AlertMode.OFF)
                .ifPresent(people::add);
        for (Map.Entry<String, AlertMode> choice : chosen.entrySet()) {
            if (choice.getValue() == AlertMode.ALL) {
                people.add(choice.getKey());
            } else if (choice.getValue() == AlertMode.TEAM && !ownerEmail.isBlank()
                    && owners.emailOf(platform, choice.getKey())
                    .map(email -> owners.teammates(email).contains(ownerEmail.strip().toLowerCase(java.util.Locale.ROOT)))
                    .orElse(false)) {
                people.add(choice.getKey());
            }
        }
        people.removeIf(user -> !roles.caller(user, platform).isStaff());
        return people;
    }
}
