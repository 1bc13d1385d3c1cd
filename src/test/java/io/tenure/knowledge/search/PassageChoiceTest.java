package io.tenure.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.knowledge.KnowledgeBase;
import io.tenure.knowledge.KnowledgeFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which passages of a found article are shown (round five of issue 10), on small help centers written
 * here as real files (a fictional team board, Tallyboard), through the real index and retriever.
 */
class PassageChoiceTest {
    @TempDir
    Path folder;

    private KnowledgeBase helpCenter() throws IOException {
        return KnowledgeFixtures.ingestedInMemory(folder);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
    }

    /** A second article every help center here has, so that the article found is chosen among others. */
    private static final String SEATS = """
            # Seats on Tallyboard
            Every member of a team takes a seat. Add seats on the Billing page; removed seats stop being billed.
            """;

    /** The text of the one passage shown for an English question, as the asker reads it. */
    private String onlyPassageShownFor(String question) throws IOException {
        try (KnowledgeBase base = helpCenter()) {
            List<ScoredPassage> shown = base.retriever().retrieve(question, "en", 1);
            assertThat(shown).hasSize(1);
            return shown.get(0).passage().text();
        }
    }

    @Test
    void aQuestionAskingHowManyWeeksFindsThePassageThatStatesTheWeeksNotTheArticlesIntroduction() throws IOException {
        write("setup.en.md", """
                # Setting up Tallyboard
                Setting up Tallyboard for a team takes some weeks of work: plan the setup, import your boards and
                train the team. Teams of 5 to 50 people usually name one setup lead; the weeks go faster with one.

                ## Timeline
                Most teams plan the setup together before anything is imported, so that nobody waits.

                A typical Tallyboard setup takes 6 weeks from the first import to the whole team on its boards.
                """);
        write("billing.en.md", """
                # Paying for Tallyboard
                Tallyboard is billed per seat every month. Add or remove seats on the Billing page.
                """);

        assertThat(onlyPassageShownFor("How many weeks does a Tallyboard setup take?")).contains("6 weeks");
    }

    @Test
    void aHowLongQuestionIsAnsweredByTheAmountOfTimeNotByAPercentageBesideTheSameWords() throws IOException {
        write("setup.en.md", """
                # Setting up Tallyboard
                Tallyboard is set up by a setup lead, who plans the setup with the team.

                ## Choosing a setup plan
                Pick the setup plan that covers 60% of your boards: a Tallyboard setup takes less planning then.

                ## Timeline
                A typical Tallyboard setup takes 2 months from the first import to the whole team on its boards.
                """);
        write("seats.en.md", SEATS);

        // "months" is no word of the question: only the measure asked (time) tells 2 months from 60%.
        assertThat(onlyPassageShownFor("How long does a Tallyboard setup take?")).contains("2 months");
    }

    @Test
    void anAmountOfTimeHoldsTheDurationAskedThoughThePassageNamesNoDurationWord() throws IOException {
        write("setup.en.md", """
                # Setting up Tallyboard
                Tallyboard is set up by a setup lead, who plans the setup with the team.

                ## Planning the Tallyboard setup
                Take a few days to plan: a Tallyboard setup takes less work when the plan covers most of your boards.

                ## Timeline
                A typical Tallyboard setup: 2 months from the first import to the whole team on its boards.
                """);
        write("seats.en.md", SEATS);

        // "days" is a word of the duration concept; "2 months" states a duration without one.
        assertThat(onlyPassageShownFor("How long does a Tallyboard setup take?")).contains("2 months");
    }

