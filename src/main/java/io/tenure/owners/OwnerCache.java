package io.tenure.owners;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What was learned about people, kept in the database (implemented in {@code storage/owners}) so a restart
 * or another replica does not ask Slack again: one row per platform and address, with the user id found
 * (null: nobody has the address there) and when it was asked.
 */
public interface OwnerCache {
    record Entry(String platform, String email, String userId, Instant checkedAt) {
        public boolean resolved() {
            return userId != null;
        }
    }

    Optional<Entry> byEmail(String platform, String email);

    /** The newest entry naming this user, if any. */
    Optional<Entry> byUser(String platform, String userId);

    void put(Entry entry);

    /** Every entry of a platform, by address. */
    List<Entry> all(String platform);
}
