package io.tenure.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.storage.assistant.SqlQuestionLog;
import io.tenure.assistant.Caller;
import io.tenure.assistant.ChannelKind;
import io.tenure.assistant.QuestionLog;
import io.tenure.health.importing.ImportReport;
import io.tenure.knowledge.Answer;
import io.tenure.storage.Database;
import io.tenure.support.TestDatabases;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 2, attacked as it was found: a large re-import running while customers ask questions
 * (a write to the question log) and staff look at an account (a read, and a write of its score) from
 * other processes on the same database. Before, the import held SQLite's one write lock for a whole file
 * and every other writer waited, then failed.
 */
class ImportUnderLoadTest {
    private static final int ACCOUNTS = 1_000;
    private static final int LOGINS_PER_ACCOUNT = 300;

    @TempDir
    Path dir;

    @Test
    void questionsAndAccountLookUpsGoOnWhileALargeFileImports() throws Exception {
        Path data = dir.resolve("data");
        HealthBed importing = new HealthBed(data);
        assertThat(importing.importFolder(accounts(dir.resolve("accounts"))).anyRejected()).isFalse();
        Path activity = activity(dir.resolve("activity"), false);

        // Another process: the chat answering customers and staff asking about accounts.
        Database other = TestDatabases.postgresql() ? TestDatabases.open(data) : Database.open(data);
        QuestionLog questions = new SqlQuestionLog(other.jdbi(), HealthBed.CLOCK);
        HealthBed staff = new HealthBed(data);
        List<Throwable> errors = new CopyOnWriteArrayList<>();

        CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(() -> importing.importFolder(activity));
        int answeredDuringImport = 0;
        int lookedUpDuringImport = 0;
        int i = 0;
        while (!running.isDone()) {
            try {
                questions.record(Caller.customer("visitor-" + i, "slack"), ChannelKind.CUSTOMER_FACING,
                        "How do I export contacts? " + i, new Answer("Go to Settings.", "en", false, List.of()));
                if (!running.isDone()) {
                    answeredDuringImport++;
                }
                assertThat(staff.directory.find("ACC-" + (i % ACCOUNTS), LocalDate.of(2026, 11, 21))).isPresent();
                if (!running.isDone()) {
                    lookedUpDuringImport++;
                }
                // A command starting meanwhile: opening the database must not wait for the import.
                if (!TestDatabases.postgresql()) {
                    Database.open(data);
                }
            } catch (RuntimeException e) {
                errors.add(e);
            }
            i++;
        }
        ImportReport report = running.get(5, TimeUnit.MINUTES);

        assertThat(errors).isEmpty();
        assertThat(report.anyRejected()).as("%s", report.files()).isFalse();
        // How many fit in depends on the machine's speed and load; what matters is that they finished
        // while the import was still running, with no error.
        assertThat(answeredDuringImport).as("questions logged while the import ran").isPositive();
        assertThat(lookedUpDuringImport).as("accounts looked up while the import ran").isPositive();
        assertThat(count(importing, "activity")).isEqualTo((long) ACCOUNTS * LOGINS_PER_ACCOUNT);
        assertThat(count(importing, "stage_activity")).isZero();
    }

    @Test
    void aLargeFileWithOneBadRowAtItsEndImportsNothingAndLeavesNothingStaged() throws Exception {
        HealthBed bed = new HealthBed(dir.resolve("data"));
        assertThat(bed.importFolder(accounts(dir.resolve("accounts"))).anyRejected()).isFalse();

        ImportReport report = bed.importFolder(activity(dir.resolve("activity"), true));

        assertThat(report.anyRejected()).isTrue();
        assertThat(count(bed, "activity")).isZero();
        assertThat(count(bed, "stage_activity")).isZero();
        String state = bed.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT state FROM import_run WHERE file = 'activity.csv'").mapTo(String.class).one());
        assertThat(state).isEqualTo("rejected");
    }

