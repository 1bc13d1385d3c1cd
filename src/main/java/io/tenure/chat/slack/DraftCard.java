package io.tenure.chat.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import io.tenure.outreach.DraftStatus;
import io.tenure.outreach.DraftView;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An outreach draft as a review card: who and why, the message, what happened to it, and the buttons. */
final class DraftCard {
    static final String APPROVE = "tenure_draft_approve";
    static final String EDIT = "tenure_draft_edit";
    static final String REJECT = "tenure_draft_reject";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int BODY_LIMIT = 2800;

    private DraftCard() {
    }

    static String fallback(DraftView draft) {
        return "Outreach draft for " + draft.accountName() + " (" + draft.accountId() + "): "
                + draft.status().name().toLowerCase(Locale.ROOT);
    }

    static List<LayoutBlock> of(DraftView draft) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Outreach draft: " + draft.accountName()))));
        List<TextObject> fields = List.of(
                markdownText("*Account*\n" + SlackText.escape(draft.accountName() + " (" + draft.accountId() + ")")),
                markdownText("*Status*\n" + status(draft)),
                markdownText("*To*\n" + SlackText.escape(draft.recipient())),
                markdownText("*Kind*\n" + SlackText.escape(draft.kind() + ", " + draft.language())));
        blocks.add(section(s -> s.fields(fields)));
        blocks.add(section(s -> s.text(markdownText("*Why at risk:* " + SlackText.escape(draft.riskReason())))));
        blocks.add(section(s -> s.text(markdownText("*Subject:* " + SlackText.escape(draft.subject())))));
        String body = draft.body().length() > BODY_LIMIT ? draft.body().substring(0, BODY_LIMIT) + "…" : draft.body();
        blocks.add(section(s -> s.text(markdownText("> " + SlackText.escape(body).replace("\n", "\n> ")))));
        List<String> lines = new ArrayList<>(draft.history());
        if (draft.sentAt() != null) {
            lines.add("sent at " + TIME.format(draft.sentAt()));
        }
        if (!lines.isEmpty()) {
            blocks.add(context(List.of(markdownText(SlackText.escape(String.join("\n", lines))))));
        }
        if (draft.status() == DraftStatus.DRAFTED || draft.status() == DraftStatus.EDITED) {
            blocks.add(actions("tenure_review", List.of(
                    button(b -> b.actionId(APPROVE).value(draft.id()).style("primary").text(plainText("Approve"))),
                    button(b -> b.actionId(EDIT).value(draft.id()).text(plainText("Edit"))),
                    button(b -> b.actionId(REJECT).value(draft.id()).style("danger").text(plainText("Reject"))))));
        }
        return blocks;
    }

    private static String status(DraftView draft) {
        String status = draft.status().name().toLowerCase(Locale.ROOT);
        if (draft.status() == DraftStatus.SENT && draft.sentAt() != null) {
            return ":white_check_mark: sent " + TIME.format(draft.sentAt());
        }
        if (draft.status() == DraftStatus.UNCERTAIN) {
            // Never resent by itself: an approver checks with the recipient, then retries or marks it sent.
            return ":warning: uncertain: may have been sent; `tenure drafts retry` or `mark-sent`";
        }
        if (draft.status() == DraftStatus.FAILED) {
            return ":x: failed: edit, `tenure drafts retry` or reject";
        }
        return status;
    }
}
