package io.tenure.storage;

import org.jdbi.v3.core.Handle;

/**
 * A database transaction a repository has open, handed to a feature only to be handed on: a job row added
 * with it ({@code Jobs.enqueue}) commits or rolls back with the repository's change. Features never see
 * the handle inside; only storage and the job table use it.
 */
public final class Transaction {
    private final Handle handle;

    public Transaction(Handle handle) {
        this.handle = handle;
    }

    public Handle handle() {
        return handle;
    }
}
