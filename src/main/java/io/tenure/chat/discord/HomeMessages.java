package io.tenure.chat.discord;

import io.tenure.home.HomeView;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * A person's home as the private answer to {@code /mine}: the same sections as Slack's App Home, as text,
 * with the review card's Approve button for each draft that can be approved (at most one row of five).
 */
final class HomeMessages {
    /** Discord's limit on a message's content. */
    private static final int LIMIT = 2000;

    private HomeMessages() {
    }

    static MessageCreateData render(HomeView home) {
        StringBuilder t = new StringBuilder("**").append(home.title()).append("**\n");
        if (!home.staff()) {
            return new MessageCreateBuilder().setContent(cut(t.append(home.helpText()).toString()))
                    .setAllowedMentions(List.of()).build();
        }
        if (!home.note().isEmpty()) {
            t.append("_").append(home.note()).append("_\n");
        }
        t.append("\n**My accounts at risk**\n");
        if (home.accounts().isEmpty()) {
            t.append("None of your accounts is in red or yellow.\n");
        }
        for (HomeView.AccountLine account : home.accounts()) {
            t.append("• ").append(account.line()).append('\n');
            if (!account.reason().isEmpty()) {
                t.append("  ").append(account.reason()).append('\n');
            }
        }
        t.append("\n**Drafts waiting for me**\n");
        if (!home.draftsNote().isEmpty()) {
            t.append(home.draftsNote()).append('\n');
        }
        for (HomeView.DraftLine draft : home.drafts()) {
            t.append("• ").append(draft.line()).append('\n');
        }
        t.append("\n**Cancellation questions from my accounts (14 days)**\n");
        if (home.questions().isEmpty()) {
            t.append("None.\n");
        }
        for (HomeView.QuestionLine question : home.questions()) {
            t.append("• ").append(question.line()).append('\n');
        }
        List<Button> approve = new ArrayList<>();
        for (HomeView.DraftLine draft : home.drafts()) {
            if (draft.approvable() && approve.size() < 5) {
                approve.add(Button.success(ComponentIds.of(ComponentIds.APPROVE, draft.draftId()),
                        "Approve " + draft.draftId()));
            }
        }
        // Customers' questions are quoted: nothing in them may ping anyone.
        MessageCreateBuilder message = new MessageCreateBuilder().setContent(cut(t.toString().stripTrailing()))
                .setAllowedMentions(List.of());
        if (!approve.isEmpty()) {
            message.setComponents(ActionRow.of(approve));
        }
        return message.build();
    }

    private static String cut(String text) {
        return text.length() <= LIMIT ? text : text.substring(0, LIMIT - 1) + "…";
    }
}
