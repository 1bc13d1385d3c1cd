package io.tenure.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database under the data directory, migrated to the newest schema on open.
 *
 * <p>WAL mode lets readers (chat answers) run while a writer (an import) works; the busy timeout lets
 * several processes, or several instances, share one file without failing on a momentary lock.
 */
public final class Database {
    private final Path file;
    private final SQLiteDataSource dataSource;
    private final Jdbi jdbi;

    private Database(Path file) {
        this.file = file;
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout(10_000);
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        dataSource = new SQLiteDataSource(sqlite);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        jdbi = Jdbi.create(dataSource);
    }

    /** Opens (creating if needed) {@code tenure.db} in the data directory and applies pending migrations. */
    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dataDir, e);
        }
        Database db = new Database(dataDir.resolve("tenure.db"));
        db.migrate();
        return db;
    }

    private void migrate() {
        flyway().migrate();
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
    }

    /** Whether a connection answers; throws with the driver's reason when not. */
    public void ping() {
        jdbi.withHandle(h -> h.select("SELECT 1").mapTo(Integer.class).one());
    }

    /** Versions this build has that the database has not applied (another process downgraded it, or a row went missing). */
    public List<String> pendingMigrations() {
        return Arrays.stream(flyway().info().pending()).map(m -> m.getVersion().getVersion()).toList();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public SQLiteDataSource dataSource() {
        return dataSource;
    }

    public Path file() {
        return file;
    }
}