    @Test
    void aPassageIntroducingWhatFollowsIsShownWithTheSectionAfterIt() throws IOException {
        write("retention.en.md", """
                # Measuring retention on Tallyboard
                Tallyboard's retention report shows how many teams keep using their boards.

                ## What to track every month
                Track these figures on the retention report every month:

                ## Churn rate
                The share of teams lost in a month, divided by the teams at its start. Aim to lower it by 5% a quarter.

                ## Active boards
                Boards edited in the last 30 days, as a share of all boards.
                """);

        try (KnowledgeBase base = helpCenter()) {
            List<ScoredPassage> shown = base.retriever().retrieve("Which figures should I track every month on the retention report?", "en", 3);

            assertThat(shown).isNotEmpty();
            ScoredPassage introduction = shown.stream()
                    .filter(p -> p.passage().text().startsWith("Track these figures")).findFirst().orElseThrow();
            assertThat(introduction.passage().text()).contains("Churn rate").contains("lower it by 5% a quarter");
            assertThat(shown).filteredOn(p -> p.passage().text().startsWith("The share of teams lost")).isEmpty();
        }
    }

    @Test
    void aQuestionAskingHowOftenFindsThePassageStatingTheFrequencyNotTheOneRepeatingItsWords() throws IOException {
        write("check-ins.en.md", """
                # Check-ins with customers on Tallyboard
                Check-ins keep new customers on their boards. A check-in with new customers is the best time to
                ask what new customers still miss, and customers who get check-ins stay longer.

                ## A rhythm for each kind of customer
                New customers get a weekly call from their lead in their first month; long-standing customers get a
                quarterly review of their boards.
                """);
        write("billing.en.md", """
                # Paying for Tallyboard
                Tallyboard is billed per seat every month. Add or remove seats on the Billing page.
                """);

        assertThat(onlyPassageShownFor("How often should we check in with new customers?")).contains("weekly call");
    }

    @Test
    void aQuestionAskingWhenFindsThePassageThatStatesFromWhenNotTheOneThatNamesTheSameThings() throws IOException {
        write("seat-tiers.en.md", """
                # Seat tiers on Tallyboard
                A seat tier sets how many people can use your boards. Raising the seat tier and the full price of a
                seat tier are both shown on the Billing page, next to the price of your current seat tier.

                ## Raising your tier
                The new limit applies to your workspace at once. You pay a prorated amount until the end of the
                current billing cycle; from the next billing cycle the new tier is billed in full.
                """);
        write("invoices.en.md", """
                # Tallyboard invoices
                Every invoice lists your seats and the month it covers. Download invoices on the Billing page.
                """);

        assertThat(onlyPassageShownFor("When is the full price of a higher seat tier charged?"))
                .contains("from the next billing cycle");
    }

    private void writeClosingGuide() throws IOException {
        write("closing.en.md", """
                # How do I close my Tallyboard account?

                ## Why teams close their Tallyboard account
                Teams close their Tallyboard account and end their subscription for many reasons: a smaller \
                budget, a merger, or a subscription that no longer fits. Closing the account ends the subscription \
                for the whole team, so talk about closing the Tallyboard account with the team before you close it.

                ## A step-by-step guide
                First, log in to Tallyboard and open Settings. Next, click Close account and confirm with your \
                password. Finally, download your boards before the last day.

                ## When the automatic renewal surprises you
                Yearly plans renew on their own: the automatic renewal charges the card a month before the year ends.
                """);
        write("billing.en.md", """
                # Paying for Tallyboard
                Tallyboard is billed per seat every month. Add or remove seats on the Billing page.
                """);
    }

    @Test
    void aQuestionAskingHowToDoWhatTheArticleIsAboutFindsItsStepsNotTheReasonsRepeatingItsWords() throws IOException {
        writeClosingGuide();

        assertThat(onlyPassageShownFor("How do I close my Tallyboard account?")).contains("First, log in");
    }

    @Test
    void aHowToQuestionAboutWhatTheArticleMentionsOnceIsNotAnsweredWithTheStepsForSomethingElse() throws IOException {
        writeClosingGuide();

        assertThat(onlyPassageShownFor("How do I stop the automatic renewal in the settings of my Tallyboard account?"))
                .contains("automatic renewal charges");
    }

