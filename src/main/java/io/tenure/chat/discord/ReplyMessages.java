package io.tenure.chat.discord;

import io.tenure.assistant.Attachment;
import io.tenure.assistant.ChannelKind;
import io.tenure.assistant.AccountAlert;
import io.tenure.assistant.Reply;
import io.tenure.knowledge.Citation;
import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders an assistant {@link Reply} as a Discord message: the text in an embed, one field per citation
 * (title, section, the quoted passage, the link), Helpful / Not helpful buttons on answers, and attached
 * files (the digest's chart shown as the embed's image).
 */
final class ReplyMessages {
    private static final Logger log = LoggerFactory.getLogger(ReplyMessages.class);
    /** Discord allows 25 fields; a handful of citations is what a reader follows. */
    private static final int MAX_CITATIONS = 5;
    /**
     * A passage is quoted whole where a field allows (passages are about 500 characters, a list merged under its
     * heading up to 1000): what is cut is the end, never the link to the article.
     */
    private static final int PASSAGE_CHARS = 1000;
    private static final EnumSet<Message.MentionType> NO_MENTIONS = EnumSet.noneOf(Message.MentionType.class);

    private ReplyMessages() {
    }

    /**
     * The assistant never returns account data or drafts for a customer-facing channel; should a defect ever
     * make it, none of it is shown there.
     */
    static Reply shownIn(ChannelKind channel, Reply reply) {
        if (channel == ChannelKind.CUSTOMER_FACING && reply.isInternal()) {
            log.error("withheld a {} reply from a customer-facing channel", reply.kind());
            return Reply.failed("Sorry, I cannot show that here: this channel is customer-facing.");
        }
        return reply;
    }

    /** The passage, cut to at most {@code chars}, as Discord quote lines. */
    private static String quoted(String passage, int chars) {
        StringBuilder value = new StringBuilder();
        for (String line : limit(passage, chars).split("\n")) {
            value.append("> ").append(line).append('\n');
        }
        return value.toString();
    }

    static MessageCreateData render(Reply reply) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(colorOf(reply.kind()))
                .setDescription(limit(reply.text().isBlank() ? "…" : reply.text(), MessageEmbed.DESCRIPTION_MAX_LENGTH));
        int number = 1;
        for (Citation citation : reply.citations()) {
            if (number > MAX_CITATIONS) {
                break;
            }
            String name = "[" + number + "] " + citation.title()
                    + (citation.section().isEmpty() ? "" : " › " + citation.section());
            String link = citation.link() == null || citation.link().isBlank() ? "" : citation.link();
            String value = quoted(citation.passage().strip(), PASSAGE_CHARS);
            // Each quoted line costs two characters more; shorten the quote until it and the link fit a field.
            for (int room = PASSAGE_CHARS; value.length() + link.length() > MessageEmbed.VALUE_MAX_LENGTH && room > 100;
                 room -= 100) {
                value = quoted(citation.passage().strip(), room);
            }
            value = value + link;
            MessageEmbed.Field field = new MessageEmbed.Field(limit(name, MessageEmbed.TITLE_MAX_LENGTH),
                    limit(value.strip(), MessageEmbed.VALUE_MAX_LENGTH), false);
            if (embed.length() + field.getName().length() + field.getValue().length() > MessageEmbed.EMBED_MAX_LENGTH_BOT) {
                break;
            }
            embed.addField(field);
            number++;
        }
        if (reply.draftId() != null) {
            embed.setFooter("Draft " + reply.draftId());
        }
        MessageCreateBuilder message = new MessageCreateBuilder();
        List<FileUpload> files = new ArrayList<>();
        for (Attachment attachment : reply.attachments()) {
            String name = attachment.file().getFileName().toString();
            files.add(FileUpload.fromData(attachment.file().toFile(), name));
            if (attachment.mimeType() != null && attachment.mimeType().startsWith("image/") && files.size() == 1) {
                embed.setImage("attachment://" + name);
            }
        }
        // Nothing Tenure posts pings anyone: a customer's @everyone or <@id> quoted in a staff alert stays text.
        message.setEmbeds(embed.build()).setFiles(files).setAllowedMentions(NO_MENTIONS);
        if (reply.questionId() != null) {
            message.setComponents(ActionRow.of(
                    Button.success(ComponentIds.of(ComponentIds.HELPFUL, reply.questionId()), "Helpful"),
                    Button.secondary(ComponentIds.of(ComponentIds.NOT_HELPFUL, reply.questionId()), "Not helpful")));
        }
        return message.build();
    }

    /** An owner alert: the reply's embed with the next steps as buttons (open the account, draft outreach). */
    static MessageCreateData render(AccountAlert alert) {
        String id = alert.accountId();
        return MessageCreateBuilder.from(render(alert.reply())).setComponents(ActionRow.of(
                Button.primary(ComponentIds.of(ComponentIds.ALERT_ACCOUNT, id), limit("Open " + id, 80)),
                Button.secondary(ComponentIds.of(ComponentIds.ALERT_DRAFT, id), "Draft outreach"))).build();
    }

    /** A short plain message (an acknowledgement or an explained failure). */
    static MessageCreateData notice(String text) {
        return new MessageCreateBuilder().setContent(limit(text, 2000)).setAllowedMentions(NO_MENTIONS).build();
    }

    static Color colorOf(Reply.Kind kind) {
        return switch (kind) {
            case ANSWER -> new Color(0x2E7D32);
            case ABSTAINED, HELP -> new Color(0x607D8B);
            case ACCOUNT_DATA, DRAFT -> new Color(0x1565C0);
            case REFUSED -> new Color(0xEF6C00);
            case FAILED -> new Color(0xC62828);
        };
    }

    static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
