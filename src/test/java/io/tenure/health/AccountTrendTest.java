package io.tenure.health;

import static io.tenure.health.PlaybookRulesTest.AS_OF;
import static io.tenure.health.PlaybookRulesTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.health.scoring.ScoreHistory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `account` shows how the score and each factor moved over 7 and 30 days, from the kept daily history.
 * T1 today (2026-11-21), by hand with the bundled playbook: login yesterday (login recency 100), two
 * events in the last 14 days and none before (activity trend 100), one feature of the target five
 * (feature breadth 20), no tickets (100), no NPS answer (70), no payment (100), no milestones (100):
 * 25·1 + 15·1 + 15·0.2 + 10·1 + 10·0.7 + 15·1 + 10·1 = 85.
 */
class AccountTrendTest {
    @TempDir
    Path dir;

    private HealthBed bed;

    private HealthBed givenT1() {
        bed = new HealthBed(dir.resolve("data"));
        bed.imported(new AccountFiles(dir.resolve("csv")).account("T1").login("T1", at(1))
                .featureUse("T1", at(1), "export"));
        return bed;
    }

    /** Keeps a score for T1 on a past day, as the daily scoring would have. */
    private void kept(LocalDate day, int score, int login, int activity, int breadth) {
        Map<Factor, Integer> f = new EnumMap<>(Factor.class);
        f.put(Factor.LOGIN_RECENCY, login);
        f.put(Factor.ACTIVITY_TREND, activity);
        f.put(Factor.FEATURE_BREADTH, breadth);
        f.put(Factor.TICKET_LOAD, 100);
        f.put(Factor.NPS, 70);
        f.put(Factor.PAYMENT_STATUS, 100);
        f.put(Factor.ONBOARDING_PROGRESS, 100);
        keptScore(day, new HealthScore("T1", day, score, bed.directory.scorer().playbook().band(score), List.of(), f));
    }

    private void keptScore(LocalDate day, HealthScore score) {
        long key = bed.database.jdbi().withHandle(h -> h.createQuery("SELECT key FROM account WHERE id = 'T1'")
                .mapTo(Long.class).one());
        bed.directory.history().save(day, List.of(new ScoreHistory.Entry(key, score)), false);
    }

    private AccountProfile profile() {
        return bed.directory.profile("T1", AS_OF).orElseThrow();
    }

    @Test
    void todaysFactorValuesAreKeptWithTheScore() {
        givenT1();

        AccountProfile p = profile();

        assertThat(p.health().health().score()).isEqualTo(85);
        assertThat(p.health().health().factors()).containsEntry(Factor.LOGIN_RECENCY, 100)
                .containsEntry(Factor.ACTIVITY_TREND, 100).containsEntry(Factor.FEATURE_BREADTH, 20)
                .containsEntry(Factor.NPS, 70).hasSize(7);
        assertThat(p.history()).last().satisfies(d -> {
            assertThat(d.day()).isEqualTo(AS_OF);
            assertThat(d.factors()).isEqualTo(p.health().health().factors());
        });
    }

    @Test
    void theScoreAndEachFactorMoveAgainstTheScoresKept7And30DaysAgo() {
        givenT1();
        // 7 days ago: three features in use (breadth 60): 25 + 15 + 9 + 10 + 7 + 15 + 10 = 91.
        kept(AS_OF.minusDays(7), 91, 100, 100, 60);
        // 30 days ago: last login long ago (40), no activity (0), one feature (20): 10 + 0 + 3 + 10 + 7 + 15 + 10 = 55.
        kept(AS_OF.minusDays(30), 55, 40, 0, 20);

        AccountProfile p = profile();

        Trend week = p.trends().get(0);
        Trend month = p.trends().get(1);
        assertThat(week.days()).isEqualTo(7);
        assertThat(week.scoreChange()).isEqualTo(-6);
        assertThat(week.factorChanges()).containsEntry(Factor.FEATURE_BREADTH, -40)
                .containsEntry(Factor.LOGIN_RECENCY, 0).hasSize(7);
        assertThat(month.scoreChange()).isEqualTo(30);
        assertThat(month.factorChanges()).containsEntry(Factor.LOGIN_RECENCY, 60)
                .containsEntry(Factor.ACTIVITY_TREND, 100).containsEntry(Factor.FEATURE_BREADTH, 0);
        assertThat(p.change7d()).isEqualTo(-6);

        String text = HealthReport.profileText(p);
        assertThat(text).contains("*Trend* (now, then the change over 7 days, since 2026-11-14 and 30 days, since 2026-10-22)")
                .contains("• score 85; 7 days: ↓ -6; 30 days: ↑ +30")
                .contains("• feature breadth 20/100; 7 days: ↓ -40; 30 days: → 0")
                .contains("• login recency 100/100; 7 days: → 0; 30 days: ↑ +60")
                .contains("score 85 green, ↓ -6 over 7 days");
    }

