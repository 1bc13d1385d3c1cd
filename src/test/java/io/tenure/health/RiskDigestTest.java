package io.tenure.health;

import static io.tenure.health.PlaybookRulesTest.AS_OF;
import static io.tenure.health.PlaybookRulesTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.assistant.Reply;
import io.tenure.storage.health.SqlChurnHistory;
import io.tenure.health.digest.Digest;
import io.tenure.health.digest.DigestText;
import io.tenure.health.digest.RiskDigest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskDigestTest {
    @TempDir
    Path dir;

    /**
     * As of 2026-11-21 the window starts on 2026-10-22. Customers then: A1, A2, A6, A7, A9 (5). A3 had
     * already left, A8 left on the start day itself, A4 and A5 signed up later. Lost in the window: A2
     * and A7 (who left on the as-of day). Churn 2 / 5 = 40 %, retention 60 %.
     */
    private HealthBed givenTheHandComputedExample() {
        HealthBed bed = new HealthBed(dir.resolve("data"));
        bed.imported(new AccountFiles(dir.resolve("csv"))
                .account("A1")
                .account("A2", "100", "2026-01-01", "", "cancelled", "2026-11-01", "price")
                .account("A3", "100", "2026-01-01", "", "cancelled", "2026-10-01", "price")
                .account("A4", "100", "2026-11-01", "", "active", "", "")
                .account("A5", "100", "2026-11-01", "", "cancelled", "2026-11-10", "price")
                .account("A6", "100", "2026-02-01", "", "active", "", "")
                .account("A7", "100", "2026-03-01", "", "cancelled", "2026-11-21", "price")
                .account("A8", "100", "2026-03-01", "", "cancelled", "2026-10-22", "price")
                .account("A9", "250", "2026-04-01", "", "active", "", "")
                // A9's payment fails today: 42 yesterday (yellow), 27 today (red).
                .payment("A9", at(40), "succeeded").payment("A9", at(0), "failed"));
        return bed;
    }

    @Test
    void churnAndRetentionMatchTheHandComputedExample() {
        HealthBed bed = givenTheHandComputedExample();
        RiskDigest digest = new RiskDigest(bed.directory, new SqlChurnHistory(bed.database.jdbi()), dir.resolve("digests"));

        Digest result = digest.compute(AS_OF);

        assertThat(result.churn().customersAtStart()).isEqualTo(5);
        assertThat(result.churn().customersLost()).isEqualTo(2);
        assertThat(result.churn().rate()).isEqualTo(40.0);
        assertThat(result.churn().retention()).isEqualTo(60.0);
    }

    @Test
    void theDigestNamesTheAccountThatTurnedRedItsDropAndTheMrrAtRisk() {
        HealthBed bed = givenTheHandComputedExample();
        RiskDigest digest = new RiskDigest(bed.directory, new SqlChurnHistory(bed.database.jdbi()), dir.resolve("digests"));

        Digest result = digest.compute(AS_OF);

        assertThat(result.turnedRed()).extracting(h -> h.account().id()).containsExactly("A9");
        assertThat(result.biggestDrops().get(0).health().account().id()).isEqualTo("A9");
        assertThat(result.biggestDrops().get(0).change()).isEqualTo(-15);
        // Active customers today: A1, A4, A6 (yellow, 100 each) and A9 (red, 250).
        assertThat(result.mrrAtRisk()).isEqualByComparingTo("550");
        assertThat(result.days()).extracting(ScoreTotal -> ScoreTotal.day()).contains(AS_OF.minusDays(29), AS_OF);
    }

    @Test
    void theDailyDigestIsAccountDataWithTextAndAPngChartWrittenNextToIt() throws IOException {
        HealthBed bed = givenTheHandComputedExample();
        RiskDigest digest = new RiskDigest(bed.directory, new SqlChurnHistory(bed.database.jdbi()), dir.resolve("digests"));

        Reply reply = digest.forDay(AS_OF);

        assertThat(reply.kind()).isEqualTo(Reply.Kind.ACCOUNT_DATA);
        assertThat(reply.text()).contains("Churn, last 30 days: 40.0% (2 lost of 5 customers on 2026-10-22); "
                + "retention 60.0%").contains("*New in red since 2026-11-20*").contains("A9");
        assertThat(reply.attachments()).singleElement().satisfies(chart -> {
            assertThat(chart.mimeType()).isEqualTo("image/png");
            assertThat(chart.file()).isEqualTo(dir.resolve("digests").resolve("digest-2026-11-21.png"));
            byte[] head = Files.readAllBytes(chart.file());
            assertThat(new String(head, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        });
        assertThat(dir.resolve("digests").resolve("digest-2026-11-21.txt")).content().contains("A9");
    }

    @Test
    void theDigestSaysWhichAccountsItCountsAndGivesRedAndYellowMrrApartWithTheCurrency() {
        HealthBed bed = givenTheHandComputedExample();
        RiskDigest digest = new RiskDigest(bed.directory, new SqlChurnHistory(bed.database.jdbi()), dir.resolve("digests"), "USD");

        String text = digest.forDay(AS_OF).text();

        // Active customers today: A1, A4, A6 (yellow, 100 USD each) and A9 (red, 250 USD).
        assertThat(text).contains("Today: 4 active accounts: 1 red, 3 yellow, 0 green")
                .contains("MRR at risk today: 550 USD (red 250 USD in 1 account; yellow 300 USD in 3 accounts)")
                .doesNotContain("across").doesNotContain("another currency");
    }

    @Test
    void accountsBilledInAnotherCurrencyAreCountedButNeverAddedIntoTheSums() {
        HealthBed bed = givenTheHandComputedExample();
        RiskDigest digest = new RiskDigest(bed.directory, new SqlChurnHistory(bed.database.jdbi()), dir.resolve("digests"), "EUR");

        Digest result = digest.compute(AS_OF);
        String text = digest.forDay(AS_OF).text();

        assertThat(result.mrrAtRisk()).isEqualByComparingTo("0");
        assertThat(result.otherCurrency()).isEqualTo(4);
        assertThat(text).contains("MRR at risk today: 0 EUR")
                .contains("(4 accounts billed in another currency than EUR: counted above, not in the MRR sums)");
    }

    @Test
    void newInRedCountsFromTheDigestBeforeThisOneNotJustFromYesterday() {
        HealthBed bed = givenTheHandComputedExample();
        // R2's payment failed two days ago (red since then), R9's nine days ago (red before the last digest).
        bed.imported(new AccountFiles(dir.resolve("csv2"))
                .account("R2", "100", "2026-04-01", "", "active", "", "")
                .payment("R2", at(40), "succeeded").payment("R2", at(2), "failed")
                .account("R9", "100", "2026-04-01", "", "active", "", "")
                .payment("R9", at(40), "succeeded").payment("R9", at(9), "failed"));
        RiskDigest digest = new RiskDigest(bed.directory, new SqlChurnHistory(bed.database.jdbi()), dir.resolve("digests"), "USD",
                new io.tenure.storage.health.SqlDigestDays(bed.database.jdbi(), HealthBed.CLOCK));
        digest.forDay(AS_OF.minusDays(5));

        Digest result = digest.compute(AS_OF);

        assertThat(result.redSince()).isEqualTo(AS_OF.minusDays(5));
        // Red yesterday and today, so "turned red since yesterday" would miss R2; red at the last digest: R9 is not new.
        assertThat(result.turnedRed()).extracting(h -> h.account().id()).containsExactlyInAnyOrder("A9", "R2");
        assertThat(DigestText.render(result)).contains("*New in red since 2026-11-16*");
    }

    @Test
    void withoutAnEarlierDigestNewInRedCountsFromYesterday() {
        HealthBed bed = givenTheHandComputedExample();
        RiskDigest digest = new RiskDigest(bed.directory, new SqlChurnHistory(bed.database.jdbi()), dir.resolve("digests"), "USD",
                new io.tenure.storage.health.SqlDigestDays(bed.database.jdbi(), HealthBed.CLOCK));
        digest.forDay(AS_OF);

        Digest again = digest.compute(AS_OF);

        // The digest of the same day made twice does not count as the one before.
        assertThat(again.redSince()).isEqualTo(AS_OF.minusDays(1));
        assertThat(again.turnedRed()).extracting(h -> h.account().id()).containsExactly("A9");
    }

    @Test
    void theBiggestDropsCarryAnArrowAndTheChartDrawsTheAtRiskAccountsScoreLines() throws IOException {
        HealthBed bed = givenTheHandComputedExample();
        RiskDigest digest = new RiskDigest(bed.directory, new SqlChurnHistory(bed.database.jdbi()), dir.resolve("digests"));

        Digest result = digest.compute(AS_OF);
        RiskDigest.Written written = digest.write(result);

        assertThat(written.text()).contains("A9 Company A9: 42 to 27 (↓ -15)");
        // At risk today: A9 (red) first, then the yellow A1, A4, A6; one point per day each scored.
        assertThat(result.scoreLines()).extracting(l -> l.health().account().id()).first().isEqualTo("A9");
        assertThat(result.scoreLines()).extracting(l -> l.health().account().id())
                .containsExactlyInAnyOrder("A9", "A1", "A4", "A6");
        Digest.ScoreLine a9 = result.scoreLines().get(0);
        assertThat(a9.days()).hasSize(30);
        assertThat(a9.days().get(28).score()).isEqualTo(42);
        assertThat(a9.days().get(29).score()).isEqualTo(27);
        // A4 signed up on 2026-11-01: its line starts there.
        assertThat(result.scoreLines()).filteredOn(l -> l.health().account().id().equals("A4")).singleElement()
                .satisfies(l -> assertThat(l.days().get(0).day()).isEqualTo(java.time.LocalDate.of(2026, 11, 1)));
        // Three charts one above the other: band counts, MRR, score lines (360 pixels each).
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(written.chart().toFile());
        assertThat(png.getHeight()).isEqualTo(3 * 360);
    }
}
