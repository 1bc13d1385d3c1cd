package io.tenure.health.demo;

/** Whether a database has ever held account data: the demo set is loaded only on one that has not. */
public interface AccountDataPresence {
    /** True when there is no account and no import was ever recorded. */
    boolean untouched();
}
