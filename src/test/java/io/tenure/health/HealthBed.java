package io.tenure.health;

import io.tenure.support.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.health.importing.AccountImport;
import io.tenure.storage.importing.JdbcImportTables;
import io.tenure.health.importing.ImportReport;
import io.tenure.health.playbook.Playbook;
import io.tenure.health.scoring.HealthScorer;
import io.tenure.health.scoring.ScoreHistory;
import io.tenure.health.scoring.SignalStore;
import io.tenure.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A real SQLite database in a test folder with the bundled playbook, the import and the directory. */
public final class HealthBed {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);

    public final Database database;
    public final AccountImport importer;
    public final HealthDirectory directory;

    public HealthBed(Path dataDir) {
        database = TestDatabases.open(dataDir);
        importer = new AccountImport(new JdbcImportTables(database.dataSource()), CLOCK);
        Playbook playbook = Playbook.load("config/playbook.yaml");
        directory = new HealthDirectory(new io.tenure.storage.health.JdbcSignalStore(database.jdbi(), playbook), new HealthScorer(playbook),
                new io.tenure.storage.health.JdbcScoreHistory(database.jdbi(), CLOCK));
    }

    public ImportReport importFolder(Path folder) {
        return importer.importFolder(folder, false);
    }

    /** Imports and insists every file was accepted. */
    public void imported(AccountFiles files) {
        ImportReport report = importFolder(files.write());
        assertThat(report.anyRejected()).as("rejected files: %s", report.files()).isFalse();
    }

    /** Every row of every health table, to compare before and after. */
    public List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("account", "activity", "ticket", "nps_response", "payment", "milestone",
                "health_score")) {
            rows.addAll(database.jdbi().withHandle(h -> h.createQuery("SELECT * FROM " + table + " ORDER BY 1, 2")
                    .map((rs, ctx) -> {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.append('|').append(rs.getString(i));
                        }
                        return row.toString();
                    }).list()));
        }
        return rows;
    }
}
