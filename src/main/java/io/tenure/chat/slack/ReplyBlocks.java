package io.tenure.chat.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import io.tenure.assistant.AccountAlert;
import io.tenure.assistant.Reply;
import io.tenure.knowledge.Citation;
import java.util.ArrayList;
import java.util.List;

/** A reply as Block Kit: the text, one block per citation, and Helpful / Not helpful for answers. */
final class ReplyBlocks {
    static final String HELPFUL = "tenure_helpful";
    static final String NOT_HELPFUL = "tenure_not_helpful";
    /** An alert's next steps; the value is the account id. */
    static final String ALERT_ACCOUNT = "tenure_alert_account";
    static final String ALERT_DRAFT = "tenure_alert_draft";
    /** Slack refuses section text longer than 3000 characters. */
    private static final int SECTION_LIMIT = 3000;
    /**
     * A passage is quoted whole: the help center's passages are about 500 characters and a list or steps merged
     * under their heading at most 1000 (kb.passage_chars, kb.weights.merge_max_chars); a fact late in a passage
     * must reach the reader. Beyond this, the citation text stays within Slack's limit for a text object.
     */
    private static final int PASSAGE_LIMIT = 1200;
    private static final int CITATION_LIMIT = 3000;

    private ReplyBlocks() {
    }

    static List<LayoutBlock> of(Reply reply) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (String part : split(SlackText.mrkdwn(reply.text()))) {
            blocks.add(section(s -> s.text(markdownText(part))));
        }
        int number = 1;
        for (Citation citation : reply.citations()) {
            blocks.add(context(List.of(markdownText(citation(number++, citation)))));
        }
        if (reply.questionId() != null) {
            String id = Long.toString(reply.questionId());
            blocks.add(actions("tenure_feedback", List.of(
                    button(b -> b.actionId(HELPFUL).value(id).text(plainText("Helpful"))),
                    button(b -> b.actionId(NOT_HELPFUL).value(id).text(plainText("Not helpful"))))));
        }
        return blocks;
    }

    /** An account alert: its text and the next steps as buttons (open the account, draft outreach). */
    static List<LayoutBlock> of(AccountAlert alert) {
        List<LayoutBlock> blocks = new ArrayList<>(of(alert.reply()));
        String id = alert.accountId();
        blocks.add(actions("tenure_alert", List.of(
                button(b -> b.actionId(ALERT_ACCOUNT).value(id).text(plainText("Open " + id))),
                button(b -> b.actionId(ALERT_DRAFT).value(id).text(plainText("Draft outreach"))))));
        return blocks;
    }

    /** The button's command for the assistant ({@code account ID} or {@code draft ID}). */
    static String alertCommand(String actionId, String accountId) {
        return AccountAlert.commandOf(actionId.equals(ALERT_ACCOUNT) ? AccountAlert.OPEN_ACCOUNT
                : AccountAlert.DRAFT_OUTREACH, accountId);
    }

    /**
     * The plain text Slack shows in notifications and where blocks cannot be shown. Escaped like the blocks:
     * Slack reads this text as mrkdwn too, so a customer's {@code <!channel>}, {@code <@U…>} or
     * {@code <http://evil.example|…>} quoted in a staff alert would ping the channel or show a disguised link.
     */
    static String fallback(Reply reply) {
        String text = SlackText.escape(reply.text());
        return text.length() > SECTION_LIMIT ? text.substring(0, SECTION_LIMIT - 1) + "…" : text;
    }

    static String citation(int number, Citation citation) {
        StringBuilder text = new StringBuilder("*[").append(number).append("] ");
        text.append(SlackText.escape(citation.title())).append('*');
        if (!citation.section().isEmpty()) {
            text.append(" › ").append(SlackText.escape(citation.section()));
        }
        if (citation.link() != null && !citation.link().isBlank()) {
            text.append("  <").append(citation.link()).append("|open the article>");
        }
        String passage = citation.passage().strip();
        if (!passage.isEmpty()) {
            if (passage.length() > PASSAGE_LIMIT) {
                passage = passage.substring(0, PASSAGE_LIMIT - 1) + "…";
            }
            text.append("\n> ").append(SlackText.escape(passage).replace("\n", "\n> "));
        }
        // Escaping can lengthen the text (& as &amp;); Slack refuses a text object over its limit.
        return text.length() > CITATION_LIMIT ? text.substring(0, CITATION_LIMIT - 1) + "…" : text.toString();
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text.isBlank() ? " " : text;
        while (rest.length() > SECTION_LIMIT) {
            int cut = rest.lastIndexOf('\n', SECTION_LIMIT);
            if (cut <= 0) {
                cut = SECTION_LIMIT;
            }
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        parts.add(rest);
        return parts;
    }
}
