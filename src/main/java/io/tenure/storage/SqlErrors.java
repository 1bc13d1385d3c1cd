package io.tenure.storage;

import java.sql.SQLException;

/** What a database error means, the same way on both databases. */
public final class SqlErrors {
    private SqlErrors() {
    }

    /**
     * True when the error, or one it wraps, is a unique or primary key refusing a second row: PostgreSQL's
     * SQLSTATE 23505, SQLite's SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY.
     */
    public static boolean isUniqueViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                if ("23505".equals(sql.getSQLState())) {
                    return true;
                }
                String message = sql.getMessage() == null ? "" : sql.getMessage();
                if (message.contains("SQLITE_CONSTRAINT_UNIQUE") || message.contains("SQLITE_CONSTRAINT_PRIMARYKEY")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the error, or one it wraps, names this constraint or index. */
    public static boolean names(Throwable error, String constraint) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
