package io.tenure.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.TenureCli;
import io.tenure.storage.report.SqlQuestionHistory;
import io.tenure.assistant.DailyDigest;
import io.tenure.assistant.Reply;
import io.tenure.outreach.DraftTopics;
import io.tenure.report.OutcomeReport.DraftOutcome;
import io.tenure.report.OutcomeReport.MonthlyChurn;
import io.tenure.report.OutcomeReport.Outcome;
import io.tenure.report.OutcomeReport.SaveRate;
import io.tenure.report.OutreachHistory.Case;
import io.tenure.storage.report.SqlOutcomeHistory;
import io.tenure.support.TestDatabases;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether outreach worked, on a generated history with known answers in a real SQLite file. */
class OutreachOutcomesTest {
    private static final LocalDate SINCE = LocalDate.of(2026, 7, 1);

    @TempDir
    Path data;

    private Jdbi jdbi;

    @BeforeEach
    void writeTheHistory() {
        jdbi = TestDatabases.open(data).jdbi();
        OutreachHistory.write(jdbi);
    }

    private OutcomeReports reports() {
        return new OutcomeReports(new SqlOutcomeHistory(jdbi), DraftTopics.load("config/outreach-templates/topics.yaml"));
    }

    @Test
    void everySentDraftHasItsOutcomeAndScoreChangeAt30_60And90Days() {
        OutcomeReport report = reports().report(SINCE, OutreachHistory.AS_OF);

        assertThat(report.drafts()).extracting(DraftOutcome::draftId)
                .containsExactlyInAnyOrderElementsOf(OutreachHistory.CASES.stream().map(c -> c.account() + "-sent").toList());
        for (Case c : OutreachHistory.CASES) {
            DraftOutcome draft = report.drafts().stream().filter(d -> d.accountId().equals(c.account())).findFirst().orElseThrow();
            assertThat(draft.sentOn()).isEqualTo(c.sentOn());
            assertThat(draft.horizons()).extracting(OutcomeReport.Horizon::outcome).as(c.account())
                    .containsExactlyElementsOf(c.expected());
            for (OutcomeReport.Horizon horizon : draft.horizons()) {
                assertThat(horizon.on()).isEqualTo(c.sentOn().plusDays(horizon.days()));
                if (horizon.outcome() == Outcome.PENDING) {
                    assertThat(horizon.scoreChange()).isNull();
                } else {
                    // The score on the day of sending, not the day before, is the starting point.
                    int change = c.scoreAfter() - c.scoreAtSending();
                    assertThat(horizon.scoreChange()).as(c.account()).isEqualTo(change);
                    assertThat(horizon.score()).isEqualTo(change > 0 ? "up" : change < 0 ? "down" : "same");
                }
            }
        }
    }

    @Test
    void theRuleThatCausedADraftIsTheFirstFiredRuleOfItsTopicsRow() {
        OutcomeReport report = reports().report(SINCE, OutreachHistory.AS_OF);

        for (Case c : OutreachHistory.CASES) {
            assertThat(report.drafts()).filteredOn(d -> d.accountId().equals(c.account()))
                    .extracting(DraftOutcome::rule).containsExactly(c.rule());
        }
    }