    @Test
    void noScoreKept30DaysAgoIsSaidSoAndNeverShownAsNoChange() {
        givenT1();
        kept(AS_OF.minusDays(7), 85, 100, 100, 20);

        AccountProfile p = profile();
        Map<String, Object> json = HealthReport.profileJson(p);

        Trend month = p.trends().get(1);
        assertThat(month.known()).isFalse();
        assertThat(month.scoreChange()).isNull();
        assertThat(month.factorChanges()).isEmpty();
        assertThat(HealthReport.profileText(p)).contains("• score 85; 7 days: → 0; 30 days: no score kept on 2026-10-22")
                .contains("• NPS 70/100; 7 days: → 0; 30 days: no score kept");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> trends = (Map<String, Map<String, Object>>) json.get("trends");
        assertThat(trends.get("7d")).containsEntry("score_change", 0).containsEntry("direction", "flat");
        assertThat(trends.get("30d")).containsEntry("score_change", null).containsEntry("score_then", null)
                .containsEntry("direction", null);
    }

    @Test
    void aScoreKeptTheDayBeforeOrAfterIsNotTakenFor7DaysAgo() {
        givenT1();
        kept(AS_OF.minusDays(6), 60, 40, 40, 20);
        kept(AS_OF.minusDays(8), 60, 40, 40, 20);

        AccountProfile p = profile();

        assertThat(p.trends().get(0).known()).isFalse();
        assertThat(p.change7d()).isNull();
        assertThat(HealthReport.profileText(p)).contains("7 days: no score kept on 2026-11-14")
                .contains("no score 7 days ago");
    }

    @Test
    void aDayKeptBeforeFactorsWereKeptShowsTheScoreChangeOnly() {
        givenT1();
        // A row written before factors were kept (migration V70): score and band only.
        keptScore(AS_OF.minusDays(7), new HealthScore("T1", AS_OF.minusDays(7), 80, Band.GREEN, List.of()));

        AccountProfile p = profile();

        assertThat(p.trends().get(0).scoreChange()).isEqualTo(5);
        assertThat(p.trends().get(0).factorChanges()).isEmpty();
        assertThat(HealthReport.profileText(p)).contains("• score 85; 7 days: ↑ +5")
                .contains("• login recency 100/100; 7 days: not kept then");
    }

    @Test
    void aCancelledAccountShowsNoTrend() {
        bed = new HealthBed(dir.resolve("data"));
        bed.imported(new AccountFiles(dir.resolve("csv"))
                .account("T1", "100", "2026-01-01", "", "cancelled", "2026-11-01", "price"));

        AccountProfile p = bed.directory.profile("T1", AS_OF).orElseThrow();

        assertThat(p.trends()).isEmpty();
        assertThat(HealthReport.profileText(p)).doesNotContain("*Trend*");
    }

    @Test
    void arrowsGoWithTheSignedNumber() {
        assertThat(Trend.signed(3)).isEqualTo("↑ +3");
        assertThat(Trend.signed(-15)).isEqualTo("↓ -15");
        assertThat(Trend.signed(0)).isEqualTo("→ 0");
        assertThat(Trend.direction(-1)).isEqualTo("down");
    }

    @Test
    void afterAFirstDigestAccountHasAScoreToCompareWith30DaysAgo() {
        givenT1();
        new io.tenure.health.digest.RiskDigest(bed.directory,
                new io.tenure.storage.health.SqlChurnHistory(bed.database.jdbi()), dir.resolve("digests")).compute(AS_OF);

        AccountProfile p = profile();

        // Scored from today's data for the days never scored: T1's login was yesterday, so 30 days ago it had
        // none since signup (login recency 0) and no activity: 0 + 0 + 0 + 10 + 7 + 15 + 10 = 42.
        assertThat(p.trends().get(1).known()).isTrue();
        assertThat(p.trends().get(1).then().score()).isEqualTo(42);
        assertThat(p.trends().get(1).scoreChange()).isEqualTo(43);
    }
}
