package io.tenure.health;

/** The seven factors of the health score, in the playbook's order; each is kept as 0 (bad) to 100 (good). */
public enum Factor {
    LOGIN_RECENCY("login recency"),
    ACTIVITY_TREND("activity trend"),
    FEATURE_BREADTH("feature breadth"),
    TICKET_LOAD("ticket load"),
    NPS("NPS"),
    PAYMENT_STATUS("payment status"),
    ONBOARDING_PROGRESS("onboarding progress");

    private final String label;

    Factor(String label) {
        this.label = label;
    }

    /** How people call it ("login recency"). */
    public String label() {
        return label;
    }

    /** The JSON key ("login_recency"). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
