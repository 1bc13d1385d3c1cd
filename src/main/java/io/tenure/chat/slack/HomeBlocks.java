package io.tenure.chat.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import io.tenure.home.HomeView;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's home as a Slack App Home view. Account and Draft buttons run those commands for the person
 * (the answer comes in the app's Messages tab); Approve is the review card's own button.
 */
final class HomeBlocks {
    static final String ACCOUNT = "tenure_home_account";
    static final String DRAFT = "tenure_home_draft";

    private HomeBlocks() {
    }

    static View of(HomeView home) {
        return View.builder().type("home").blocks(blocks(home)).build();
    }

    static List<LayoutBlock> blocks(HomeView home) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(home.title()))));
        if (!home.staff()) {
            blocks.add(section(s -> s.text(markdownText(SlackText.escape(home.helpText())))));
            return blocks;
        }
        if (!home.note().isEmpty()) {
            blocks.add(context(List.of(markdownText(SlackText.escape(home.note())))));
        }
        blocks.add(section(s -> s.text(markdownText("*My accounts at risk*"))));
        if (home.accounts().isEmpty()) {
            blocks.add(context(List.of(markdownText("None of your accounts is in red or yellow."))));
        }
        for (HomeView.AccountLine account : home.accounts()) {
            String text = SlackText.escape(account.line()) + (account.reason().isEmpty() ? ""
                    : "\n_" + SlackText.escape(account.reason()) + "_");
            blocks.add(section(s -> s.text(markdownText(text))));
            blocks.add(actions(List.of(accountButton(account.accountId()),
                    button(b -> b.actionId(DRAFT).value(account.accountId()).text(plainText("Draft outreach"))))));
        }
        blocks.add(divider());
        blocks.add(section(s -> s.text(markdownText("*Drafts waiting for me*"))));
        if (!home.draftsNote().isEmpty()) {
            blocks.add(context(List.of(markdownText(SlackText.escape(home.draftsNote())))));
        }
        for (HomeView.DraftLine draft : home.drafts()) {
            blocks.add(section(s -> s.text(markdownText(SlackText.escape(draft.line())))));
            List<BlockElement> buttons = new ArrayList<>();
            if (draft.approvable()) {
                buttons.add(button(b -> b.actionId(DraftCard.APPROVE).value(draft.draftId()).style("primary")
                        .text(plainText("Approve"))));
            }
            buttons.add(accountButton(draft.accountId()));
            blocks.add(actions(buttons));
        }
        blocks.add(divider());
        blocks.add(section(s -> s.text(markdownText("*Cancellation questions from my accounts (14 days)*"))));
        if (home.questions().isEmpty()) {
            blocks.add(context(List.of(markdownText("None."))));
        }
        for (HomeView.QuestionLine question : home.questions()) {
            blocks.add(section(s -> s.text(markdownText(SlackText.escape(question.line())))
                    .accessory(accountButton(question.accountId()))));
        }
        return blocks;
    }

    private static BlockElement accountButton(String accountId) {
        return button(b -> b.actionId(ACCOUNT).value(accountId).text(plainText("Account")));
    }
}