    @Test
    void aQuestionAskingHowManyTimesIsAskingForACountNotForHowOften() throws IOException {
        write("retries.en.md", """
                # Failed payments on Tallyboard
                When a payment fails we retry the card. Most cards are retried every few days; a retried card that
                keeps failing pauses the workspace.

                ## Retries
                A failed payment is retried 3 times, 3, 5 and 7 days after the first attempt.
                """);
        write("billing.en.md", """
                # Paying for Tallyboard
                Tallyboard is billed per seat every month. Add or remove seats on the Billing page.
                """);

        assertThat(onlyPassageShownFor("How many times is a failed payment retried?")).contains("3 times");
    }

    @Test
    void anAmountFollowedByTheThingCountedIsReadToTheEndOfItsWordNotCutAtAFixedWidth() throws IOException {
        write("mailing.en.md", """
                # Mailing lists on Tallyboard
                Tallyboard mailing lists send your newsletters to the contacts of a board, with their own billing.

                ## Mailing list billing
                Mailing list billing follows the contacts of each list: the billing page lists every mailing list.

                ## Choosing a size
                Pick any size between 1k and 50k marketing contacts on the billing page.
                """);

        assertThat(onlyPassageShownFor("How many contacts can a mailing list have?"))
                .contains("50k marketing contacts");
    }

    @Test
    void aPassageThatDoesNotNameWhatItsArticleIsAboutCanStillBeShownFromThatArticle() throws IOException {
        write("broadcasts.en.md", """
                # Broadcasts: plans and billing
                Broadcasts is the newsletter add-on of Tallyboard, billed per contact on an invoice of its own.

                ## Trying Broadcasts
                Try Broadcasts free for three weeks: open the Broadcasts page and click Try free.

                ## Cancelling Broadcasts
                To cancel Broadcasts, untick the Broadcasts add-on on the Billing page and confirm.

                ## Choosing your audience size
                Drag the slider to pick between 1k and 50k contacts: the more contacts, the lower the price per contact.
                """);
        write("seats.en.md", """
                # Seats and prices
                The price of a seat is the same every month. A contact who is not a member needs no seat.

                ## Price changes
                A price change applies from the next month. Contacts and members are listed on the Team page.
                """);

        assertThat(onlyPassageShownFor("How much is the price per contact for Broadcasts?")).contains("50k contacts");
    }

    @Test
    void aListOfToolsCutIntoSeveralPassagesIsShownWithTheToolsAfterTheOneFoundUnderItsHeading() throws IOException {
        // Each tool is a paragraph of its own, long enough that the splitter gives each its own passage.
        write("retention-tools.en.md", """
                # Keeping customers on Tallyboard

                ## Tools that help keep customers
                Boardkeeper: a customer success board for small software teams that follow their accounts every \
                week. It keeps a health score per account from logins, board edits and support tickets, and warns the \
                account owner when the score drops. Its playbooks send a check-in email and open a task for the owner.

                Seatwatch: seat and usage analytics for teams that sell per seat and want to see unused seats before \
                the renewal. It lists the seats nobody used in thirty days and the teams that grew past their plan, \
                and it sends the account owner a weekly digest with both lists and the renewals of the coming month.

                Pulsepoll: short surveys inside the product for teams that want to hear from customers before they \
                leave. It asks one question after a board is closed or a plan is downgraded, groups the answers by \
                reason and shows the reasons that grew since last month, so the team can answer the largest first.

                ## Paying for the tools
                Each tool is billed by its own vendor; Tallyboard does not charge for connecting them to your boards.
                """);

        try (KnowledgeBase base = helpCenter()) {
            List<ScoredPassage> shown = base.retriever().retrieve("Which tools help keep customers?", "en", 3);

            ScoredPassage tools = shown.stream().filter(p -> p.passage().text().contains("Boardkeeper"))
                    .findFirst().orElseThrow();
            assertThat(tools.passage().text()).contains("Seatwatch").doesNotContain("Paying for the tools");
            assertThat(tools.passage().section()).isEqualTo("Tools that help keep customers");
            assertThat(shown).filteredOn(p -> p.passage().text().startsWith("Seatwatch")).isEmpty();
        }
    }

