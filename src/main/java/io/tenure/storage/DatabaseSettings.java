package io.tenure.storage;

import io.tenure.config.ConfigException;

/**
 * The {@code database} section.
 *
 * @param url a JDBC URL ({@code jdbc:postgresql://host:5432/tenure}); empty means the SQLite file
 *            {@code tenure.db} under the data directory
 * @param poolSize the most connections one process keeps open to a server database
 * @param username from {@code TENURE_DATABASE_USERNAME} only, never from a file
 * @param password from {@code TENURE_DATABASE_PASSWORD} only, never from a file
 */
public record DatabaseSettings(String url, int poolSize, String username, String password) {
    public DatabaseSettings {
        url = url == null ? "" : url.strip();
        if (poolSize <= 0) {
            poolSize = 10;
        }
        // Flyway holds a second connection while it migrates.
        poolSize = Math.max(2, poolSize);
        if (!url.isEmpty() && !url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:sqlite:")) {
            throw new ConfigException("database.url: '" + redacted(url) + "' is not a jdbc:postgresql: or "
                    + "jdbc:sqlite: URL (empty for the SQLite file in the data directory)");
        }
    }

    /** The embedded default: the SQLite file under the data directory. */
    public static DatabaseSettings embedded() {
        return new DatabaseSettings("", 10, null, null);
    }

    public DatabaseSettings withCredentials(String username, String password) {
        return new DatabaseSettings(url, poolSize, username, password);
    }

    /** The URL without a password someone wrote into it, for messages and logs. */
    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@]*:[^/@]*@", "//***@");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + redacted(url) + ", poolSize=" + poolSize + "]";
    }
}
