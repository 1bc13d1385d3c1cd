package io.tenure.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tenure.support.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void aFreshDatabaseIsMigratedToTheNewestSchemaOnTheVendorUnderTest() {
        Database db = TestDatabases.open(dir);
        assertThat(db.vendor()).isEqualTo(TestDatabases.postgresql() ? Vendor.POSTGRESQL : Vendor.SQLITE);
        int accounts = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM account").mapTo(Integer.class).one());
        assertThat(accounts).isZero();
        assertThat(db.reachable()).isTrue();
    }

    @Test
    void anSqliteFileMadeByTheReleasedMigrationsUpgradesAndKeepsItsRows() {
        assumeTrue(!TestDatabases.postgresql(), "an upgrade of a released SQLite file");
        SQLiteDataSource released = new SQLiteDataSource();
        released.setUrl("jdbc:sqlite:" + dir.resolve("tenure.db"));
        // The released schema: V1–V7, from the same (byte-identical) files, as the shipped jar ran them.
        Flyway.configure().dataSource(released).locations("classpath:db/migration/sqlite").target("7").load().migrate();
        try (var c = released.getConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO account (id, name, plan, mrr, currency, seats, signup_date, owner, contact_email, "
                    + "language, status) VALUES ('ACC-1', 'Acme', 'pro', 99.5, 'USD', 3, '2026-01-01', 'ana', "
                    + "'a@acme.test', 'en', 'active')");
            st.execute("INSERT INTO activity (account_key, at, kind, user, feature) VALUES (1, 1767225600, 'login', 'bo', '')");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }

        Database db = Database.open(dir);

        String user = db.jdbi().withHandle(h -> h.createQuery("SELECT user_name FROM activity").mapTo(String.class).one());
        assertThat(user).isEqualTo("bo");
        // Validation against the history the released jar wrote: the moved files kept their checksums.
        Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration/sqlite").load().validate();
    }

    @Test
    void theAuditLogRefusesUpdatesAndDeletesOnBothDatabases() {
        Database db = TestDatabases.open(dir);
        db.jdbi().useHandle(h -> {
            insertDraft(h);
            h.createUpdate("INSERT INTO draft_audit (draft_id, at, actor, platform, to_status, recipient, subject, body, "
                    + "message_id) VALUES ('D1', :at, 'ana', 'cli', 'drafted', 'a@acme.test', 's', 'b', 'm')")
                    .bind("at", Instant.parse("2026-01-01T10:00:00Z")).execute();
        });

        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("UPDATE draft_audit SET body = 'changed'")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("DELETE FROM draft_audit")))
                .hasMessageContaining("append-only");
        String body = db.jdbi().withHandle(h -> h.createQuery("SELECT body FROM draft_audit").mapTo(String.class).one());
        assertThat(body).isEqualTo("b");
    }

    @Test
    void onPostgresqlTheAuditLogsUpdateAndDeletePrivilegesAreRevoked() {
        assumeTrue(TestDatabases.postgresql(), "privileges exist on PostgreSQL only");
        Database db = TestDatabases.open(dir);
        int grants = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM information_schema.role_table_grants "
                + "WHERE table_name = 'draft_audit' AND privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')")
                .mapTo(Integer.class).one());
        int inserts = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM information_schema.role_table_grants "
                + "WHERE table_name = 'draft_audit' AND privilege_type = 'INSERT'").mapTo(Integer.class).one());
        assertThat(grants).isZero();
        assertThat(inserts).isPositive();
    }

    @Test
    void instantsAndDaysReadBackAsTheyWereBound() {
        Database db = TestDatabases.open(dir);
        Instant at = Instant.parse("2026-03-04T05:06:07.891Z");
        LocalDate day = LocalDate.of(2026, 3, 4);
        db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO health_run (day, scored_at) VALUES (:day, :at)")
                .bind("day", day).bind("at", at).execute());
        Instant read = db.jdbi().withHandle(h -> h.createQuery("SELECT scored_at FROM health_run").mapTo(Instant.class).one());
        LocalDate readDay = db.jdbi().withHandle(h -> h.createQuery("SELECT day FROM health_run").mapTo(LocalDate.class).one());
        assertThat(read).isEqualTo(at);
        assertThat(readDay).isEqualTo(day);
    }

    @Test
    void aSchemaAlreadyCurrentIsOpenedWithoutMigratingAgain() {
        Database first = TestDatabases.open(dir);
        int applied = first.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM flyway_schema_history")
                .mapTo(Integer.class).one());
        Database again = TestDatabases.postgresql()
                ? Database.open(TestDatabases.settings(dir), dir) : Database.open(dir);
        int after = again.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM flyway_schema_history")
                .mapTo(Integer.class).one());
        again.close();
        assertThat(after).isEqualTo(applied);
    }

    @Test
    void theMigrationsCheckedBeforeLoadingFlywayAreTheOnesFlywayFindsForEachVendor() {
        for (String vendor : java.util.List.of("sqlite", "postgresql")) {
            var flyway = Flyway.configure().locations("classpath:db/migration/" + vendor)
                    .dataSource(new SQLiteDataSource()).load();
            java.util.Set<String> found = new java.util.HashSet<>();
            for (var migration : flyway.info().all()) {
                found.add(migration.getVersion().getVersion());
            }

            assertThat(Database.bundledVersions("db/migration/" + vendor)).as(vendor).isEqualTo(found).isNotEmpty();
        }
    }

    @Test
    void aCurrentSqliteDatabaseOpensAndReadsWhileAnotherProcessHoldsTheWriteLock() throws Exception {
        assumeTrue(!TestDatabases.postgresql(), "SQLite's single write lock");
        Database.open(dir);
        SQLiteDataSource other = new SQLiteDataSource();
        other.setUrl("jdbc:sqlite:" + dir.resolve("tenure.db"));
        try (var importing = other.getConnection(); var st = importing.createStatement()) {
            // an import's transaction, holding the write lock
            st.execute("BEGIN IMMEDIATE");
            st.execute("INSERT INTO health_run (day, scored_at) VALUES ('2026-01-01', 'x')");

            // Had opening needed the lock, it would fail with SQLITE_BUSY after the busy timeout.
            Database reader = Database.open(dir);
            int accounts = reader.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM account")
                    .mapTo(Integer.class).one());

            assertThat(accounts).isZero();
            st.execute("ROLLBACK");
        }
    }

    private static void insertDraft(Handle h) {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        h.createUpdate("INSERT INTO outreach_draft (id, account_id, account_name, kind, topic, language, recipient, "
                        + "risk_reason, subject, body, status, composed_by, created_by, created_at, expires_at, "
                        + "updated_at, message_id) VALUES ('D1', 'ACC-1', 'Acme', 'save', 't', 'en', 'a@acme.test', "
                        + "'r', 's', 'b', 'drafted', 'template', 'ana', :now, :now, :now, 'm')")
                .bind("now", now).execute();
    }
}
