package io.tenure.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.App;
import io.tenure.chat.console.ConsoleChat;
import io.tenure.config.ConfigLoader;
import io.tenure.health.HealthBed;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console chat on the embedded default (demo accounts ACC-00001 … ACC-00040; "agent", "manager" and
 * "approver" staff, anyone else a customer): staff typos, and what customers can and cannot learn.
 */
class StaffChatTest {
    @TempDir
    Path dir;

    App app;

    @BeforeEach
    void givenTheDemoAccounts() {
        app = new App(ConfigLoader.load(null, dir, Map.of()), HealthBed.CLOCK);
        app.prepare();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String chat(String user, String lines) throws Exception {
        StringWriter out = new StringWriter();
        new ConsoleChat(app.assistant(), app.roles().caller(user, "console"), new PrintWriter(out), false)
                .run(new BufferedReader(new StringReader(lines)));
        // The replies alone: piped input is echoed as "> line" before each reply.
        return out.toString().lines().filter(line -> !line.startsWith("> ")).collect(
                java.util.stream.Collectors.joining("\n", "", "\n"));
    }

    private int recordedQuestions() {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM question")
                .mapTo(Integer.class).one());
    }

    @Test
    void aStaffMembersMistypedCommandGetsDidYouMeanAndIsNotRecordedAsAQuestion() throws Exception {
        String risks = chat("agent", "risks\n");
        String acount = chat("agent", "acount acc-00037\n");
        String aprove = chat("approver", "aprove d-abc1234\n");

        assertThat(risks).contains("Did you mean risk?").doesNotContain("follow up");
        assertThat(acount).contains("Did you mean account acc-00037?");
        assertThat(aprove).contains("Did you mean approve d-abc1234?");
        assertThat(recordedQuestions()).isZero();
    }

    @Test
    void aStaffMembersQuestionIsStillAnsweredAsAQuestion() throws Exception {
        String reply = chat("agent", "How do I cancel my plan?\n");

        assertThat(reply).doesNotContain("Did you mean");
        assertThat(recordedQuestions()).isEqualTo(1);
    }

    @Test
    void aCustomerWhoMistypesACommandNeverGetsDidYouMean() throws Exception {
        String reply = chat("someone", "risks\n");

        assertThat(reply).doesNotContain("Did you mean").doesNotContain("`risk`").doesNotContain("risk?");
        assertThat(recordedQuestions()).isEqualTo(1);
    }

    @Test
    void aCustomerTypingAStaffCommandGetsTheHelpCenterAndNoRoleNames() throws Exception {
        String reply = chat("someone", "risk\ndraft ACC-00037\ndrafts\n");

        assertThat(reply).doesNotContain("role").doesNotContain("agent").doesNotContain("manager")
                .doesNotContain("approver").doesNotContain("ACC-000");
    }

    @Test
    void aCustomerCannotTellAnExistingAccountIdFromAMadeUpOne() throws Exception {
        String existing = chat("someone", "account ACC-00001\n");
        String madeUp = chat("someone", "account ACC-99999\n");

        assertThat(existing).isEqualTo(madeUp).doesNotContain("role").doesNotContain("Score history");
    }

    @Test
    void aCustomerAskingAboutAccountDeletionGetsTheHelpCenterAnswer() throws Exception {
        String reply = chat("someone", "account deletion?\n");

        assertThat(reply).doesNotContain("role").doesNotContain("No account");
        assertThat(recordedQuestions()).isEqualTo(1);
    }

    @Test
    void aStaffMemberGivingAnIdThatDoesNotExistIsToldSo() throws Exception {
        String reply = chat("agent", "account ACC-99999\n");

        assertThat(reply).contains("No account ACC-99999");
        assertThat(recordedQuestions()).isZero();
    }

    @Test
    void anApproverSeesTheAccountAndTheRiskListBehindTheDraftsTheyApprove() throws Exception {
        String reply = chat("approver", "account ACC-00037\nrisk\n");

        assertThat(reply).contains("ACC-00037").contains("Score history").contains("Accounts at risk as of 2026-11-21");
    }

    @Test
    void aSecondSaveOfferForAnAccountIsRefusedAndACheckInBesideItComesWithANote() throws Exception {
        String reply = chat("agent", "draft ACC-00037 save-offer\ndraft ACC-00037 save-offer\ndraft ACC-00037 check-in\n");

        String firstId = app.approvals().pending().stream().filter(d -> d.kind().equals("save-offer")).findFirst()
                .orElseThrow().id();
        assertThat(reply).contains("A save-offer draft for ACC-00037 is already waiting for review: " + firstId)
                .contains("also has " + firstId + " (save-offer) waiting for review");
        assertThat(app.approvals().pending()).hasSize(2);
    }
}