    /**
     * Into an empty table PostgreSQL takes its fast path, one COPY straight into the table; a bad row
     * found after a hundred thousand rows were already sent still rejects the file at its cell, and the
     * transaction rolls back: nothing in the table, in staging or in the import record.
     */
    @Test
    void aBadRowHalfWayThroughALargeFileIntoAnEmptyTableIsNamedAndLeavesNothingBehind() throws Exception {
        HealthBed bed = new HealthBed(dir.resolve("data"));
        assertThat(bed.importFolder(accounts(dir.resolve("accounts"))).anyRejected()).isFalse();
        Path folder = dir.resolve("activity");
        Files.createDirectories(folder);
        int badLine = ACCOUNTS * LOGINS_PER_ACCOUNT / 2 + 2;
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("activity.csv"))) {
            out.write("account_id,occurred_at,kind,user,feature\n");
            for (int line = 2; line < 2 + ACCOUNTS * LOGINS_PER_ACCOUNT; line++) {
                int a = line % ACCOUNTS;
                out.write("ACC-" + a + "," + (line == badLine ? "yesterday" : java.time.Instant
                        .parse("2026-01-01T00:00:00Z").plusSeconds(line)) + ",login,user" + (line % 7) + ",\n");
            }
        }

        ImportReport report = bed.importFolder(folder);

        assertThat(report.files()).singleElement().satisfies(file -> {
            assertThat(file.rejected()).isTrue();
            assertThat(file.badRows()).isEqualTo(1);
            assertThat(file.errors()).singleElement().satisfies(bad -> {
                assertThat(bad.file()).isEqualTo("activity.csv");
                assertThat(bad.line()).isEqualTo(badLine);
                assertThat(bad.column()).isEqualTo("occurred_at");
            });
        });
        assertThat(count(bed, "activity")).isZero();
        assertThat(count(bed, "stage_activity")).isZero();
        long recorded = bed.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM account_import WHERE file = 'activity.csv'").mapTo(Long.class).one());
        assertThat(recorded).as("imports recorded for activity.csv").isZero();
    }

    /**
     * Two rows with one key in a file loaded into empty tables: PostgreSQL's COPY refuses the second, the
     * file is loaded again through staging, and the outcome is the one row-by-row upserts give: a
     * repeated login counted once, the later of two NPS answers at the same second kept.
     */
    @Test
    void aKeyRepeatedInAFileIntoAnEmptyTableImportsAsUpsertsWould() throws Exception {
        HealthBed bed = new HealthBed(dir.resolve("data"));
        Path folder = accounts(dir.resolve("files"));
        Files.writeString(folder.resolve("activity.csv"), "account_id,occurred_at,kind,user,feature\n"
                + "ACC-1,2026-03-01T10:00:00Z,login,ana,\n"
                + "ACC-2,2026-03-01T10:00:00Z,login,ana,\n"
                + "ACC-1,2026-03-01T10:00:00Z,login,ana,\n");
        Files.writeString(folder.resolve("nps.csv"), "account_id,responded_at,score,comment\n"
                + "ACC-1,2026-03-02T10:00:00Z,3,first\n"
                + "ACC-1,2026-03-02T10:00:00Z,9,corrected\n");

        ImportReport report = bed.importFolder(folder);

        assertThat(report.anyRejected()).as("%s", report.files()).isFalse();
        assertThat(count(bed, "activity")).isEqualTo(2);
        List<Integer> scores = bed.database.jdbi().withHandle(h -> h.createQuery("SELECT score FROM nps_response")
                .mapTo(Integer.class).list());
        assertThat(scores).containsExactly(9);
        assertThat(count(bed, "stage_activity") + count(bed, "stage_nps_response")).isZero();
    }

    private static long count(HealthBed bed, String table) {
        return bed.database.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table)
                .mapTo(Long.class).one());
    }

    private static Path accounts(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("accounts.csv"))) {
            out.write(AccountFiles.ACCOUNT_HEADER + "\n");
            for (int a = 0; a < ACCOUNTS; a++) {
                out.write("ACC-" + a + ",Company " + a + ",team,120.50,USD,5,2025-01-01,2027-01-01,ana,ops@acc" + a
                        + ".test,en,active,,\n");
            }
        }
        return folder;
    }

    private static Path activity(Path folder, boolean badLastRow) throws IOException {
        Files.createDirectories(folder);
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("activity.csv"))) {
            out.write("account_id,occurred_at,kind,user,feature\n");
            for (int a = 0; a < ACCOUNTS; a++) {
                for (int n = 0; n < LOGINS_PER_ACCOUNT; n++) {
                    out.write("ACC-" + a + ",2026-" + String.format("%02d-%02dT%02d:%02d:00Z", 1 + n / 28 % 10,
                            1 + n % 28, n % 24, a % 60) + ",login,user" + (n % 7) + ",\n");
                }
            }
            if (badLastRow) {
                out.write("ACC-1,not-a-time,login,user1,\n");
            }
        }
        return folder;
    }
}