    @Test
    void amongAnArticlesManyAmountsTheOneWrittenBesideTheAskedWordIsShownFirst() throws IOException {
        // "40% of the teams" counts teams, a word of the question: without looking at what stands beside each
        // amount, the passage explaining why teams churn goes first.
        write("churn.en.md", """
                # Churn on Tallyboard
                Churn is the share of teams that stop paying for Tallyboard. Keeping teams costs less than winning
                new teams, so every team lead should watch churn first.

                ## Why teams churn
                Teams churn when their boards go quiet: 40% of the teams that churned had no board edited in their
                last weeks, and 25% of the churned teams had never invited a second member.

                ## Measuring churn
                Count the teams lost in a month and divide by the teams at its start: that is your churn rate.

                ## Goal
                Aim to cut it by at least 5-10% against the month before.
                """);
        write("seats.en.md", SEATS);

        assertThat(onlyPassageShownFor("How much should teams reduce churn?")).contains("5-10%");
    }

    @Test
    void theAnswerToTheHelpCentersOwnHowMuchHeadingIsShownWhenItCountsTheThingAskedThoughItRepeatsLittleElse()
            throws IOException {
        // "20 boards" under "How much does it cost?" names neither the plan nor Tallyboard: too little of the
        // question to be evidence alone, but the help center's own answer to an amount of what is asked.
        write("pricing.en.md", """
                # What a project tool really costs
                Every project tool sells plans, and the starter plan of each one is where most teams begin. Compare the
                starter plan of each tool with the plan your team will need a year from now.

                ## What a plan gives you
                A starter plan on Tallyboard includes comments, the calendar and the mobile app. Every plan includes
                email support.

                ## How much does it cost?
                It begins at $9 a month with 20 boards and up to 5 members.

                ## Upgrading later
                Moving from the starter plan to a larger plan keeps your boards and members.
                """);
        write("seats.en.md", SEATS);

        assertThat(onlyPassageShownFor("How many boards are included in the Tallyboard starter plan?"))
                .contains("20 boards");
    }

    @Test
    void aQuestionAskingWhatAToolCostsFindsThePriceWrittenAsAWordNotTheToolsOtherPassages() throws IOException {
        // "free forever" is the Pulseboard row's price: no number, no currency sign, but a price all the same.
        write("tools.en.md", """
                # Tools for keeping customers
                Keeping customers takes the right tools. Pulseboard and Chartwise are the two most teams compare.

                ## How Pulseboard lowers the cost of churn
                Pulseboard warns your team before a customer leaves, so Pulseboard pays for itself: every customer
                Pulseboard keeps is revenue you would have lost at great cost.

                ## Tool, best for, price
                Pulseboard: small success teams watching health scores, free forever.
                Chartwise: large teams with many accounts, price on request.
                """);
        write("seats.en.md", SEATS);

        assertThat(onlyPassageShownFor("How much does Pulseboard cost?")).contains("free forever");
    }

    @Test
    void aQuestionAskingForColoursFindsThePassageNamingTheColoursNotTheOnesRepeatingItsWords() throws IOException {
        // "colors" is a word the help center never writes; the colours' names answer it.
        write("health.en.md", """
                # Health scores on Tallyboard
                Every account on Tallyboard has a health score. The health score is updated each night, and the
                health score of an account is shown on its page.

                ## Reading a health score
                Start simple: green for a healthy account, yellow for one at risk and red for one in trouble.

                ## Health score alerts
                A health score alert tells the owner when the health score of an account drops, and every health
                score alert goes to the owner's inbox.
                """);
        write("seats.en.md", SEATS);

        assertThat(onlyPassageShownFor("health score colors")).contains("green for a healthy account");
    }
}
