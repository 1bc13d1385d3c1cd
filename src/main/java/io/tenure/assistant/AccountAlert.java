package io.tenure.assistant;

/**
 * An alert about one account for its owner and the alerts channel: why (the reply's text, with the facts),
 * and the account, so each platform can offer the next steps as buttons ({@link #OPEN_ACCOUNT},
 * {@link #DRAFT_OUTREACH}) that run the staff commands {@code account ID} and {@code draft ID} as whoever clicks.
 *
 * @param trigger the alert trigger's id ({@code turned_red}, {@code cancel_intent}…)
 */
public record AccountAlert(String accountId, String trigger, Reply reply) {
    /** The command a button runs, followed by the account id. */
    public static final String OPEN_ACCOUNT = "account";
    public static final String DRAFT_OUTREACH = "draft";

    /** The text a button click hands to the assistant: {@code account ACC-1} or {@code draft ACC-1}. */
    public static String commandOf(String button, String accountId) {
        if (!button.equals(OPEN_ACCOUNT) && !button.equals(DRAFT_OUTREACH)) {
            throw new IllegalArgumentException("not an alert button: " + button);
        }
        return button + " " + accountId;
    }
}
