package io.tenure.home;

import java.time.Instant;
import java.util.List;

/** The accounts a person owns and what their customers asked (implemented in {@code storage/home}). */
public interface MyAccounts {
    /** A cancellation, downgrade, refund or billing-complaint question from a customer of the account. */
    record AskedToLeave(String accountId, String accountName, String question, String intent, Instant at) {
    }

    /** Ids of the accounts whose {@code owner} is this address (compared without case). */
    List<String> ownedBy(String email);

    /** The latest such questions from the owner's accounts since {@code since}, newest first. */
    List<AskedToLeave> questions(String email, Instant since, int limit);
}
