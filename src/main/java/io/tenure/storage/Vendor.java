package io.tenure.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** The two databases Tenure runs on. */
public enum Vendor {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String folder;

    Vendor(String folder) {
        this.folder = folder;
    }

    /** The migration folder under {@code db/migration}. */
    public String folder() {
        return folder;
    }

    /** The vendor behind a connection (metadata the drivers keep in memory: no round trip). */
    public static Vendor of(Connection c) {
        try {
            String product = c.getMetaData().getDatabaseProductName();
            return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres")
                    ? POSTGRESQL : SQLITE;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell the database vendor: " + e.getMessage(), e);
        }
    }
}
