package io.tenure.home;

import java.util.List;

/**
 * What one person sees on their home, ready to render: for staff their accounts at risk, drafts waiting
 * for them and recent cancellation questions; for a customer only {@code helpText}. Plain values only, so
 * adapters need no feature types.
 *
 * @param note a sentence about what could not be shown (no address known for the person), or empty
 */
public record HomeView(boolean staff, String title, String helpText, String note, List<AccountLine> accounts,
                       List<DraftLine> drafts, String draftsNote, List<QuestionLine> questions) {
    public HomeView {
        accounts = List.copyOf(accounts);
        drafts = List.copyOf(drafts);
        questions = List.copyOf(questions);
    }

    /** A customer's home: the help text, nothing about any account, draft or role. */
    public static HomeView customer(String helpText) {
        return new HomeView(false, "Tenure", helpText, "", List.of(), List.of(), "", List.of());
    }

    /**
     * @param line "ACC-00037 Hikari Retail: score 31 red, ↓ -12 over 7 days"
     * @param reason the first reason, with its facts
     */
    public record AccountLine(String accountId, String line, String reason) {
    }

    /** @param approvable whether an Approve button belongs to it (drafted or edited) */
    public record DraftLine(String draftId, String accountId, String line, boolean approvable) {
    }

    /** "ACC-00037 Hikari Retail, 2026-11-20 (cancel): "How do I cancel?"" */
    public record QuestionLine(String accountId, String line) {
    }
}
