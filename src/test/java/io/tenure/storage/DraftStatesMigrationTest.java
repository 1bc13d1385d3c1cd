package io.tenure.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An existing database with drafts and their audit log upgrades to the uncertain and failed states intact. */
class DraftStatesMigrationTest {
    @TempDir
    Path data;

    @Test
    void draftsAndTheirAuditLogSurviveTheUpgradeAndTheNewStatesAreAccepted() {
        org.junit.jupiter.api.Assumptions.assumeFalse(io.tenure.support.TestDatabases.postgresql(),
                "the SQLite table rebuild of V21; PostgreSQL alters the constraint in place");
        Database.open(data); // creates the file and its settings; then go back to a database as released
        Path older = data.resolve("older");
        var sqlite = new org.sqlite.SQLiteConfig();
        sqlite.enforceForeignKeys(true);
        var dataSource = new org.sqlite.SQLiteDataSource(sqlite);
        java.io.File dir = older.toFile();
        dir.mkdirs();
        dataSource.setUrl("jdbc:sqlite:" + older.resolve("tenure.db").toAbsolutePath());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/sqlite").target("20").load().migrate();
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.useHandle(h -> {
            h.execute("""
                    INSERT INTO outreach_draft (id, account_id, account_name, kind, topic, language, recipient, risk_reason,
                        subject, body, status, composed_by, created_by, created_at, expires_at, updated_at, message_id)
                    VALUES ('d-1', 'ACME-1', 'Acme', 'save-offer', 'value', 'en', 'ops@acme.test', 'usage down',
                        'Hi', 'Body', 'sent', 'template', 'sam', '2026-11-01T00:00:00.000Z', '2026-11-08T00:00:00.000Z',
                        '2026-11-01T00:00:00.000Z', '<d-1@x>')""");
            h.execute("""
                    INSERT INTO draft_audit (draft_id, at, actor, platform, from_status, to_status, recipient, subject,
                        body, message_id)
                    VALUES ('d-1', '2026-11-01T00:00:00.000Z', 'sam', 'cli', NULL, 'drafted', 'ops@acme.test', 'Hi',
                        'Body', '<d-1@x>')""");
        });

        Database upgraded = Database.open(older);

        Jdbi after = upgraded.jdbi();
        String status = after.withHandle(h -> h.createQuery("SELECT status FROM outreach_draft WHERE id = 'd-1'")
                .mapTo(String.class).one());
        int entries = after.withHandle(h -> h.createQuery("SELECT count(*) FROM draft_audit").mapTo(Integer.class).one());
        assertThat(status).isEqualTo("sent");
        assertThat(entries).isEqualTo(1);
        after.useHandle(h -> h.execute("UPDATE outreach_draft SET status = 'uncertain' WHERE id = 'd-1'"));
        after.useHandle(h -> h.execute("UPDATE outreach_draft SET status = 'failed' WHERE id = 'd-1'"));
        assertThatThrownBy(() -> after.useHandle(h -> h.execute("UPDATE outreach_draft SET status = 'lost' WHERE id = 'd-1'")))
                .hasMessageContaining("CHECK");
        assertThatThrownBy(() -> after.useHandle(h -> h.execute("""
                INSERT INTO draft_audit (draft_id, at, actor, platform, to_status, recipient, subject, body, message_id)
                VALUES ('d-nope', '2026-11-01T00:00:00.000Z', 'x', 'cli', 'drafted', 'r', 's', 'b', 'm')""")))
                .hasMessageContaining("FOREIGN KEY");
    }
}
