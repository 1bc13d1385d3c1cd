package io.tenure.health.playbook;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Locale;

/** When a rule fires: a type and the thresholds it needs (the others stay null). */
public record Condition(Type type, Integer atLeast, Integer below, Integer days, String status, Integer scoreBelow,
                        List<Integer> on) {

    public enum Type {
        DAYS_SINCE_LOGIN, DAYS_SINCE_ACTIVITY, LATEST_NPS, TICKETS_OPENED_WITHIN, TICKET_OPEN_LONGER_THAN,
        LATEST_PAYMENT, MILESTONE_OVERDUE, RENEWAL_WITHIN, DAYS_SINCE_CANCELLATION, CANCEL_INTENT_WITHIN;

        @JsonCreator
        static Type of(String text) {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The name of a threshold this type needs but lacks, or null. */
    String missingParameter() {
        return switch (type) {
            case DAYS_SINCE_LOGIN, DAYS_SINCE_ACTIVITY -> atLeast == null ? "at_least" : null;
            case LATEST_NPS -> below == null ? "below" : null;
            case TICKETS_OPENED_WITHIN -> days == null ? "days" : atLeast == null ? "at_least" : null;
            case TICKET_OPEN_LONGER_THAN -> days == null ? "days" : null;
            case LATEST_PAYMENT -> status == null ? "status" : null;
            case MILESTONE_OVERDUE -> null;
            case RENEWAL_WITHIN -> days == null ? "days" : scoreBelow == null ? "score_below" : null;
            case DAYS_SINCE_CANCELLATION -> on == null || on.isEmpty() ? "on (a list of days)" : null;
            case CANCEL_INTENT_WITHIN -> days == null ? "days" : null;
        };
    }
}
