package io.tenure.owners;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who an account's owner is on each chat platform, and who a chat user is by address: what alerts (a DM to
 * the owner) and "my accounts" (Slack App Home, Discord {@code /mine}) need. Per platform, the addresses named
 * in configuration ({@code owners.slack}, {@code owners.discord}) come first; then the platform is asked
 * (Slack: {@code users.lookupByEmail}, {@code users.info}) and the answer is cached in the database: a person
 * found for {@code owners.refresh_hours}, an address nobody has for {@code owners.retry_minutes}. When the
 * platform cannot be asked, the last answer is used however old.
 */
public final class OwnerDirectory {
    private static final Logger log = LoggerFactory.getLogger(OwnerDirectory.class);

    private final Map<String, ConfiguredPeople> configured = new LinkedHashMap<>();
    private final Map<String, PeopleLookup> remote = new LinkedHashMap<>();
    private final OwnerCache cache;
    private final OwnerSettings settings;
    private final Clock clock;

    /**
     * @param remote the platforms that can be asked (Slack when its token is set); Discord needs none: its
     *               people are {@code owners.discord}
     */
    public OwnerDirectory(OwnerSettings settings, List<PeopleLookup> remote, OwnerCache cache, Clock clock) {
        this.settings = settings;
        this.cache = cache;
        this.clock = clock;
        if (!settings.slack().isEmpty()) {
            configured.put("slack", new ConfiguredPeople("slack", settings.slack()));
        }
        if (!settings.discord().isEmpty()) {
            configured.put("discord", new ConfiguredPeople("discord", settings.discord()));
        }
        for (PeopleLookup lookup : remote) {
            this.remote.put(lookup.platform(), lookup);
        }
    }

    /** The platforms where someone can be found: asked ones and those with addresses in configuration. */
    public Set<String> platforms() {
        Set<String> all = new LinkedHashSet<>(remote.keySet());
        all.addAll(configured.keySet());
        return all;
    }

    /** The user id of whoever has this address on the platform, or empty (then alerts go to the channel). */
    public Optional<String> userOf(String platform, String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        String address = normal(email);
        ConfiguredPeople named = configured.get(platform);
        if (named != null) {
            Optional<String> id = named.userIdByEmail(address);
            if (id.isPresent()) {
                return id;
            }
        }
        PeopleLookup lookup = remote.get(platform);
        if (lookup == null) {
            return Optional.empty();
        }
        Optional<OwnerCache.Entry> cached = cache.byEmail(platform, address);
        if (cached.isPresent() && fresh(cached.get())) {
            return Optional.ofNullable(cached.get().userId());
        }
        try {
            Optional<String> id = lookup.userIdByEmail(address);
            cache.put(new OwnerCache.Entry(platform, address, id.orElse(null), clock.instant()));
            return id;
        } catch (RuntimeException e) {
            log.warn("{}: could not look up {} ({}); using {}", platform, address, e.getMessage(),
                    cached.isPresent() ? "what was known at " + cached.get().checkedAt() : "nobody");
            return cached.map(OwnerCache.Entry::userId);
        }
    }

    /** The address of a user on the platform (lower case), or empty when it is not known. */
    public Optional<String> emailOf(String platform, String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        ConfiguredPeople named = configured.get(platform);
        if (named != null) {
            Optional<String> email = named.emailOfUser(userId);
            if (email.isPresent()) {
                return email;
            }
        }
        PeopleLookup lookup = remote.get(platform);
        if (lookup == null) {
            return Optional.empty();
        }
        Optional<OwnerCache.Entry> cached = cache.byUser(platform, userId);
        if (cached.isPresent() && fresh(cached.get())) {
            return Optional.of(cached.get().email());
        }
        try {
            Optional<String> email = lookup.emailOfUser(userId).map(OwnerDirectory::normal);
            email.ifPresent(address -> cache.put(new OwnerCache.Entry(platform, address, userId, clock.instant())));
            return email;
        } catch (RuntimeException e) {
            log.warn("{}: could not look up user {} ({})", platform, userId, e.getMessage());
            return cached.map(OwnerCache.Entry::email);
        }
    }

    /** Of these addresses, those nobody has on the platform (looked up now where the cache is stale). */
    public List<String> unresolved(String platform, Collection<String> emails) {
        List<String> missing = new ArrayList<>();
        for (String email : new LinkedHashSet<>(emails.stream().filter(e -> e != null && !e.isBlank())
                .map(OwnerDirectory::normal).toList())) {
            if (userOf(platform, email).isEmpty()) {
                missing.add(email);
            }
        }
        return missing;
    }

    /** Everyone in a team (per {@code owners.teams}) with this address, itself included. */
    public Set<String> teammates(String email) {
        Set<String> mates = new LinkedHashSet<>();
        if (email == null || email.isBlank()) {
            return mates;
        }
        String address = normal(email);
        mates.add(address);
        for (List<String> members : settings.teams().values()) {
            if (members.contains(address)) {
                mates.addAll(members);
            }
        }
        return mates;
    }

    private boolean fresh(OwnerCache.Entry entry) {
        Duration keep = entry.resolved() ? Duration.ofHours(settings.refreshHours())
                : Duration.ofMinutes(settings.retryMinutes());
        return entry.checkedAt().plus(keep).isAfter(Instant.now(clock));
    }

    static String normal(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
