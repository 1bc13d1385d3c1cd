package io.tenure.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database, migrated to the newest schema on open: the SQLite file under the data directory (the
 * embedded default, one machine), or a PostgreSQL server named by {@code database.url} (several replicas).
 *
 * <p>SQLite: WAL mode lets readers (chat answers) run while a writer works; the busy timeout lets
 * several processes share one file without failing on a momentary lock. PostgreSQL: a small HikariCP
 * pool per process. Each vendor has its own migration folder ({@code db/migration/sqlite},
 * {@code db/migration/postgresql}) with the same version numbers, so "schema version N" means one thing.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final Vendor vendor;
    private final DataSource dataSource;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final Path file;
    private final String description;

    private Database(Vendor vendor, DataSource dataSource, HikariDataSource pool, Path file, String description) {
        this.vendor = vendor;
        this.dataSource = dataSource;
        this.pool = pool;
        this.file = file;
        this.description = description;
        this.jdbi = SqlValues.configure(Jdbi.create(dataSource), vendor);
    }

    /** Opens (creating if needed) {@code tenure.db} in the data directory and applies pending migrations. */
    public static Database open(Path dataDir) {
        return open(DatabaseSettings.embedded(), dataDir);
    }

    /** Opens the configured database (the SQLite file in the data directory when no URL is set) and migrates it. */
    public static Database open(DatabaseSettings settings, Path dataDir) {
        Database db;
        if (settings.url().isEmpty()) {
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create data directory " + dataDir, e);
            }
            Path file = dataDir.resolve("tenure.db");
            db = sqlite("jdbc:sqlite:" + file.toAbsolutePath(), file);
        } else if (settings.url().startsWith("jdbc:sqlite:")) {
            db = sqlite(settings.url(), null);
        } else {
            db = postgresql(settings);
        }
        try {
            db.migrate();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private static Database sqlite(String url, Path file) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout(10_000);
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new WaitingSqliteDataSource(sqlite);
        dataSource.setUrl(url);
        return new Database(Vendor.SQLITE, dataSource, null, file, file != null ? file.toString() : url);
    }

    private static Database postgresql(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("tenure");
        config.setJdbcUrl(settings.url());
        if (settings.username() != null) {
            config.setUsername(settings.username());
        }
        if (settings.password() != null) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(settings.poolSize());
        // A command line run needs one or two connections; a server fills the pool as load asks and
        // gives idle connections back to the server after a minute.
        config.setMinimumIdle(0);
        config.setIdleTimeout(60_000);
        config.setConnectionTimeout(10_000);
        config.addDataSourceProperty("ApplicationName", "tenure");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        // The scoring reads take a range of account keys: a plan cached for "any range" scans whole tables
        // where one account needs an index range (a rescore took 90 ms instead of a few); plan each time.
        config.setConnectionInitSql("SET plan_cache_mode = force_custom_plan");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException("cannot connect to " + DatabaseSettings.redacted(settings.url())
                    + ": " + rootMessage(e), e);
        }
        return new Database(Vendor.POSTGRESQL, pool, pool, null, DatabaseSettings.redacted(settings.url()));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /**
     * Applies pending migrations. When the schema is already current nothing is migrated and nothing is
     * locked: Flyway's migrate takes a lock (a write transaction on SQLite) that a running import would
     * hold up for its whole length, so a read-only command must not need it.
     */
    private void migrate() {
        if (current()) {
            return;
        }
        Flyway flyway = flyway();
        MigrationInfoService info = flyway.info();
        MigrationInfo[] pending = info.pending();
        if (pending.length == 0 && info.applied().length > 0) {
            return;
        }
        log.info("migrating {} ({} pending)", description, pending.length);
        flyway.migrate();
    }

    /**
     * Whether every migration of this build is recorded as applied, read without Flyway: loading Flyway and
     * scanning the jar for migrations costs more than a command that only answers a question. Anything
     * unusual (no history table yet, a migration file of another shape) leaves the decision to Flyway.
     */
    private boolean current() {
        Set<String> bundled = bundledVersions("db/migration/" + vendor.folder());
        if (bundled == null || bundled.isEmpty()) {
            return false;
        }
        Set<String> applied = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery(
                     "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
            while (rows.next()) {
                applied.add(rows.getString(1));
            }
        } catch (SQLException e) {
            return false;
        }
        return applied.containsAll(bundled);
    }

    private static final java.util.regex.Pattern VERSIONED = java.util.regex.Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    /** The versions of the migration files in a classpath folder, as Flyway records them; null when unsure. */
    static Set<String> bundledVersions(String folder) {
        java.net.URL url = Database.class.getClassLoader().getResource(folder);
        if (url == null) {
            return null;
        }
        List<String> names = new java.util.ArrayList<>();
        try {
            if (url.getProtocol().equals("jar")) {
                // The jar the classes come from, opened once and cached by the JDK: not closed here.
                java.util.jar.JarFile jar = ((java.net.JarURLConnection) url.openConnection()).getJarFile();
                String prefix = folder + "/";
                jar.stream().map(java.util.zip.ZipEntry::getName)
                        .filter(name -> name.startsWith(prefix) && name.length() > prefix.length())
                        .forEach(name -> names.add(name.substring(prefix.length())));
            } else if (url.getProtocol().equals("file")) {
                try (var files = Files.list(Path.of(url.toURI()))) {
                    files.forEach(file -> names.add(file.getFileName().toString()));
                }
            } else {
                return null;
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
        Set<String> versions = new HashSet<>();
        for (String name : names) {
            java.util.regex.Matcher matcher = VERSIONED.matcher(name);
            if (!matcher.matches()) {
                return null;
            }
            versions.add(matcher.group(1).replace('_', '.'));
        }
        return versions;
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + vendor.folder())
                // Helpers number their migrations in separate ranges: an existing database that has a
                // higher one applies a lower one that arrived later.
                .outOfOrder(true)
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

    /** Plain JDBC, for bulk work (imports) that JDBI would slow down. */
    public DataSource dataSource() {
        return dataSource;
    }

    public Vendor vendor() {
        return vendor;
    }

    /** The SQLite file, when the database is one. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Where the data is, for messages: the file, or the URL without credentials. */
    public String description() {
        return description;
    }

    /** True when the database answers a trivial query within a second (readiness). */
    public boolean reachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
