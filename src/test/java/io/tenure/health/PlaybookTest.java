package io.tenure.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenure.config.ConfigException;
import io.tenure.health.playbook.Playbook;
import io.tenure.health.playbook.PlaybookRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaybookTest {
    @TempDir
    Path dir;

    @Test
    void theBundledPlaybookHasEveryDefaultRuleWithItsActionOwnerAndMetric() {
        Playbook playbook = Playbook.load("config/playbook.yaml");

        assertThat(playbook.rules()).extracting(PlaybookRule::id).containsExactly("no-login-10d", "inactive-14d",
                "nps-below-7", "tickets-3-in-7d", "ticket-open-5d", "payment-failed", "onboarding-missed",
                "renewal-30d-low-health", "cancel-intent", "inactive-45d", "winback-30-60-90");
        // Only cancel-intent takes points off: every other rule explains the score and leaves it as it is.
        assertThat(playbook.rules()).filteredOn(rule -> rule.scorePenalty() > 0).extracting(PlaybookRule::id)
                .containsExactly("cancel-intent");
        assertThat(playbook.rules()).allSatisfy(rule -> {
            assertThat(rule.action()).isNotBlank();
            assertThat(rule.ownerRole()).isNotBlank();
            assertThat(rule.metric()).isNotBlank();
        });
        assertThat(playbook.band(70)).isEqualTo(Band.GREEN);
        assertThat(playbook.band(69)).isEqualTo(Band.YELLOW);
        assertThat(playbook.band(40)).isEqualTo(Band.YELLOW);
        assertThat(playbook.band(39)).isEqualTo(Band.RED);
    }

    @Test
    void aUserPlaybookOnDiskReplacesTheBundledOneWithItsOwnBandsAndThresholds() throws IOException {
        Path file = dir.resolve("playbook.yaml");
        Files.writeString(file, Files.readString(Path.of("config/playbook.yaml"))
                .replace("green_from: 70", "green_from: 80")
                .replace("{type: days_since_login, at_least: 10}", "{type: days_since_login, at_least: 7}"));

        Playbook playbook = Playbook.load(file.toString());

        assertThat(playbook.band(75)).isEqualTo(Band.YELLOW);
        assertThat(playbook.rules().get(0).condition().atLeast()).isEqualTo(7);
    }

    @Test
    void aRuleMissingAThresholdFailsAtLoadNamingTheRule() throws IOException {
        Path file = dir.resolve("playbook.yaml");
        Files.writeString(file, Files.readString(Path.of("config/playbook.yaml"))
                .replace("{type: latest_nps, below: 7}", "{type: latest_nps}"));

        assertThatThrownBy(() -> Playbook.load(file.toString())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("rule nps-below-7").hasMessageContaining("needs below");
    }

    @Test
    void aScorePenaltyOutsideZeroToAHundredFailsAtLoadNamingTheRule() throws IOException {
        Path file = dir.resolve("playbook.yaml");
        Files.writeString(file, Files.readString(Path.of("config/playbook.yaml"))
                .replace("score_penalty: 15", "score_penalty: -5"));

        assertThatThrownBy(() -> Playbook.load(file.toString())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("rule cancel-intent").hasMessageContaining("score_penalty");
    }

    @Test
    void theBundledPlaybookKeepsAFailedPaymentAtLeastYellow() {
        Playbook playbook = Playbook.load("config/playbook.yaml");

        assertThat(playbook.rules()).filteredOn(rule -> rule.bandFloor().isPresent())
                .singleElement().satisfies(rule -> {
                    assertThat(rule.id()).isEqualTo("payment-failed");
                    assertThat(rule.bandFloor()).contains(Band.YELLOW);
                });
    }

    @Test
    void aMinBandOtherThanYellowOrRedFailsAtLoadNamingTheRule() throws IOException {
        Path file = dir.resolve("playbook.yaml");
        Files.writeString(file, Files.readString(Path.of("config/playbook.yaml"))
                .replace("min_band: yellow", "min_band: amber"));

        assertThatThrownBy(() -> Playbook.load(file.toString())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("rule payment-failed").hasMessageContaining("min_band must be yellow or red");
    }
}
