package io.tenure.health.scoring;

import java.time.LocalDate;
import java.util.List;

/**
 * Where account signals are read from (implemented in {@code storage/health}): a range of accounts in one
 * pass per table for scoring them all, one account by its key for a rescore in milliseconds.
 */
public interface SignalStore extends AutoCloseable {
    /** The smallest and largest account keys, or null when there are no accounts. */
    long[] keyRange();

    /** The key of an account id, or null when there is no such account. */
    Long keyOf(String accountId);

    /** The signals of one account as of a date, or null. */
    Signals readOne(long key, LocalDate asOf);

    /**
     * The signals of one account by its id as of a date, or null when there is no such account: what a
     * rescore needs, in one round trip where the database is a server.
     */
    Signals readOne(String accountId, LocalDate asOf);

    /** Signals of every account whose key is in [lo, hi], in key order. */
    List<Signals> read(long lo, long hi, LocalDate asOf);

    /** Releases what single-account look-ups keep open. */
    @Override
    void close();
}
