package io.tenure.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.App;
import io.tenure.config.ConfigLoader;
import io.tenure.health.playbook.Playbook;
import io.tenure.health.scoring.HealthScorer;
import io.tenure.health.scoring.ScoreHistory;
import io.tenure.health.scoring.SignalStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A playbook rule's {@code min_band}: while it fires, the account is at least in that band, whatever its score. */
class BandFloorTest {
    static final LocalDate AS_OF = PlaybookRulesTest.AS_OF;

    @TempDir
    Path dir;

    /** A busy, happy account whose latest payment failed: only the payment factor is low. */
    private AccountFiles healthyButPaymentFailed() {
        AccountFiles files = new AccountFiles(dir.resolve("csv")).account("PAYS").account("FAILS");
        for (String id : List.of("PAYS", "FAILS")) {
            files.login(id, PlaybookRulesTest.at(0)).nps(id, PlaybookRulesTest.ago(5), 9);
            for (String feature : List.of("reports", "exports", "alerts", "billing", "api")) {
                files.featureUse(id, PlaybookRulesTest.at(2), feature).featureUse(id, PlaybookRulesTest.at(20), feature);
            }
        }
        return files.payment("PAYS", PlaybookRulesTest.at(3), "succeeded").payment("FAILS", PlaybookRulesTest.at(3), "failed");
    }

    @Test
    void aFailedPaymentKeepsAnOtherwiseHealthyAccountYellowAndOnTopOfTheGreenOnesInTheRiskList() {
        HealthBed bed = new HealthBed(dir.resolve("data"));
        bed.imported(healthyButPaymentFailed());

        HealthScore fails = bed.directory.find("FAILS", AS_OF).orElseThrow().health();

        assertThat(fails.score()).isGreaterThanOrEqualTo(70);
        assertThat(fails.band()).isEqualTo(Band.YELLOW);
        assertThat(bed.directory.riskList(AS_OF, Band.YELLOW, false)).extracting(e -> e.health().account().id())
                .containsExactly("FAILS");
        assertThat(bed.directory.find("PAYS", AS_OF).orElseThrow().health().band()).isEqualTo(Band.GREEN);
    }

    @Test
    void withoutMinBandInThePlaybookTheSameAccountIsGreen() throws IOException {
        Path file = dir.resolve("playbook.yaml");
        Files.writeString(file, Files.readString(Path.of("config/playbook.yaml")).replace("    min_band: yellow\n", ""));
        HealthBed bed = new HealthBed(dir.resolve("data"));
        bed.imported(healthyButPaymentFailed());
        Playbook playbook = Playbook.load(file.toString());
        HealthDirectory withoutFloor = new HealthDirectory(new io.tenure.storage.health.JdbcSignalStore(bed.database.jdbi(), playbook),
                new HealthScorer(playbook), new io.tenure.storage.health.JdbcScoreHistory(bed.database.jdbi(), HealthBed.CLOCK));

        assertThat(withoutFloor.find("FAILS", AS_OF).orElseThrow().health().band()).isEqualTo(Band.GREEN);
    }

    @Test
    void everyDemoAccountWithAFailedPaymentIsAtLeastYellowAndInTheRiskList() {
        try (App app = new App(ConfigLoader.load(null, dir, Map.of()), HealthBed.CLOCK)) {
            app.prepare();
            LocalDate today = LocalDate.now(HealthBed.CLOCK);

            List<AccountHealth> failed = app.health().scoreAll(today).stream()
                    .filter(h -> h.health().fired("payment-failed")).toList();
            List<RiskEntry> atRisk = app.health().riskList(today, null, false);

            assertThat(failed).isNotEmpty().allSatisfy(h -> assertThat(h.health().band()).isNotEqualTo(Band.GREEN));
            assertThat(atRisk).extracting(e -> e.health().account().id())
                    .containsAll(failed.stream().map(h -> h.account().id()).toList());
        }
    }
}
