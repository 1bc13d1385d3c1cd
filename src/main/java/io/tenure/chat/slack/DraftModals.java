package io.tenure.chat.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import io.tenure.outreach.DraftView;
import java.util.List;
import java.util.Map;

/** The Edit and Reject modals of a review card. They carry the draft and the card's channel along. */
final class DraftModals {
    static final String EDIT_CALLBACK = "tenure_draft_edit_modal";
    static final String REJECT_CALLBACK = "tenure_draft_reject_modal";
    private static final String VALUE = "value";

    /** What a modal carries in its private metadata: the draft and where its card is. */
    record Origin(String draftId, String channel) {
        String encode() {
            return draftId + "\n" + channel;
        }

        static Origin decode(String metadata) {
            String[] parts = metadata == null ? new String[0] : metadata.split("\n", 2);
            return new Origin(parts.length > 0 ? parts[0] : "", parts.length > 1 ? parts[1] : "");
        }
    }

    private DraftModals() {
    }

    static View edit(DraftView draft, Origin origin) {
        return view(v -> v.type("modal").callbackId(EDIT_CALLBACK).privateMetadata(origin.encode())
                .title(viewTitle(t -> t.type("plain_text").text("Edit draft")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(List.of(
                        input(i -> i.blockId("subject").label(plainText("Subject")).element(plainTextInput(p -> p
                                .actionId(VALUE).initialValue(draft.subject())))),
                        input(i -> i.blockId("body").label(plainText("Body")).element(plainTextInput(p -> p
                                .actionId(VALUE).multiline(true).initialValue(draft.body())))))));
    }

    static View reject(DraftView draft, Origin origin) {
        return view(v -> v.type("modal").callbackId(REJECT_CALLBACK).privateMetadata(origin.encode())
                .title(viewTitle(t -> t.type("plain_text").text("Reject draft")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Reject")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(List.of(input(i -> i.blockId("reason").label(plainText("Why reject the draft for "
                        + draft.accountName() + "?")).element(plainTextInput(p -> p.actionId(VALUE).multiline(true)))))));
    }

    /** The text typed into an input block of a submitted modal, or "" when empty. */
    static String value(ViewState state, String blockId) {
        Map<String, ViewState.Value> block = state == null || state.getValues() == null ? null
                : state.getValues().get(blockId);
        ViewState.Value value = block == null ? null : block.get(VALUE);
        return value == null || value.getValue() == null ? "" : value.getValue();
    }
}
