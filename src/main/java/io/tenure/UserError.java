package io.tenure;

/** A refused or impossible request: the message is shown to the user as is, and the command exits non-zero. */
public class UserError extends RuntimeException {
    private final int exitCode;

    public UserError(String message) {
        this(message, 1);
    }

    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
