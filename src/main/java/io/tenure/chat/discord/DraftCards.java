package io.tenure.chat.discord;

import io.tenure.outreach.DraftStatus;
import io.tenure.outreach.DraftView;
import java.awt.Color;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** The review card of an outreach draft, its buttons while it can still be reviewed, and the review modals. */
final class DraftCards {
    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int SUBJECT_MAX = 300;

    private DraftCards() {
    }

    static MessageCreateData render(DraftView draft) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(colorOf(draft.status()))
                .setTitle(ReplyMessages.limit("Outreach draft for " + draft.accountName() + " (" + draft.accountId() + ")",
                        MessageEmbed.TITLE_MAX_LENGTH))
                .addField("Why at risk", ReplyMessages.limit(orDash(draft.riskReason()), MessageEmbed.VALUE_MAX_LENGTH), false)
                .addField("To", ReplyMessages.limit(orDash(draft.recipient()), MessageEmbed.VALUE_MAX_LENGTH), true)
                .addField("Kind", orDash(draft.kind()) + " · " + orDash(draft.language()), true)
                .addField("Status", draft.status().name().toLowerCase(Locale.ROOT)
                        + (draft.sentAt() == null ? "" : ", sent " + SENT.format(draft.sentAt())), true);
        if (!draft.history().isEmpty()) {
            // The newest steps matter most when the history is longer than a field holds.
            String history = String.join("\n", draft.history());
            if (history.length() > MessageEmbed.VALUE_MAX_LENGTH) {
                history = "…" + history.substring(history.length() - MessageEmbed.VALUE_MAX_LENGTH + 1);
            }
            embed.addField("History", history, false);
        }
        String footer = "Draft " + draft.id();
        // The text gets what room Discord's 6000 characters per embed leave; the draft itself stays whole.
        int room = Math.min(MessageEmbed.DESCRIPTION_MAX_LENGTH,
                MessageEmbed.EMBED_MAX_LENGTH_BOT - embed.length() - footer.length());
        embed.setDescription(ReplyMessages.limit("**" + draft.subject() + "**\n\n" + draft.body(), room));
        embed.setFooter(footer);
        MessageCreateBuilder message = new MessageCreateBuilder().setEmbeds(embed.build());
        if (reviewable(draft.status())) {
            message.setComponents(ActionRow.of(
                    Button.success(ComponentIds.of(ComponentIds.APPROVE, draft.id()), "Approve"),
                    Button.secondary(ComponentIds.of(ComponentIds.EDIT, draft.id()), "Edit"),
                    Button.danger(ComponentIds.of(ComponentIds.REJECT, draft.id()), "Reject")));
        }
        return message.build();
    }

    static boolean reviewable(DraftStatus status) {
        return status == DraftStatus.DRAFTED || status == DraftStatus.EDITED;
    }

    /** Whether the draft fits the edit form whole; a form that cut it short would lose text on submit. */
    static boolean fitsEditForm(DraftView draft) {
        return draft.subject().length() <= SUBJECT_MAX && draft.body().length() <= TextInput.MAX_VALUE_LENGTH;
    }

    static Modal editForm(DraftView draft) {
        return Modal.create(ComponentIds.of(ComponentIds.EDIT_FORM, draft.id()), "Edit the draft")
                .addComponents(
                        Label.of("Subject", TextInput.create(ComponentIds.SUBJECT_FIELD, TextInputStyle.SHORT)
                                .setRequired(true).setMaxLength(SUBJECT_MAX).setValue(draft.subject()).build()),
                        Label.of("Body", TextInput.create(ComponentIds.BODY_FIELD, TextInputStyle.PARAGRAPH)
                                .setRequired(true).setMaxLength(TextInput.MAX_VALUE_LENGTH).setValue(draft.body())
                                .build()))
                .build();
    }

    static Modal rejectForm(String draftId) {
        return Modal.create(ComponentIds.of(ComponentIds.REJECT_FORM, draftId), "Reject the draft")
                .addComponents(Label.of("Why is it rejected?",
                        TextInput.create(ComponentIds.REASON_FIELD, TextInputStyle.PARAGRAPH)
                                .setRequired(true).setMaxLength(1000).build()))
                .build();
    }

    private static Color colorOf(DraftStatus status) {
        return switch (status) {
            case DRAFTED, EDITED -> new Color(0x1565C0);
            case APPROVED, SENDING, SENT -> new Color(0x2E7D32);
            case REJECTED, EXPIRED -> new Color(0x757575);
            case UNCERTAIN, FAILED -> new Color(0xC62828);
        };
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
