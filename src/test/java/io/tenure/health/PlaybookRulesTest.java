package io.tenure.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each default rule fires exactly when its condition holds, checked on both sides of its boundary. */
class PlaybookRulesTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

    @TempDir
    Path dir;

    static String ago(int days) {
        return AS_OF.minusDays(days).toString();
    }

    static String at(int daysAgo) {
        return ago(daysAgo) + "T10:00:00Z";
    }

    private HealthScore scoreOf(HealthBed bed, String id) {
        return bed.directory.find(id, AS_OF).orElseThrow().health();
    }

    @Test
    void noLogin10dFiresFromTheTenthDayWithoutALogin() {
        HealthBed bed = new HealthBed(dir.resolve("data"));
        bed.imported(new AccountFiles(dir.resolve("csv"))
                .account("D9").login("D9", at(9))
                .account("D10").login("D10", at(10))
                .account("D11").login("D11", at(11)));

        assertThat(scoreOf(bed, "D9").fired("no-login-10d")).isFalse();
        assertThat(scoreOf(bed, "D10").fired("no-login-10d")).isTrue();
        assertThat(scoreOf(bed, "D11").fired("no-login-10d")).isTrue();
        assertThat(scoreOf(bed, "D11").reasons()).filteredOn(r -> r.rule().equals("no-login-10d"))
                .singleElement().satisfies(r -> {
                    assertThat(r.detail()).isEqualTo("last login 11 days ago, on 2026-11-10");
                    assertThat(r.ownerRole()).isEqualTo("account owner");
                    assertThat(r.action()).isNotBlank();
                });
    }

    @Test
    void inactive14dCountsFeatureUseAsActivityAndFiresFromDay14() {
        HealthBed bed = new HealthBed(dir.resolve("data"));
        bed.imported(new AccountFiles(dir.resolve("csv"))
                .account("I13").login("I13", at(30)).featureUse("I13", at(13), "reports")
                .account("I14").login("I14", at(30)).featureUse("I14", at(14), "reports"));

        assertThat(scoreOf(bed, "I13").fired("inactive-14d")).isFalse();
        assertThat(scoreOf(bed, "I13").fired("no-login-10d")).isTrue();
        assertThat(scoreOf(bed, "I14").fired("inactive-14d")).isTrue();
    }

    @Test
    void inactive45dFiresFromDay45() {
        HealthBed bed = new HealthBed(dir.resolve("data"));
        bed.imported(new AccountFiles(dir.resolve("csv"))
                .account("I44").login("I44", at(44))
                .account("I45").login("I45", at(45)));

        assertThat(scoreOf(bed, "I44").fired("inactive-45d")).isFalse();
        assertThat(scoreOf(bed, "I45").fired("inactive-45d")).isTrue();
        assertThat(scoreOf(bed, "I45").reasons()).filteredOn(r -> r.rule().equals("inactive-45d"))
                .singleElement().extracting(Reason::detail)
                .isEqualTo("no activity for 45 days, last on " + ago(45));
    }

    @Test
    void npsBelow7LooksOnlyAtTheLatestResponse() {
        HealthBed bed = new HealthBed(dir.resolve("data"));
        bed.imported(new AccountFiles(dir.resolve("csv"))
                .account("N6").login("N6", at(0)).nps("N6", ago(3), 6)
                .account("N7").login("N7", at(0)).nps("N7", ago(3), 7)
                .account("NUP").login("NUP", at(0)).nps("NUP", ago(40), 2).nps("NUP", ago(3), 9)
                .account("NLATER").login("NLATER", at(0)).nps("NLATER", ago(3), 9).nps("NLATER", "2026-11-25", 1));

        assertThat(scoreOf(bed, "N6").fired("nps-below-7")).isTrue();
        assertThat(scoreOf(bed, "N7").fired("nps-below-7")).isFalse();
        assertThat(scoreOf(bed, "NUP").fired("nps-below-7")).isFalse();
        assertThat(scoreOf(bed, "NLATER").fired("nps-below-7")).as("a response after the as-of date is unseen")
                .isFalse();
    }

    @Test
    void tickets3In7dNeedsThreeTicketsOpenedWithinTheLastSevenDays() {
        HealthBed bed = new HealthBed(dir.resolve("data"));
        bed.imported(new AccountFiles(dir.resolve("csv"))
                .account("T2").login("T2", at(0))
                .ticket("T2-1", "T2", at(1), at(1)).ticket("T2-2", "T2", at(6), at(5))
                .account("T3").login("T3", at(0))
                .ticket("T3-1", "T3", at(0), at(0)).ticket("T3-2", "T3", at(3), at(2))
                .ticket("T3-3", "T3", at(6), at(5))
                .account("T3OLD").login("T3OLD", at(0))
                .ticket("T3OLD-1", "T3OLD", at(1), at(1)).ticket("T3OLD-2", "T3OLD", at(3), at(2))
                .ticket("T3OLD-3", "T3OLD", at(7), at(6)));

        assertThat(scoreOf(bed, "T2").fired("tickets-3-in-7d")).isFalse();
        assertThat(scoreOf(bed, "T3").fired("tickets-3-in-7d")).isTrue();
        assertThat(scoreOf(bed, "T3OLD").fired("tickets-3-in-7d")).as("the third ticket is 7 days old").isFalse();
    }

    @Test
    void ticketOpen5dFiresWhenATicketIsOpenForMoreThanFiveDays() {
        HealthBed bed = new HealthBed(dir.resolve("data"));
        bed.imported(new AccountFiles(dir.resolve("csv"))
                .account("O5").login("O5", at(0)).ticket("O5-1", "O5", at(5), "")
                .account("O6").login("O6", at(0)).ticket("O6-1", "O6", at(6), "")
                .account("O6CLOSED").login("O6CLOSED", at(0)).ticket("O6C-1", "O6CLOSED", at(6), at(1))
                .account("O6LATER").login("O6LATER", at(0)).ticket("O6L-1", "O6LATER", at(6), "2026-11-23T10:00:00Z"));

        assertThat(scoreOf(bed, "O5").fired("ticket-open-5d")).isFalse();
        assertThat(scoreOf(bed, "O6").fired("ticket-open-5d")).isTrue();
        assertThat(scoreOf(bed, "O6CLOSED").fired("ticket-open-5d")).isFalse();
        assertThat(scoreOf(bed, "O6LATER").fired("ticket-open-5d")).as("closed only after the as-of date").isTrue();
        assertThat(scoreOf(bed, "O6").reasons()).filteredOn(r -> r.rule().equals("ticket-open-5d"))
                .singleElement().extracting(Reason::detail)
                .isEqualTo("ticket O6-1 open for 6 days, since " + ago(6));
    }

    @Test
    void paymentFailedLooksOnlyAtTheLatestPayment() {
        HealthBed bed = new HealthBed(dir.resolve("data"));
        bed.imported(new AccountFiles(dir.resolve("csv"))
                .account("PF").login("PF", at(0)).payment("PF", at(40), "succeeded").payment("PF", at(10), "failed")
                .account("PR").login("PR", at(0)).payment("PR", at(10), "failed").payment("PR", at(9), "succeeded"));

        assertThat(scoreOf(bed, "PF").fired("payment-failed")).isTrue();
        assertThat(scoreOf(bed, "PR").fired("payment-failed")).isFalse();
    }

    @Test
    void onboardingMissedFiresForAMilestonePastItsDueDateAndNotCompleted() {
        HealthBed bed = new HealthBed(dir.resolve("data"));
        bed.imported(new AccountFiles(dir.resolve("csv"))
                .account("MY").login("MY", at(0)).milestone("MY", "kickoff", ago(1), "")
                .account("MDONE").login("MDONE", at(0)).milestone("MDONE", "kickoff", ago(1), at(2))
                .account("MTODAY").login("MTODAY", at(0)).milestone("MTODAY", "kickoff", ago(0), "")
                .account("MLATE").login("MLATE", at(0)).milestone("MLATE", "kickoff", ago(1), "2026-11-24"));

        assertThat(scoreOf(bed, "MY").fired("onboarding-missed")).isTrue();
        assertThat(scoreOf(bed, "MDONE").fired("onboarding-missed")).isFalse();
        assertThat(scoreOf(bed, "MTODAY").fired("onboarding-missed")).isFalse();
        assertThat(scoreOf(bed, "MLATE").fired("onboarding-missed")).as("completed after the as-of date").isTrue();
    }

    @Test
    void renewal30dLowHealthFiresForARenewalWithin30DaysAndAScoreBelow70() {
        HealthBed bed = new HealthBed(dir.resolve("data"));
        String in30 = AS_OF.plusDays(30).toString();
        String in31 = AS_OF.plusDays(31).toString();
        AccountFiles files = new AccountFiles(dir.resolve("csv"))
                .account("R30", "100", "2026-01-01", in30, "active", "", "").login("R30", at(20))
                .account("R31", "100", "2026-01-01", in31, "active", "", "").login("R31", at(20))
                .account("R30OK", "100", "2026-01-01", in30, "active", "", "");
        for (int day = 0; day < 28; day++) {
            files.login("R30OK", at(day));
        }
        for (String feature : new String[] {"reports", "api", "sso", "exports", "mobile"}) {
            files.featureUse("R30OK", at(1), feature);
        }
        bed.imported(files);

        HealthScore r30 = scoreOf(bed, "R30");
        assertThat(r30.score()).isLessThan(70);
        assertThat(r30.fired("renewal-30d-low-health")).isTrue();
        assertThat(r30.reasons()).filteredOn(r -> r.rule().equals("renewal-30d-low-health")).singleElement()
                .extracting(Reason::detail).isEqualTo("renews in 30 days, on " + in30 + ", with health " + r30.score());
        assertThat(scoreOf(bed, "R31").fired("renewal-30d-low-health")).isFalse();
        HealthScore healthy = scoreOf(bed, "R30OK");
        assertThat(healthy.score()).isGreaterThanOrEqualTo(70);
        assertThat(healthy.fired("renewal-30d-low-health")).isFalse();
    }

    @Test
    void winBackFiresOn30And60And90DaysAfterCancellationOnly() {
        HealthBed bed = new HealthBed(dir.resolve("data"));
        AccountFiles files = new AccountFiles(dir.resolve("csv"));
        for (int days : new int[] {29, 30, 31, 60, 90}) {
            files.account("C" + days, "100", "2025-01-01", "2026-12-31", "cancelled", ago(days), "too expensive")
                    .login("C" + days, ago(days + 20));
        }
        bed.imported(files);

        assertThat(scoreOf(bed, "C29").fired("winback-30-60-90")).isFalse();
        assertThat(scoreOf(bed, "C30").fired("winback-30-60-90")).isTrue();
        assertThat(scoreOf(bed, "C31").fired("winback-30-60-90")).isFalse();
        assertThat(scoreOf(bed, "C60").fired("winback-30-60-90")).isTrue();
        assertThat(scoreOf(bed, "C90").fired("winback-30-60-90")).isTrue();
        assertThat(scoreOf(bed, "C30").reasons()).as("cancelled accounts get only win-back rules")
                .extracting(Reason::rule).containsExactly("winback-30-60-90");
        assertThat(scoreOf(bed, "C30").reasons().get(0).detail())
                .isEqualTo("cancelled 30 days ago, on " + ago(30) + " (reason: too expensive)");
        assertThat(scoreOf(bed, "C29").reasons()).isEmpty();
    }
}
