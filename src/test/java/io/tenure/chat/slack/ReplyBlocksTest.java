package io.tenure.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.knowledge.Citation;
import org.junit.jupiter.api.Test;

class ReplyBlocksTest {
    @Test
    void aFactAtTheEndOfAListMergedUnderItsHeadingIsQuotedWithTheArticleLink() {
        String passage = "Tools that help:\n" + "- a tool for onboarding emails and in-app guides\n".repeat(16)
                + "- ChurnZero, for health scores";
        Citation citation = new Citation("churn", "Reducing churn", "en", "Tools", passage, 1.0,
                "https://help.example.com/churn");

        String quoted = ReplyBlocks.citation(1, citation);

        assertThat(passage).hasSizeGreaterThan(800);
        assertThat(quoted).contains("ChurnZero, for health scores").contains("<https://help.example.com/churn|");
    }

    @Test
    void aPassageFullOfCharactersSlackEscapesStaysWithinSlacksLimitForAText() {
        Citation citation = new Citation("a", "Title", "en", "", "&<>".repeat(1000), 1.0, null);

        assertThat(ReplyBlocks.citation(1, citation)).hasSizeLessThanOrEqualTo(3000).endsWith("…");
    }
}
