package io.tenure.storage;

/** The configured database server cannot be reached or refused the credentials. */
public final class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
