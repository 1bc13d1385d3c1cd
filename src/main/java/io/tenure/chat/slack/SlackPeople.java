package io.tenure.chat.slack;

import io.tenure.owners.PeopleLookup;
import java.util.Optional;

/** Slack's people for {@link io.tenure.owners.OwnerDirectory}: {@code users.lookupByEmail} and {@code users.info}. */
final class SlackPeople implements PeopleLookup {
    private final SlackWebApi web;

    SlackPeople(SlackWebApi web) {
        this.web = web;
    }

    @Override
    public String platform() {
        return "slack";
    }

    @Override
    public Optional<String> userIdByEmail(String email) {
        return web.userIdByEmail(email);
    }

    @Override
    public Optional<String> emailOfUser(String userId) {
        return web.emailOfUser(userId);
    }
}
