package io.tenure.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.health.importing.BadRow;
import io.tenure.health.importing.FileResult;
import io.tenure.health.importing.ImportReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountImportTest {
    @TempDir
    Path dir;

    HealthBed bed;
    List<String> before;

    /** Given a database that already holds one imported account with some signals. */
    @BeforeEach
    void importAGoodSet() {
        bed = new HealthBed(dir.resolve("data"));
        bed.imported(new AccountFiles(dir.resolve("good")).account("A1").login("A1", "2026-11-20T08:00:00Z")
                .ticket("T1", "A1", "2026-11-18T09:00:00Z", "").nps("A1", "2026-11-01", 8)
                .payment("A1", "2026-11-01T03:00:00Z", "succeeded").milestone("A1", "kickoff", "2026-01-08", ""));
        before = bed.snapshot();
    }

    private FileResult rejectedFile(AccountFiles files, String file) {
        ImportReport report = bed.importFolder(files.write());
        assertThat(report.anyRejected()).isTrue();
        return report.files().stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow();
    }

    private void assertRejectedAt(FileResult result, long line, String column, String reasonPart) {
        assertThat(result.rejected()).isTrue();
        BadRow bad = result.errors().get(0);
        assertThat(bad.file()).isEqualTo(result.file());
        assertThat(bad.line()).isEqualTo(line);
        assertThat(bad.column()).isEqualTo(column);
        assertThat(bad.reason()).contains(reasonPart);
        assertThat(bad.toString()).startsWith(result.file() + " line " + line + ", column " + column + ": ");
        assertThat(bed.snapshot()).as("nothing written").isEqualTo(before);
    }

    @Test
    void aMissingRequiredColumnRejectsTheFileAtItsHeader() {
        AccountFiles files = new AccountFiles(dir.resolve("in"))
                .header("accounts.csv", AccountFiles.ACCOUNT_HEADER.replace(",status", ""))
                .raw("accounts.csv", "A2,Beta,team,10,USD,1,2026-01-01,,ana,a@example.com,en,,");

        assertRejectedAt(rejectedFile(files, "accounts.csv"), 1, "status", "missing required column");
    }

    @Test
    void aSemicolonSeparatedFileIsRefusedOnceAtItsHeaderSayingWhichSeparatorItUses() {
        AccountFiles files = new AccountFiles(dir.resolve("in"))
                .header("accounts.csv", AccountFiles.ACCOUNT_HEADER.replace(',', ';'))
                .raw("accounts.csv", "A2;Beta;team;10;USD;1;2026-01-01;;ana;a@example.com;en;active;;");

        FileResult result = rejectedFile(files, "accounts.csv");

        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().get(0).toString())
                .isEqualTo("accounts.csv line 1: the header is separated by ';', not commas: "
                        + "save the file as comma-separated CSV");
        assertThat(bed.snapshot()).as("nothing written").isEqualTo(before);
    }

    @Test
    void severalMissingColumnsAreNamedTogetherInOneMessage() {
        AccountFiles files = new AccountFiles(dir.resolve("in"))
                .header("accounts.csv", AccountFiles.ACCOUNT_HEADER.replace(",status", "").replace(",plan", ""))
                .raw("accounts.csv", "A2,Beta,10,USD,1,2026-01-01,,ana,a@example.com,en,,");

        FileResult result = rejectedFile(files, "accounts.csv");

        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().get(0).column()).isEqualTo("plan, status");
        assertThat(result.errors().get(0).reason()).startsWith("missing required columns; the header has: account_id");
    }

    @Test
    void aWrongTypeIsRejectedWithItsLineAndColumn() {
        AccountFiles files = new AccountFiles(dir.resolve("in")).account("A2")
                .raw("accounts.csv", "A3,Gamma,team,lots,USD,5,2026-01-01,,ana,g@example.com,en,active,,");

        assertRejectedAt(rejectedFile(files, "accounts.csv"), 3, "mrr", "not a number: 'lots'");
    }

    @Test
    void aBadDateIsRejected() {
        AccountFiles files = new AccountFiles(dir.resolve("in")).raw("activity.csv", "A1,2026-13-01,login,u,");

        assertRejectedAt(rejectedFile(files, "activity.csv"), 2, "occurred_at", "not an ISO-8601 date");
    }

    @Test
    void anUnknownAccountIsRejected() {
        AccountFiles files = new AccountFiles(dir.resolve("in")).login("A1", "2026-11-19T08:00:00Z")
                .login("NOPE", "2026-11-19T08:00:00Z");

        assertRejectedAt(rejectedFile(files, "activity.csv"), 3, "account_id", "unknown account 'NOPE'");
    }

    @Test
    void anNpsScoreOutOfRangeIsRejected() {
        AccountFiles files = new AccountFiles(dir.resolve("in")).nps("A1", "2026-11-02", 7).nps("A1", "2026-11-03", 11);

        assertRejectedAt(rejectedFile(files, "nps.csv"), 3, "score", "out of range 0–10: 11");
    }

    @Test
    void aTicketClosedBeforeItOpenedIsRejected() {
        AccountFiles files = new AccountFiles(dir.resolve("in"))
                .ticket("T9", "A1", "2026-11-10T09:00:00Z", "2026-11-09T09:00:00Z");

        assertRejectedAt(rejectedFile(files, "tickets.csv"), 2, "closed_at", "before opened");
    }

    @Test
    void anAccountCancelledBeforeItSignedUpIsRejected() {
        AccountFiles files = new AccountFiles(dir.resolve("in"))
                .account("A4", "10", "2026-05-01", "", "cancelled", "2026-04-01", "price");

        assertRejectedAt(rejectedFile(files, "accounts.csv"), 2, "cancelled_at", "before signup");
    }

    @Test
    void aBadStatusIsRejected() {
        AccountFiles files = new AccountFiles(dir.resolve("in"))
                .account("A5", "10", "2026-05-01", "", "frozen", "", "");

        assertRejectedAt(rejectedFile(files, "accounts.csv"), 2, "status", "'frozen' is not one of active, cancelled, paused");
    }

    @Test
    void aBadPaymentStatusIsRejected() {
        AccountFiles files = new AccountFiles(dir.resolve("in")).payment("A1", "2026-11-02T03:00:00Z", "pending");

        assertRejectedAt(rejectedFile(files, "payments.csv"), 2, "status", "'pending' is not one of");
    }

    @Test
    void aRejectedFileDoesNotStopTheOtherFilesAndEveryBadRowIsCounted() {
        AccountFiles files = new AccountFiles(dir.resolve("in"))
                .ticket("T7", "A1", "2026-11-10T09:00:00Z", "2026-11-09T09:00:00Z")
                .ticket("T8", "NOPE", "2026-11-10T09:00:00Z", "")
                .nps("A1", "2026-11-15", 3);

        ImportReport report = bed.importFolder(files.write());

        FileResult tickets = report.files().stream().filter(f -> f.file().equals("tickets.csv")).findFirst().orElseThrow();
        assertThat(tickets.badRows()).isEqualTo(2);
        assertThat(tickets.errors()).extracting(BadRow::line).containsExactly(2L, 3L);
        assertThat(report.files()).filteredOn(f -> f.file().equals("nps.csv")).singleElement()
                .satisfies(f -> assertThat(f.rows()).isEqualTo(1));
        assertThat(count("nps_response")).isEqualTo(2);
        assertThat(count("ticket")).as("only the ticket imported before").isEqualTo(1);
    }

    private int count(String table) {
        Integer rows = bed.database.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table)
                .mapTo(Integer.class).one());
        return rows;
    }

    @Test
    void reImportingTheSameFilesChangesNothing() {
        bed.importFolder(dir.resolve("good"));

        assertThat(bed.snapshot()).isEqualTo(before);
    }

    @Test
    void aFileWithABomCrlfLineEndsQuotedFieldsAndExtraColumnsImports() throws IOException {
        Path in = dir.resolve("bom");
        Files.createDirectories(in);
        String csv = "\uFEFFaccount_id,responded_at,score,comment,channel\r\n"
                + "A1,2026-11-16T10:00:00+09:00,6,\"Slow, and \"\"buggy\"\"\r\nsince the update\",email\r\n";
        Files.writeString(in.resolve("nps.csv"), csv, StandardCharsets.UTF_8);

        ImportReport report = bed.importFolder(in);

        assertThat(report.anyRejected()).as("%s", report.files()).isFalse();
        String comment = bed.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT comment FROM nps_response WHERE responded_at = :at")
                .bind("at", io.tenure.storage.SqlValues.seconds(h, java.time.Instant.parse("2026-11-16T01:00:00Z").getEpochSecond()))
                .mapTo(String.class).one());
        assertThat(comment).isEqualTo("Slow, and \"buggy\"\r\nsince the update");
    }
}
