package io.tenure.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.health.AccountFiles;
import io.tenure.health.Band;
import io.tenure.health.HealthBed;
import io.tenure.health.HealthScore;
import io.tenure.health.scoring.ScoreHistory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each trigger of the bundled {@code config/alerts.yaml} at its boundary, on real account data in a real
 * database: GHOST never logged in (score 32, red, as {@code HealthScoreTest} works out); the days before are
 * written into the score history as the daily scoring would have.
 */
class AlertEvaluatorTest {
    static final LocalDate DAY = LocalDate.parse("2026-11-21");
    static final AlertRules RULES = AlertRules.load("config/alerts.yaml");

    @TempDir
    Path dir;

    private HealthBed bed;

    private HealthBed bed(String renewal, String... payments) {
        bed = new HealthBed(dir.resolve("data"));
        AccountFiles files = new AccountFiles(dir.resolve("csv"))
                .raw("accounts.csv", "GHOST,Ghost Ltd,team,100,USD,5,2026-01-01," + renewal
                        + ",ana@example.com,ops@ghost.example.com,en,active,,")
                .milestone("GHOST", "kickoff", "2026-01-08", "");
        for (String payment : payments) {
            String[] parts = payment.split(" ");
            files.payment("GHOST", parts[0] + "T10:00:00Z", parts[1]);
        }
        bed.imported(files);
        return bed;
    }

    private HealthBed bed() {
        return bed("2027-06-01");
    }

    private void scored(LocalDate day, int score, Band band) {
        long key = bed.database.jdbi().withHandle(h -> h.createQuery("SELECT key FROM account WHERE id = 'GHOST'")
                .mapTo(Long.class).one());
        bed.directory.history().save(day, List.of(new ScoreHistory.Entry(key,
                new HealthScore("GHOST", day, score, band, List.of()))), false);
    }

    private List<OwnerAlert> alerts(String trigger) {
        return new AlertEvaluator(bed.directory, RULES).evaluate(DAY).stream()
                .filter(a -> a.trigger().equals(trigger)).toList();
    }

    @Test
    void anAccountRedTodayAndYellowYesterdayTurnedRedWithTheScoresAndEveryReasonWithItsFacts() {
        bed();
        scored(DAY.minusDays(1), 45, Band.YELLOW);

        List<OwnerAlert> alerts = alerts(AlertRules.TURNED_RED);

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.accountId()).isEqualTo("GHOST");
            assertThat(alert.owner()).isEqualTo("ana@example.com");
            assertThat(alert.day()).isEqualTo(DAY);
            assertThat(alert.text()).contains("GHOST Ghost Ltd: turned red", "Score 32 (red) on 2026-11-21",
                    "it was 45 (yellow) on 2026-11-20", "no login since signup 324 days ago, on 2026-01-01");
        });
    }

    @Test
    void anAccountAlreadyRedYesterdayOrNeverScoredBeforeDidNotTurnRed() {
        bed();
        assertThat(alerts(AlertRules.TURNED_RED)).isEmpty();
        scored(DAY.minusDays(1), 35, Band.RED);
        assertThat(alerts(AlertRules.TURNED_RED)).isEmpty();
    }

    @Test
    void aDropOfExactlyTheConfiguredPointsWithinTheDaysAlertsAndOnePointLessDoesNot() {
        bed();
        scored(DAY.minusDays(7), 46, Band.YELLOW);
        assertThat(alerts(AlertRules.SCORE_DROP)).isEmpty();

        scored(DAY.minusDays(7), 47, Band.YELLOW);
        assertThat(alerts(AlertRules.SCORE_DROP)).singleElement().satisfies(alert -> assertThat(alert.text())
                .contains("score dropped 15 points", "down 15 points from 47 on 2026-11-14"));
    }

    @Test
    void aHighScoreOlderThanTheDaysIsNoDropAndADropAlreadyReachedYesterdayIsNotSentAgain() {
        bed();
        scored(DAY.minusDays(8), 90, Band.GREEN);
        assertThat(alerts(AlertRules.SCORE_DROP)).isEmpty();

        scored(DAY.minusDays(3), 60, Band.YELLOW);
        scored(DAY.minusDays(1), 40, Band.YELLOW);
        assertThat(alerts(AlertRules.SCORE_DROP)).isEmpty();
    }

    @Test
    void aFailedPaymentWithinTheConfiguredDaysAlertsOnceForThePaymentsDay() {
        bed("2027-06-01", "2026-10-01 succeeded", "2026-11-18 failed");

        assertThat(alerts(AlertRules.PAYMENT_FAILED)).singleElement().satisfies(alert -> {
            assertThat(alert.day()).isEqualTo(LocalDate.parse("2026-11-18"));
            assertThat(alert.text()).contains("payment failed", "on 2026-11-18, failed",
                    "payment-failed: latest payment failed on 2026-11-18");
        });
    }

    @Test
    void aFailedPaymentOlderThanTheConfiguredDaysOrAPaymentThatSucceededDoesNotAlert() {
        bed("2027-06-01", "2026-11-17 failed");
        assertThat(alerts(AlertRules.PAYMENT_FAILED)).isEmpty();
    }

    @Test
    void aRenewalExactlyTheConfiguredDaysAwayWhileRedAlertsKeyedByTheRenewalDate() {
        bed("2026-12-21");
        assertThat(alerts(AlertRules.RENEWAL_SOON)).singleElement().satisfies(alert -> {
            assertThat(alert.day()).isEqualTo(LocalDate.parse("2026-12-21"));
            assertThat(alert.text()).contains("renews in 30 days", "Renews on 2026-12-21 (in 30 days) while red");
        });
    }

    @Test
    void aRenewalOneDayBeyondTheConfiguredDaysDoesNotAlert() {
        bed("2026-12-22");
        assertThat(alerts(AlertRules.RENEWAL_SOON)).isEmpty();
    }

    @Test
    void aTriggerLeftOutOfTheRulesIsOff() {
        bed("2026-12-21");
        scored(DAY.minusDays(1), 45, Band.YELLOW);
        AlertRules onlyRed = new AlertRules("07:30", "UTC",
                new AlertRules.Triggers(new AlertRules.On(), null, null, null, null));

        assertThat(new AlertEvaluator(bed.directory, onlyRed).evaluate(DAY)).extracting(OwnerAlert::trigger)
                .containsExactly(AlertRules.TURNED_RED);
    }
}
