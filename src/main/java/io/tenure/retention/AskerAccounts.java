package io.tenure.retention;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the account a customer in chat belongs to: by their user id first (the most specific), then
 * by the shared channel they asked in, then by their email's domain.
 */
public final class AskerAccounts {
    private final CustomerSettings settings;
    private final Map<String, String> byDomain;

    public AskerAccounts(CustomerSettings settings) {
        this.settings = settings;
        this.byDomain = settings.byEmailDomain().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
    }

    /**
     * @param email the asker's email address when the platform told us, else null
     */
    public Optional<String> accountOf(String userId, String channelId, String email) {
        String byUser = settings.byUser().get(userId);
        if (byUser != null) {
            return Optional.of(byUser);
        }
        String byChannel = channelId == null ? null : settings.byChannel().get(channelId);
        if (byChannel != null) {
            return Optional.of(byChannel);
        }
        String address = email != null ? email : (userId.contains("@") ? userId : null);
        if (address != null) {
            String domain = address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
            return Optional.ofNullable(byDomain.get(domain));
        }
        return Optional.empty();
    }
}
