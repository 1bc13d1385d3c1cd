package io.tenure.assistant;

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

    /** Whether {@link #direct} can reach a person on this platform. */
    default boolean reachesPeople() {
        return false;
    }

    /** Sends an account alert to one staff member directly (a DM); only where {@link #reachesPeople()}. */
    default void direct(String userId, AccountAlert alert) {
        throw new UnsupportedOperationException("this platform cannot message a person directly");
    }
}
