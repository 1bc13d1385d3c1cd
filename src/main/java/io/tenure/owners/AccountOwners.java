package io.tenure.owners;

import java.util.List;

/** The owner addresses of accounts that are still customers (implemented in {@code storage/owners}). */
public interface AccountOwners {
    /** Each address once, lower case, sorted. */
    List<String> activeOwners();
}
