package io.tenure.assistant;

import java.util.Locale;

/** What a caller may see and do. Anyone not mapped to a role in config is a customer. */
public enum Role {
    CUSTOMER, AGENT, MANAGER, APPROVER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Staff may see account data; customers never do. */
    public boolean isStaff() {
        return this != CUSTOMER;
    }
}
