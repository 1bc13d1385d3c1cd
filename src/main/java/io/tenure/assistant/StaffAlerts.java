package io.tenure.assistant;

import java.util.Optional;

/**
 * Where staff are told about something that needs them now (a customer asking how to cancel, an account
 * turning red): the platform's alerts channel and, for owner alerts, a direct message to a staff member.
 * Chat platforms implement it; an alert is internal (account data), never shown in a customer-facing place.
 */
public interface StaffAlerts {
    /** Posts to the alerts channel. */
    void alert(Reply alert);

    /** Posts an account alert to the alerts channel, with its buttons where the platform has them. */
    default void alert(AccountAlert alert) {
        alert(alert.reply());
    }

    /**
     * The platform's direct messages to one staff member, where it has them (Slack, Discord). The console has
     * none: the person at it reads the internal channel, which already shows every alert, so a copy "for" them
     * would only repeat it.
     */
    default Optional<DirectMessages> directMessages() {
        return Optional.empty();
    }

    /** Sends an account alert to one staff member directly (a DM). */
    @FunctionalInterface
    interface DirectMessages {
        void send(String userId, AccountAlert alert);
    }
}
