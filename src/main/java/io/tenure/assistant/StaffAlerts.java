package io.tenure.assistant;

/**
 * The internal channel where staff are told about something that needs them now (a customer asking
 * how to cancel). Chat platforms implement it; the alert is an internal {@link Reply} (account data,
 * usually with a draft to review), never shown in a customer-facing place.
 */
public interface StaffAlerts {
    void alert(Reply alert);
}
