package io.tenure.owners;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.storage.Database;
import io.tenure.storage.owners.SqlOwnerCache;
import io.tenure.support.TestClock;
import io.tenure.support.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Owners found by address on a platform that is asked (a scripted one here: Slack itself is asked in
 * {@code SlackPeopleTest}), cached in a real database across a restart, refreshed by the configured policy.
 */
class OwnerDirectoryTest {
    @TempDir
    Path dir;
    private final TestClock clock = new TestClock(Instant.parse("2026-12-02T08:00:00Z"));

    /** A platform that knows some people and counts how often it is asked; it can be made unreachable. */
    static final class ScriptedPlatform implements PeopleLookup {
        final Map<String, String> people = new java.util.concurrent.ConcurrentHashMap<>();
        final List<String> asked = new ArrayList<>();
        boolean down;

        @Override
        public String platform() {
            return "slack";
        }

        @Override
        public Optional<String> userIdByEmail(String email) {
            asked.add(email);
            if (down) {
                throw new IllegalStateException("users.lookupByEmail failed: HTTP 503");
            }
            return Optional.ofNullable(people.get(email));
        }

        @Override
        public Optional<String> emailOfUser(String userId) {
            asked.add(userId);
            if (down) {
                throw new IllegalStateException("users.info failed: HTTP 503");
            }
            return people.entrySet().stream().filter(e -> e.getValue().equals(userId)).map(Map.Entry::getKey).findFirst();
        }
    }

    private OwnerDirectory directory(Database db, ScriptedPlatform slack, OwnerSettings settings) {
        return new OwnerDirectory(settings, List.of(slack), new SqlOwnerCache(db.jdbi()), clock);
    }

    @Test
    void anOwnerFoundOnceIsNotAskedForAgainAfterARestartUntilTheRefreshIsDue() {
        Database db = TestDatabases.open(dir);
        ScriptedPlatform slack = new ScriptedPlatform();
        slack.people.put("ana@example.com", "UANA");

        assertThat(directory(db, slack, OwnerSettings.none()).userOf("slack", " Ana@Example.com")).contains("UANA");
        assertThat(directory(db, slack, OwnerSettings.none()).userOf("slack", "ana@example.com")).contains("UANA");
        assertThat(slack.asked).containsExactly("ana@example.com");

        clock.advance(Duration.ofHours(24));
        slack.people.put("ana@example.com", "UANA2");
        assertThat(directory(db, slack, OwnerSettings.none()).userOf("slack", "ana@example.com")).contains("UANA2");
        assertThat(slack.asked).hasSize(2);
    }

    @Test
    void anAddressNobodyHasIsAskedAgainAfterTheRetryMinutesSoSomeoneWhoJoinsIsFound() {
        Database db = TestDatabases.open(dir);
        ScriptedPlatform slack = new ScriptedPlatform();
        OwnerDirectory owners = directory(db, slack, OwnerSettings.none());

        assertThat(owners.userOf("slack", "new@example.com")).isEmpty();
        slack.people.put("new@example.com", "UNEW");
        clock.advance(Duration.ofMinutes(59));
        assertThat(owners.userOf("slack", "new@example.com")).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(owners.userOf("slack", "new@example.com")).contains("UNEW");
    }

    @Test
    void whenThePlatformCannotBeAskedTheLastAnswerIsUsedHoweverOld() {
        Database db = TestDatabases.open(dir);
        ScriptedPlatform slack = new ScriptedPlatform();
        slack.people.put("ana@example.com", "UANA");
        OwnerDirectory owners = directory(db, slack, OwnerSettings.none());
        owners.userOf("slack", "ana@example.com");

        clock.advance(Duration.ofDays(3));
        slack.down = true;

        assertThat(owners.userOf("slack", "ana@example.com")).contains("UANA");
        assertThat(owners.userOf("slack", "never-seen@example.com")).isEmpty();
    }

    @Test
    void aUserIsTracedBackToTheirAddressAndThatIsCachedToo() {
        Database db = TestDatabases.open(dir);
        ScriptedPlatform slack = new ScriptedPlatform();
        slack.people.put("li@example.com", "ULI");

        assertThat(directory(db, slack, OwnerSettings.none()).emailOf("slack", "ULI")).contains("li@example.com");
        assertThat(directory(db, slack, OwnerSettings.none()).emailOf("slack", "ULI")).contains("li@example.com");
        assertThat(directory(db, slack, OwnerSettings.none()).userOf("slack", "li@example.com")).contains("ULI");
        assertThat(slack.asked).containsExactly("ULI");
        assertThat(directory(db, slack, OwnerSettings.none()).emailOf("slack", "UNOBODY")).isEmpty();
    }

    @Test
    void discordPeopleComeFromConfigurationBothWaysAndConfiguredSlackAddressesWinOverTheLookup() {
        Database db = TestDatabases.open(dir);
        ScriptedPlatform slack = new ScriptedPlatform();
        slack.people.put("ana@example.com", "UANA");
        OwnerSettings settings = new OwnerSettings(Map.of("Ana@example.com", "1180000000000000201"),
                Map.of("ana@example.com", "UALIAS"), Map.of(), 24, 60);
        OwnerDirectory owners = directory(db, slack, settings);

        assertThat(owners.platforms()).containsExactlyInAnyOrder("slack", "discord");
        assertThat(owners.userOf("discord", "ana@example.com")).contains("1180000000000000201");
        assertThat(owners.emailOf("discord", "1180000000000000201")).contains("ana@example.com");
        assertThat(owners.userOf("discord", "li@example.com")).isEmpty();
        assertThat(owners.userOf("slack", "ana@example.com")).contains("UALIAS");
        assertThat(slack.asked).isEmpty();
    }

    @Test
    void unresolvedListsTheAddressesNobodyHasOnAPlatformOnceEach() {
        Database db = TestDatabases.open(dir);
        ScriptedPlatform slack = new ScriptedPlatform();
        slack.people.put("ana@example.com", "UANA");
        OwnerDirectory owners = directory(db, slack, OwnerSettings.none());

        assertThat(owners.unresolved("slack", List.of("ana@example.com", "gone@example.com", "GONE@example.com", "")))
                .containsExactly("gone@example.com");
        assertThat(owners.unresolved("discord", List.of("ana@example.com"))).containsExactly("ana@example.com");
    }

    @Test
    void teammatesAreEveryoneInTheSameConfiguredTeams() {
        OwnerSettings settings = new OwnerSettings(Map.of(), Map.of(),
                Map.of("emea", List.of("ana@example.com", "Li@example.com"), "apac", List.of("kim@example.com")), 24, 60);
        OwnerDirectory owners = new OwnerDirectory(settings, List.of(), null, clock);

        assertThat(owners.teammates("li@example.com")).containsExactlyInAnyOrder("ana@example.com", "li@example.com");
        assertThat(owners.teammates("solo@example.com")).containsExactly("solo@example.com");
    }
}
