package io.tenure.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.health.importing.BadRow;
import io.tenure.health.importing.FileResult;
import io.tenure.health.importing.ImportReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import files that would once have changed data on the way in (issue 13, items 3, 7, 8, 15): each is
 * refused with its file, line, column and reason, writes nothing, and the other files still import.
 */
class ImportRefusalsTest {
    @TempDir
    Path dir;

    HealthBed bed;
    List<String> before;
    Path in;

    /** Given a real SQLite database holding one imported account, A1. */
    @BeforeEach
    void importOneAccount() throws IOException {
        bed = new HealthBed(dir.resolve("data"));
        bed.imported(new AccountFiles(dir.resolve("good")).account("A1")
                .ticket("T1", "A1", "2026-11-18T09:00:00Z", ""));
        before = bed.snapshot();
        in = Files.createDirectories(dir.resolve("in"));
    }

    private FileResult result(ImportReport report, String file) {
        return report.files().stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow();
    }

    private BadRow refused(ImportReport report, String file, long line, String column) {
        FileResult result = result(report, file);
        assertThat(result.rejected()).as("%s rejected", file).isTrue();
        assertThat(result.rows()).isZero();
        BadRow bad = result.errors().get(0);
        assertThat(bad.line()).as("line").isEqualTo(line);
        assertThat(bad.column()).as("column").isEqualTo(column);
        assertThat(bad.toString()).startsWith(file + " line " + line + ", column " + column + ": ");
        return bad;
    }

    private ImportReport importAccounts(String... rows) {
        AccountFiles files = new AccountFiles(in);
        for (String row : rows) {
            files.raw("accounts.csv", row);
        }
        return bed.importFolder(files.write());
    }

    private static String account(String id, String name, String mrr, String email, String cancelReason) {
        return id + "," + name + ",team," + mrr + ",USD,5,2026-01-01,2027-06-01,ana," + email + ",en,"
                + (cancelReason.isEmpty() ? "active,," : "cancelled,2026-10-01,") + cancelReason;
    }

