package io.tenure.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default rule cancel-intent: a customer's question about leaving lowers the account's health. */
class CancelIntentRuleTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

    @TempDir
    Path dir;

    private static String at(int daysAgo) {
        return AS_OF.minusDays(daysAgo) + "T10:00:00Z";
    }

    private static void asked(HealthBed bed, String accountId, int daysAgo, String question, String intent) {
        bed.database.jdbi().useHandle(h -> h.createUpdate("INSERT INTO cancel_intent (account_id, question, intent, "
                        + "asked_at) VALUES (:a, :q, :i, :at)")
                .bind("a", accountId).bind("q", question).bind("i", intent)
                .bind("at", io.tenure.storage.SqlValues.seconds(h, Instant.parse(at(daysAgo)).getEpochSecond())).execute());
    }

    private static HealthScore scoreOf(HealthBed bed, String id) {
        return bed.directory.find(id, AS_OF).orElseThrow().health();
    }

    /** Twins: the same account data, so any difference in score is the rule's. */
    private HealthBed twins(String... ids) {
        HealthBed bed = new HealthBed(dir.resolve("data"));
        AccountFiles files = new AccountFiles(dir.resolve("csv"));
        for (String id : ids) {
            files.account(id).login(id, at(1));
        }
        bed.imported(files);
        return bed;
    }

    @Test
    void aQuestionAboutCancellingFiresTheRuleAndTakesThePenaltyOffTheScore() {
        HealthBed bed = twins("ASKED", "QUIET");
        asked(bed, "ASKED", 2, "How do I cancel?", "cancel");

        HealthScore asked = scoreOf(bed, "ASKED");
        HealthScore quiet = scoreOf(bed, "QUIET");

        assertThat(quiet.fired("cancel-intent")).isFalse();
        assertThat(asked.reasons()).filteredOn(r -> r.rule().equals("cancel-intent")).singleElement()
                .satisfies(r -> {
                    assertThat(r.detail()).isEqualTo("asked \"How do I cancel?\" on 2026-11-19 (cancel)");
                    assertThat(r.ownerRole()).isEqualTo("account owner");
                });
        assertThat(asked.score()).isEqualTo(quiet.score() - 15);
    }

    @Test
    void theRuleLooksBack14DaysCountingToday() {
        HealthBed bed = twins("D13", "D14");
        asked(bed, "D13", 13, "Can I get a refund?", "refund");
        asked(bed, "D14", 14, "Can I get a refund?", "refund");

        assertThat(scoreOf(bed, "D13").fired("cancel-intent")).isTrue();
        assertThat(scoreOf(bed, "D14").fired("cancel-intent")).isFalse();
        assertThat(scoreOf(bed, "D14").score()).isEqualTo(scoreOf(bed, "D13").score() + 15);
    }

    @Test
    void aQuestionAskedAfterTheAsOfDateIsNotSeen() {
        HealthBed bed = twins("LATER");
        asked(bed, "LATER", -1, "How do I cancel?", "cancel");

        assertThat(scoreOf(bed, "LATER").fired("cancel-intent")).isFalse();
    }

    @Test
    void scoringEveryAccountSeesTheSignalLikeScoringOne() {
        HealthBed bed = twins("ASKED", "QUIET");
        asked(bed, "ASKED", 0, "We were charged twice", "billing-complaint");
        asked(bed, "ASKED", 3, "How do I cancel?", "cancel");

        List<AccountHealth> all = bed.directory.scoreAll(AS_OF);

        AccountHealth asked = all.stream().filter(a -> a.account().id().equals("ASKED")).findFirst().orElseThrow();
        assertThat(asked.health()).isEqualTo(scoreOf(bed, "ASKED"));
        assertThat(asked.health().reasons()).filteredOn(r -> r.rule().equals("cancel-intent")).singleElement()
                .satisfies(r -> assertThat(r.detail()).isEqualTo("asked \"We were charged twice\" on 2026-11-21 "
                        + "(billing-complaint); 2 such questions in the last 14 days"));
        assertThat(bed.directory.atRisk(AS_OF, 10)).extracting(a -> a.account().id()).contains("ASKED")
                .doesNotContain("QUIET");
    }

    @Test
    void aRuleThatReadsTheScoreSeesItAfterThePenalty() {
        // Renewing in 20 days with health 82: above the renewal rule's 70 until the penalty takes 15 off.
        HealthBed bed = new HealthBed(dir.resolve("data"));
        AccountFiles files = new AccountFiles(dir.resolve("csv"));
        for (String id : List.of("ASKED", "QUIET")) {
            files.account(id, "100", "2026-01-01", AS_OF.plusDays(20).toString(), "active", "", "").login(id, at(1));
        }
        bed.imported(files);
        asked(bed, "ASKED", 1, "How do I cancel?", "cancel");

        HealthScore quiet = scoreOf(bed, "QUIET");
        HealthScore asked = scoreOf(bed, "ASKED");

        assertThat(quiet.score()).isBetween(70, 84);
        assertThat(quiet.fired("renewal-30d-low-health")).isFalse();
        assertThat(asked.score()).isEqualTo(quiet.score() - 15);
        assertThat(asked.reasons()).extracting(Reason::rule).contains("cancel-intent", "renewal-30d-low-health");
        assertThat(asked.reasons()).filteredOn(r -> r.rule().equals("renewal-30d-low-health")).singleElement()
                .satisfies(r -> assertThat(r.detail()).endsWith("with health " + asked.score()));
    }
}