    @Test
    void saveRatesByKindAndByRuleCountOnlyDraftsWhoseHorizonHasCome() {
        OutcomeReport report = reports().report(SINCE, OutreachHistory.AS_OF);

        assertRates(report.byKind(), Case::kind);
        assertRates(report.byRule(), Case::rule);
        // The known answers in words: of the three save offers, one cancelled within 60 days (acme) and one
        // downgraded but stayed (bolt); the billing draft is 45 days old, so it has no 60- or 90-day figure.
        assertThat(rate(report.byKind(), "save-offer", 30).rate()).isEqualTo(100.0);
        assertThat(rate(report.byKind(), "save-offer", 90).rate()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(rate(report.byKind(), "billing", 90).drafts()).isZero();
        assertThat(rate(report.byKind(), "billing", 90).rate()).isNull();
    }

    private static void assertRates(List<SaveRate> rates, Function<Case, String> group) {
        Map<String, int[]> expected = new HashMap<>();
        for (Case c : OutreachHistory.CASES) {
            for (int i = 0; i < 3; i++) {
                int[] counts = expected.computeIfAbsent(group.apply(c) + "@" + OutcomeReport.HORIZONS.get(i), k -> new int[2]);
                Outcome outcome = c.expected().get(i);
                if (outcome != Outcome.PENDING) {
                    counts[0]++;
                    counts[1] += outcome == Outcome.CANCELLED ? 0 : 1;
                }
            }
        }
        assertThat(rates).hasSize(expected.size());
        for (SaveRate rate : rates) {
            int[] counts = expected.get(rate.group() + "@" + rate.days());
            assertThat(rate.drafts()).as(rate.toString()).isEqualTo(counts[0]);
            assertThat(rate.saved()).as(rate.toString()).isEqualTo(counts[1]);
            if (counts[0] > 0) {
                assertThat(rate.rate()).isCloseTo(100.0 * counts[1] / counts[0], within(1e-9));
            }
        }
    }

    private static SaveRate rate(List<SaveRate> rates, String group, int days) {
        return rates.stream().filter(r -> r.group().equals(group) && r.days() == days).findFirst().orElseThrow();
    }

    @Test
    void churnPerMonthIsLostCustomersOverCustomersAtTheStartOfTheMonth() {
        OutcomeReport report = reports().report(SINCE, OutreachHistory.AS_OF);

        assertThat(report.churnByMonth()).extracting(MonthlyChurn::month).containsExactly(YearMonth.of(2026, 7),
                YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        for (MonthlyChurn month : report.churnByMonth()) {
            double[] counted = OutreachHistory.churn(month.month());
            assertThat(month.customersAtStart()).as(month.month().toString()).isEqualTo((int) counted[0]);
            assertThat(month.customersLost()).as(month.month().toString()).isEqualTo((int) counted[1]);
            assertThat(month.rate()).isCloseTo(100.0 * counted[1] / counted[0], within(1e-9));
        }
        // September by hand: 8 customers on 31 August (jade signed up in October; gale and harbor had gone);
        // acme (22 September) and kite (3 September) left.
        MonthlyChurn september = report.churnByMonth().get(2);
        assertThat(september.customersAtStart()).isEqualTo(8);
        assertThat(september.customersLost()).isEqualTo(2);
    }

    @Test
    void draftsSentBeforeSinceAreLeftOut() {
        OutcomeReport report = reports().report(OutreachHistory.AS_OF.minusDays(60), OutreachHistory.AS_OF);

        assertThat(report.drafts()).extracting(DraftOutcome::accountId).containsExactly("fjord");
    }

    @Test
    void theCommandPrintsTheSameFiguresAsJson() throws Exception {
        TenureCli cli = new TenureCli(TestDatabases.environment(data));

        int code = cli.run("--data", data.toString(), "report", "outcomes", "--since", SINCE.toString(),
                "--as-of", OutreachHistory.AS_OF.toString(), "--json");

        assertThat(code).as(cli.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.path("drafts")).hasSize(OutreachHistory.CASES.size());
        for (Case c : OutreachHistory.CASES) {
            JsonNode draft = null;
            for (JsonNode d : json.path("drafts")) {
                if (d.path("account_id").asText().equals(c.account())) {
                    draft = d;
                }
            }
            assertThat(draft).as(c.account()).isNotNull();
            assertThat(draft.path("rule").asText()).isEqualTo(c.rule());
            for (int i = 0; i < 3; i++) {
                assertThat(draft.path("horizons").get(i).path("outcome").asText()).isEqualTo(c.expected().get(i).name());
            }
        }
        OutcomeReport report = reports().report(SINCE, OutreachHistory.AS_OF);
        for (SaveRate rate : report.byKind()) {
            JsonNode found = null;
            for (JsonNode r : json.path("by_kind")) {
                if (r.path("group").asText().equals(rate.group()) && r.path("days").asInt() == rate.days()) {
                    found = r;
                }
            }
            assertThat(found).as(rate.toString()).isNotNull();
            assertThat(found.path("saved").asInt()).isEqualTo(rate.saved());
            assertThat(found.path("drafts").asInt()).isEqualTo(rate.drafts());
        }
        assertThat(json.path("churn_by_month").get(2).path("month").asText()).isEqualTo("2026-09");
        assertThat(json.path("churn_by_month").get(2).path("customers_lost").asInt())
                .isEqualTo((int) OutreachHistory.churn(YearMonth.of(2026, 9))[1]);
    }

    @Test
    void theCommandWithoutJsonPrintsTheRatesAndTheDefinitionOfSaved() {
        TenureCli cli = new TenureCli(TestDatabases.environment(data));

        int code = cli.run("--data", data.toString(), "report", "outcomes", "--since", SINCE.toString(),
                "--as-of", OutreachHistory.AS_OF.toString());

        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Saved = still a customer at the horizon", "Save rate by draft kind",
                "save-offer", "66.7% (2 of 3)", "Churn per month", "2026-09");
    }

    @Test
    void theWeeklyDigestSaysWhetherOutreachWorked() {
        DailyDigest daily = day -> Reply.text(Reply.Kind.ACCOUNT_DATA, "Risk digest for " + day);
        LocalDate saturday = OutreachHistory.AS_OF;

        Reply reply = new WeeklyDigest(daily, new QuestionReports(new SqlQuestionHistory(jdbi)), reports(), Optional.of(DayOfWeek.SATURDAY))
                .forDay(saturday);

        // Seven drafts are 90 days old; of them acme, ember, gale and harbor were lost: 3 of 7 saved.
        assertThat(reply.text()).contains("Did outreach work", "42.9% of 7 sent drafts saved at 90 days",
                "in 2026-11");
    }
}