    private String stored(String sql) {
        return bed.database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).findOne().orElse(null));
    }

    // A NUL byte: SQLite would store it, PostgreSQL's COPY failed the whole import without naming a cell.

    @Test
    void aNulByteInANameIsRefusedWithItsLineAndColumnOnEitherDatabase() {
        ImportReport report = importAccounts(account("A2", "Beta", "10", "b@beta.example", ""),
                account("A3", "Gamma\u0000Corp", "10", "g@gamma.example", ""));

        BadRow bad = refused(report, "accounts.csv", 3, "name");

        assertThat(bad.reason()).contains("NUL");
        assertThat(bed.snapshot()).isEqualTo(before);
    }

    // Item 7: a Latin-1 byte became "M�ller GmbH".

    @Test
    void aLatin1ByteIsRefusedWithItsLineAndColumnInsteadOfImportedAsAReplacementCharacter() throws IOException {
        Files.write(in.resolve("accounts.csv"), (AccountFiles.ACCOUNT_HEADER + "\n"
                + account("A2", "Beta", "10", "b@beta.example", "") + "\n"
                + account("A3", "Müller GmbH", "10", "m@mueller.example", "") + "\n").getBytes(StandardCharsets.ISO_8859_1));

        ImportReport report = bed.importFolder(in);

        BadRow bad = refused(report, "accounts.csv", 3, "name");
        assertThat(bad.reason()).contains("not valid UTF-8").contains("0xFC").contains("character 5")
                .contains("--encoding");
        assertThat(bed.snapshot()).as("nothing written").isEqualTo(before);
    }

    @Test
    void validUtf8InEveryScriptAndQuotedLineBreaksImportUnchanged() {
        ImportReport report = importAccounts(account("A20", "\"주식회사 오르빗, \"\"서울\"\"\"", "10", "k@orbit.example", ""),
                account("A21", "บริษัท ตัวอย่าง", "10", "t@th.example", ""),
                account("A22", "Emoji 🚀 Ltd", "10", "e@emoji.example", "\"left:\nprice 💸\""));

        assertThat(report.anyRejected()).as("%s", report.files()).isFalse();
        assertThat(stored("SELECT name FROM account WHERE id = 'A20'")).isEqualTo("주식회사 오르빗, \"서울\"");
        assertThat(stored("SELECT cancel_reason FROM account WHERE id = 'A22'")).isEqualTo("left:\nprice 💸");
    }

    @Test
    void anOverlongUtf8SequenceIsRefusedToo() throws IOException {
        byte[] row = (AccountFiles.ACCOUNT_HEADER + "\n" + account("A23", "Slash X", "10", "s@s.example", "") + "\n")
                .getBytes(StandardCharsets.UTF_8);
        int slash = new String(row, StandardCharsets.UTF_8).indexOf("Slash X") + 5;
        byte[] bytes = new byte[row.length + 1];
        System.arraycopy(row, 0, bytes, 0, slash);
        bytes[slash] = (byte) 0xC0;
        bytes[slash + 1] = (byte) 0xAF;
        System.arraycopy(row, slash + 1, bytes, slash + 2, row.length - slash - 1);
        Files.write(in.resolve("accounts.csv"), bytes);

        assertThat(refused(bed.importFolder(in), "accounts.csv", 2, "name").reason()).contains("0xC0");
    }

    @Test
    void theSameLatin1FileImportsUnchangedWithAnExplicitEncoding() throws IOException {
        Files.write(in.resolve("accounts.csv"), (AccountFiles.ACCOUNT_HEADER + "\n"
                + account("A3", "Müller GmbH", "10", "m@mueller.example", "") + "\n").getBytes(StandardCharsets.ISO_8859_1));

        ImportReport report = bed.importer.importFolder(in, false, Charset.forName("windows-1252"));

        assertThat(report.anyRejected()).as("%s", report.files()).isFalse();
        assertThat(stored("SELECT name FROM account WHERE id = 'A3'")).isEqualTo("Müller GmbH");
    }

    @Test
    void theCommandLineNamesTheByteAndImportsWithEncoding() throws IOException {
        Files.write(in.resolve("accounts.csv"), (AccountFiles.ACCOUNT_HEADER + "\n"
                + account("A3", "Müller GmbH", "10", "m@mueller.example", "") + "\n").getBytes(StandardCharsets.ISO_8859_1));
        String data = dir.resolve("cli-data").toString();
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cli = io.tenure.Main.commandLine(new io.tenure.Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("tenure: " + e.getMessage());
            return 1;
        });
        cli.setOut(new java.io.PrintWriter(new java.io.StringWriter(), true));
        cli.setErr(new java.io.PrintWriter(err, true));

        assertThat(cli.execute("--data", data, "accounts", "import", in.toString())).isNotZero();
        assertThat(err.toString()).contains("accounts.csv line 2, column name: not valid UTF-8: byte 0xFC");
        assertThat(cli.execute("--data", data, "accounts", "import", "--encoding", "windows-1252", in.toString())).isZero();
        assertThat(cli.execute("--data", data, "accounts", "import", "--encoding", "UTF-16", in.toString())).isNotZero();
        assertThat(err.toString()).contains("--encoding: UTF-16 is not supported");
    }

    @Test
    void anEncodingThatWritesCommasDifferentlyIsRefusedBeforeAnythingIsRead() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> bed.importer.importFolder(in, false,
                StandardCharsets.UTF_16)).hasMessageContaining("UTF-16");
    }

    // Item 7: an account id twice imported with the last row winning.

    @Test
    void anAccountIdTwiceInOneFileIsRefusedNamingBothLines() {
        ImportReport report = importAccounts(account("A2", "Beta", "10", "b@beta.example", ""),
                account("A4", "Delta", "10", "d@delta.example", ""),
                account("A2", "Beta Renamed", "99", "b@beta.example", ""));

        BadRow bad = refused(report, "accounts.csv", 4, "account_id");
        assertThat(bad.reason()).contains("'A2' is also on line 2");
        assertThat(bed.snapshot()).isEqualTo(before);
    }

    // Item 7: a ticket id twice moved the ticket to the other account.

    @Test
    void aTicketIdTwiceIsRefusedAndTheTicketStaysWithItsAccount() {
        AccountFiles files = new AccountFiles(in).account("A2")
                .ticket("T5", "A1", "2026-11-10T09:00:00Z", "")
                .ticket("T5", "A2", "2026-11-11T09:00:00Z", "");

        ImportReport report = bed.importFolder(files.write());

        BadRow bad = refused(report, "tickets.csv", 3, "ticket_id");
        assertThat(bad.reason()).contains("'T5' is also on line 2");
        assertThat(result(report, "accounts.csv").rejected()).as("the other file still imports").isFalse();
        assertThat(stored("SELECT count(*) FROM ticket WHERE id = 'T5'")).isEqualTo("0");
    }

    // Item 7: an unquoted comma in the last column cut cancel_reason short.

    @Test
    void anUnquotedCommaInTheLastColumnIsRefusedAsTooManyFields() {
        ImportReport report = importAccounts(account("A6", "Zeta", "10", "z@zeta.example", "too expensive, switched"));

        BadRow bad = refused(report, "accounts.csv", 2, "cancel_reason");
        assertThat(bad.reason()).contains("too many fields: 15 where the header has 14");
        assertThat(bed.snapshot()).isEqualTo(before);
    }

    @Test
    void aQuotedCommaInTheLastColumnImportsWhole() {
        ImportReport report = importAccounts(account("A6", "Zeta", "10", "z@zeta.example", "\"too expensive, switched\""));

        assertThat(report.anyRejected()).as("%s", report.files()).isFalse();
        assertThat(stored("SELECT cancel_reason FROM account WHERE id = 'A6'")).isEqualTo("too expensive, switched");
    }

    // Item 3: an MRR of 1e400 was stored as Infinity.

    @Test
    void anMrrOf1e400IsRefusedAtImport() {
        BadRow bad = refused(importAccounts(account("A7", "Eta", "1e400", "e@eta.example", "")), "accounts.csv", 2, "mrr");

        assertThat(bad.reason()).contains("too large: '1e400'");
        assertThat(bed.snapshot()).isEqualTo(before);
    }

    @Test
    void nanInfinityAndAbsurdAmountsAreRefusedWithTheirLines() {
        ImportReport report = importAccounts(account("A7", "Eta", "NaN", "e@eta.example", ""),
                account("A8", "Theta", "Infinity", "t@theta.example", ""),
                account("A9", "Iota", "5000000000", "i@iota.example", ""),
                account("A10", "Kappa", "1e-400", "k@kappa.example", ""));

        FileResult accounts = result(report, "accounts.csv");
        assertThat(accounts.errors()).extracting(BadRow::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(accounts.errors()).allSatisfy(bad -> assertThat(bad.column()).isEqualTo("mrr"));
        assertThat(accounts.errors().get(2).reason()).contains("the limit is 1000000000");
        assertThat(accounts.errors().get(3).reason()).contains("decimal places");
    }

    @Test
    void aPaymentOf1e400IsRefusedToo() {
        ImportReport report = bed.importFolder(new AccountFiles(in)
                .raw("payments.csv", "A1,2026-11-02T03:00:00Z,succeeded,1e400").write());

        assertThat(refused(report, "payments.csv", 2, "amount").reason()).contains("too large");
    }

    // Item 8: "a@x, b@y" and an address with CRLF passed import, then failed at every approval.

    @Test
    void aContactEmailListingTwoAddressesIsRefused() {
        BadRow bad = refused(importAccounts(account("A11", "Lambda", "10", "\"a@x.example, b@y.example\"", "")),
                "accounts.csv", 2, "contact_email");

        assertThat(bad.reason()).contains("more than one email address");
    }

    @Test
    void aContactEmailWithALineBreakIsRefusedShowingTheBreak() {
        BadRow bad = refused(importAccounts(account("A12", "Mu", "10", "\"ops@mu.example\r\nBcc: all@evil.example\"", "")),
                "accounts.csv", 2, "contact_email");

        assertThat(bad.reason()).contains("line break").contains("ops@mu.example\\r\\nBcc");
    }

    @Test
    void malformedContactEmailsAreRefused() {
        ImportReport report = importAccounts(account("A13", "Nu", "10", "nobody", ""),
                account("A14", "Xi", "10", "x@", ""),
                account("A15", "Omicron", "10", "o@localhost", ""),
                account("A16", "Pi", "10", "p i@pi.example", ""));

        assertThat(result(report, "accounts.csv").errors()).extracting(BadRow::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(result(report, "accounts.csv").errors()).allSatisfy(bad ->
                assertThat(bad.reason()).contains("not an email address"));
    }

    // Item 15: a cell over 20 MB was "line 0: cannot read as CSV" with no column.

    @Test
    void aCellOverTwentyMegabytesIsReportedWithItsLineAndColumn() throws IOException {
        Path nps = in.resolve("nps.csv");
        try (BufferedWriter out = Files.newBufferedWriter(nps, StandardCharsets.UTF_8)) {
            out.write("account_id,responded_at,score,comment\nA1,2026-11-02,7,fine\nA1,2026-11-03,3,\"");
            char[] block = new char[1 << 16];
            java.util.Arrays.fill(block, 'x');
            for (int i = 0; i < 21 * 16; i++) {
                out.write(block);
            }
            out.write("\"\nA1,2026-11-04,8,ok\n");
        }

        ImportReport report = bed.importFolder(in);

        BadRow bad = refused(report, "nps.csv", 3, "comment");
        assertThat(bad.reason()).contains("larger than 1 MB");
        assertThat(bed.snapshot()).isEqualTo(before);
    }

    @Test
    void aQuoteNeverClosedIsReportedWhereItOpens() throws IOException {
        StringBuilder csv = new StringBuilder("account_id,responded_at,score,comment\nA1,2026-11-02,7,\"Slow\n");
        for (int i = 0; i < 40_000; i++) {
            csv.append("A1,2026-11-03,").append(i % 10).append(",fine enough for a comment line\n");
        }
        Files.writeString(in.resolve("nps.csv"), csv, StandardCharsets.UTF_8);

        BadRow bad = refused(bed.importFolder(in), "nps.csv", 2, "comment");

        assertThat(bad.reason()).contains("never closed");
    }
}
