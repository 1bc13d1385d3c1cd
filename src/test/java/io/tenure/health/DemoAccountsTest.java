package io.tenure.health;

import static io.tenure.health.PlaybookRulesTest.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.health.demo.DemoAccounts;
import io.tenure.health.importing.AccountImport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoAccountsTest {
    @TempDir
    Path dir;

    @Test
    void theSameSeedAndEndDateWriteTheSameFilesAndAnotherSeedDoesNot() throws IOException {
        DemoAccounts.write(60, 90, 7, AS_OF, dir.resolve("a"));
        DemoAccounts.write(60, 90, 7, AS_OF, dir.resolve("b"));
        DemoAccounts.write(60, 90, 8, AS_OF, dir.resolve("c"));

        for (String file : AccountImport.fileNames()) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
        }
        assertThat(Files.readString(dir.resolve("a").resolve("activity.csv")))
                .isNotEqualTo(Files.readString(dir.resolve("c").resolve("activity.csv")));
    }

    @Test
    void theDemoSetImportsCleanlyAndShowsEveryKindOfRisk() throws IOException {
        DemoAccounts.write(60, 90, 7, AS_OF, dir.resolve("csv"));
        HealthBed bed = new HealthBed(dir.resolve("data"));

        assertThat(bed.importFolder(dir.resolve("csv")).anyRejected()).isFalse();
        List<AccountHealth> all = bed.directory.scoreAll(AS_OF);

        Set<String> fired = all.stream().flatMap(h -> h.health().reasons().stream()).map(Reason::rule)
                .collect(Collectors.toSet());
        assertThat(fired).contains("no-login-10d", "inactive-14d", "payment-failed", "onboarding-missed",
                "nps-below-7", "ticket-open-5d", "renewal-30d-low-health", "tickets-3-in-7d");
        assertThat(all).extracting(h -> h.health().band()).contains(Band.GREEN, Band.YELLOW, Band.RED);
        assertThat(all).extracting(h -> h.account().status()).contains(AccountStatus.CANCELLED);
        assertThat(all).extracting(h -> h.account().language()).containsOnly("en", "ko", "ja", "th", "id");
        assertThat(all).extracting(h -> h.account().contactEmail())
                .allMatch(email -> email.matches("[^@]+@example\\.(com|org|net)"));
    }
}
