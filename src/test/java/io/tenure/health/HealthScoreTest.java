package io.tenure.health;

import static io.tenure.health.PlaybookRulesTest.AS_OF;
import static io.tenure.health.PlaybookRulesTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores and reasons of hand-built accounts, computed by hand from the default weights: login recency
 * 25, activity trend 15, feature breadth 15, ticket load 10, NPS 10, payment 15, onboarding 10.
 */
class HealthScoreTest {
    @TempDir
    Path dir;

    @Test
    void aBusyAccountWithGoodNpsScores99AndHasNoReasons() {
        // Logins on each of the last 28 days (trend 1), 5 features (breadth 1), last login today (recency 1),
        // no tickets (1), NPS 9 (0.9), payment succeeded (1), no milestones (1):
        // 25 + 15 + 15 + 10 + 9 + 15 + 10 = 99.
        HealthBed bed = new HealthBed(dir.resolve("data"));
        AccountFiles files = new AccountFiles(dir.resolve("csv")).account("GOOD");
        for (int day = 0; day < 28; day++) {
            files.login("GOOD", at(day));
        }
        for (String feature : new String[] {"reports", "api", "sso", "exports", "mobile"}) {
            files.featureUse("GOOD", at(1), feature);
        }
        files.nps("GOOD", at(5), 9).payment("GOOD", at(3), "succeeded");
        bed.imported(files);

        HealthScore score = bed.directory.find("GOOD", AS_OF).orElseThrow().health();

        assertThat(score.score()).isEqualTo(99);
        assertThat(score.band()).isEqualTo(Band.GREEN);
        assertThat(score.reasons()).isEmpty();
    }

    @Test
    void aDecliningAccountWithAFailedPaymentScores43WithItsReasonsHighSeverityFirst() {
        // Logins on days 27..12 ago: last login 12 days ago, recency 1 - (12-3)/27 = 0.667 (16.67 points);
        // 2 logins in the last 14 days against 14 before, trend 2/14 (2.14); no features (0); no tickets (10);
        // NPS 4 (4); latest payment failed (0); no milestones (10): 42.81, rounded 43, yellow.
        HealthBed bed = new HealthBed(dir.resolve("data"));
        AccountFiles files = new AccountFiles(dir.resolve("csv")).account("DECL");
        for (int day = 12; day <= 27; day++) {
            files.login("DECL", at(day));
        }
        files.nps("DECL", at(4), 4).payment("DECL", at(30), "succeeded").payment("DECL", at(2), "failed");
        bed.imported(files);

        HealthScore score = bed.directory.find("DECL", AS_OF).orElseThrow().health();

        assertThat(score.score()).isEqualTo(43);
        assertThat(score.band()).isEqualTo(Band.YELLOW);
        assertThat(score.reasons()).extracting(Reason::rule)
                .containsExactly("no-login-10d", "payment-failed", "nps-below-7");
        assertThat(score.reasons()).extracting(Reason::detail).containsExactly(
                "last login 12 days ago, on 2026-11-09",
                "latest payment failed on 2026-11-19 (100.00 USD)",
                "latest NPS 4 on 2026-11-17: \"Slow, lately\"");
    }

    @Test
    void anAccountThatNeverLoggedInIsMeasuredFromItsSignupAndScoresRed() {
        // Signed up 2026-01-01 (324 days ago): recency 0, trend 0, breadth 0; tickets 10, no NPS 7,
        // no payment 15, one overdue milestone of one (0): 32, red.
        HealthBed bed = new HealthBed(dir.resolve("data"));
        bed.imported(new AccountFiles(dir.resolve("csv")).account("GHOST")
                .milestone("GHOST", "kickoff", "2026-01-08", ""));

        HealthScore score = bed.directory.find("GHOST", AS_OF).orElseThrow().health();

        assertThat(score.score()).isEqualTo(32);
        assertThat(score.band()).isEqualTo(Band.RED);
        assertThat(score.reasons()).extracting(Reason::detail).contains(
                "no login since signup 324 days ago, on 2026-01-01",
                "milestone 'kickoff' due 2026-01-08, not completed (317 days overdue)");
    }

    @Test
    void theRiskListPutsTheLowestScoreFirstBreaksTiesByMrrAndLeavesOutAccountsWithNoReasons() {
        HealthBed bed = new HealthBed(dir.resolve("data"));
        AccountFiles files = new AccountFiles(dir.resolve("csv"))
                .account("SMALL", "50", "2026-01-01", "2027-06-01", "active", "", "")
                .account("BIG", "900", "2026-01-01", "2027-06-01", "active", "", "")
                .account("MID", "300", "2026-01-01", "2027-06-01", "active", "", "").login("MID", at(11))
                .account("FINE");
        for (int day = 0; day < 28; day++) {
            files.login("FINE", at(day));
        }
        bed.imported(files);

        assertThat(bed.directory.atRisk(AS_OF, 10)).extracting(h -> h.account().id())
                .containsExactly("BIG", "SMALL", "MID");
        assertThat(bed.directory.atRisk(AS_OF, 2)).hasSize(2);
    }
}
