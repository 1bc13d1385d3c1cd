package io.tenure.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.assistant.ChannelKind;
import io.tenure.assistant.Reply;
import io.tenure.knowledge.Citation;
import io.tenure.outreach.DraftStatus;
import io.tenure.outreach.DraftView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class ReplyMessagesTest {
    @Test
    void aLongAnswerWithManyCitationsStaysWithinDiscordsLimits() {
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            citations.add(new Citation("a" + i, "Title " + i + " ".repeat(300), "ko", "Section " + i,
                    "환불 ".repeat(1000), 1.0, "https://help.example.com/a" + i));
        }
        Reply reply = new Reply(Reply.Kind.ANSWER, "답변 ".repeat(3000), "ko", citations, false, List.of(), 7L, null);

        MessageEmbed embed = ReplyMessages.render(reply).getEmbeds().get(0);

        assertThat(embed.isSendable()).isTrue();
        assertThat(embed.getDescription()).hasSizeLessThanOrEqualTo(MessageEmbed.DESCRIPTION_MAX_LENGTH).endsWith("…");
        assertThat(embed.getFields()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(embed.getFields().get(0).getName()).startsWith("[1] Title 0");
    }

    @Test
    void aFactAtTheEndOfAListMergedUnderItsHeadingIsQuotedAndTheLinkKept() {
        String passage = "Tools that help:\n" + "- a tool for onboarding emails and in-app guides\n".repeat(16)
                + "- ChurnZero, for health scores";
        Citation citation = new Citation("churn", "Reducing churn", "en", "Tools", passage, 1.0,
                "https://help.example.com/churn");
        Reply reply = new Reply(Reply.Kind.ANSWER, "Here is what our help center says:", "en", List.of(citation),
                false, List.of(), 7L, null);

        MessageEmbed.Field field = ReplyMessages.render(reply).getEmbeds().get(0).getFields().get(0);

        assertThat(passage).hasSizeGreaterThan(800);
        assertThat(field.getValue()).contains("> - ChurnZero, for health scores").endsWith("https://help.example.com/churn");
    }

    @Test
    void aPassageOfManyShortLinesIsCutAtItsEndAndStillShowsTheLink() {
        Citation citation = new Citation("a", "Title", "en", "", "x\n".repeat(600), 1.0,
                "https://help.example.com/" + "a".repeat(200));
        Reply reply = new Reply(Reply.Kind.ANSWER, "Answer", "en", List.of(citation), false, List.of(), 7L, null);

        MessageEmbed.Field field = ReplyMessages.render(reply).getEmbeds().get(0).getFields().get(0);

        assertThat(field.getValue()).hasSizeLessThanOrEqualTo(MessageEmbed.VALUE_MAX_LENGTH)
                .startsWith("> x").endsWith("a".repeat(200));
    }

    @Test
    void accountDataIsNeverRenderedInACustomerFacingChannel() {
        Reply data = Reply.text(Reply.Kind.ACCOUNT_DATA, "ACME-1 risk 87");

        assertThat(ReplyMessages.shownIn(ChannelKind.CUSTOMER_FACING, data).text()).doesNotContain("ACME");
        assertThat(ReplyMessages.shownIn(ChannelKind.INTERNAL, data)).isSameAs(data);
    }

    @Test
    void aLongDraftStillMakesASendableCardThatKeepsTheNewestHistory() {
        List<String> history = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            history.add("step " + i + " by someone at 2026-11-21 10:00 UTC");
        }
        DraftView draft = new DraftView("D-9", "ACME-9", "Acme", "save-offer", "en", "reason ".repeat(400),
                "a@acme.example", "Subject", "Body ".repeat(1500), DraftStatus.SENT, history,
                Instant.parse("2026-11-21T10:00:00Z"));

        MessageCreateData card = DraftCards.render(draft);

        MessageEmbed embed = card.getEmbeds().get(0);
        assertThat(embed.isSendable()).isTrue();
        MessageEmbed.Field shown = embed.getFields().stream().filter(f -> "History".equals(f.getName())).findFirst()
                .orElseThrow();
        assertThat(shown.getValue()).startsWith("…").endsWith("step 199 by someone at 2026-11-21 10:00 UTC");
        assertThat(card.getComponents()).isEmpty();
    }
}
