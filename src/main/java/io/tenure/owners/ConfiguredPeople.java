package io.tenure.owners;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** People of a platform named in configuration ({@code owners.discord}: email → user id); asks nothing. */
public final class ConfiguredPeople implements PeopleLookup {
    private final String platform;
    private final Map<String, String> byEmail;

    public ConfiguredPeople(String platform, Map<String, String> byEmail) {
        this.platform = platform;
        this.byEmail = OwnerSettings.normalised(byEmail);
    }

    @Override
    public String platform() {
        return platform;
    }

    @Override
    public Optional<String> userIdByEmail(String email) {
        return Optional.ofNullable(byEmail.get(email.strip().toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<String> emailOfUser(String userId) {
        return byEmail.entrySet().stream().filter(e -> e.getValue().equals(userId)).map(Map.Entry::getKey).findFirst();
    }

    boolean isEmpty() {
        return byEmail.isEmpty();
    }
}
