package io.tenure.owners;

import java.util.Optional;

/**
 * A chat platform's people, asked both ways: who has an email address (an account's {@code owner}), and
 * which address a user has (who is typing, for "my accounts"). Slack asks its Web API; Discord has no such
 * API, so its people come from configuration ({@link ConfiguredPeople}).
 */
public interface PeopleLookup {
    /** The platform's name as callers use it: {@code slack}, {@code discord}. */
    String platform();

    /**
     * @return the user id of whoever has this address there, or empty when nobody has
     * @throws RuntimeException when the platform cannot be asked now (a cached answer is used instead)
     */
    Optional<String> userIdByEmail(String email);

    /**
     * @return the address of this user, or empty when the platform knows none
     * @throws RuntimeException when the platform cannot be asked now
     */
    Optional<String> emailOfUser(String userId);
}
