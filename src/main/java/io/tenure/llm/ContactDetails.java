package io.tenure.llm;

import io.tenure.health.Account;
import java.util.regex.Pattern;

/**
 * Keeps contact details out of text bound for the model when {@code llm.share_contact_details} is false:
 * the account's name and contact email, and any email address at all, since rule details written by
 * account health may quote who logged in or opened a ticket.
 */
public final class ContactDetails {
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private ContactDetails() {
    }

    public static String withhold(String text, Account account) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        if (account.contactEmail() != null && !account.contactEmail().isBlank()) {
            result = result.replace(account.contactEmail().strip(), "[email withheld]");
        }
        if (account.name() != null && account.name().strip().length() > 1) {
            result = result.replace(account.name().strip(), "[name withheld]");
        }
        return EMAIL.matcher(result).replaceAll("[email withheld]");
    }
}
