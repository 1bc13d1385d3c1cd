package io.tenure.chat.discord;

import java.util.Optional;

/**
 * The custom ids of Tenure's buttons and modals: {@code tenure:<action>:<target>}, where the target is a
 * question id (feedback) or a draft id (review). Discord hands them back on every click.
 */
record ComponentIds(String action, String target) {
    static final String HELPFUL = "helpful";
    static final String NOT_HELPFUL = "not-helpful";
    static final String APPROVE = "approve";
    static final String EDIT = "edit";
    static final String REJECT = "reject";
    /** An owner alert's next steps; the target is the account id. */
    static final String ALERT_ACCOUNT = "alert-account";
    static final String ALERT_DRAFT = "alert-draft";
    static final String EDIT_FORM = "edit-form";
    static final String REJECT_FORM = "reject-form";
    static final String SUBJECT_FIELD = "subject";
    static final String BODY_FIELD = "body";
    static final String REASON_FIELD = "reason";
    private static final String PREFIX = "tenure:";

    static String of(String action, Object target) {
        return PREFIX + action + ":" + target;
    }

    static Optional<ComponentIds> parse(String customId) {
        if (customId == null || !customId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = customId.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        if (colon <= 0 || colon == rest.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new ComponentIds(rest.substring(0, colon), rest.substring(colon + 1)));
    }
}
