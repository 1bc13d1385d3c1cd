package io.tenure.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.knowledge.ingest.HelpCenterSource;
import io.tenure.llm.LanguageModel;
import io.tenure.llm.PromptLibrary;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Follow-ups read with their conversation, without a model, on the bundled demo help center (real Lucene),
 * in the five languages: a refund question, then "and for the annual plan?".
 */
class ThreadFollowUpsTest {
    @TempDir
    static Path data;
    static KnowledgeBase base;
    static HelpCenter helpCenter;

    @BeforeAll
    static void ingestTheDemoHelpCenter() {
        base = KnowledgeFixtures.onDisk(data, KnowledgeFixtures.settings(5_000_000));
        base.ingest(HelpCenterSource.demo(), false);
        helpCenter = base.helpCenter(LanguageModel.none(), new PromptLibrary("prompts"));
    }

    @AfterAll
    static void closeIndex() {
        base.close();
    }

    /** language, a refund question, the follow-up, the refund article's "who can get a refund" section and its annual-plan words, a new topic. */
    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("en", "Can I get a refund?", "and for the annual plan?", "Who can get a refund",
                        "Annual plans", "How do I cancel my subscription?"),
                Arguments.of("ko", "환불 받을 수 있나요?", "연간 플랜은요?", "환불 대상", "연간 플랜",
                        "구독을 취소하려면 어떻게 하나요?"),
                Arguments.of("ja", "返金できますか？", "年間プランの場合は？", "返金の対象", "年間プラン",
                        "サブスクリプションを解約するにはどうすればいいですか？"),
                Arguments.of("th", "ขอเงินคืนได้ไหม", "แล้วแผนรายปีล่ะ", "ใครได้รับเงินคืน", "รายปี",
                        "ยกเลิกการสมัครสมาชิกได้อย่างไร"),
                Arguments.of("id", "Apakah saya bisa mendapatkan pengembalian dana?", "bagaimana dengan paket tahunan?",
                        "Siapa yang bisa mendapatkan pengembalian dana", "tahunan",
                        "Bagaimana cara membatalkan langganan saya?"));
    }

    private static ConversationAnswer ask(String text, Topic earlier) {
        return helpCenter.answer(new Question(text, earlier, "test-thread", "test-thread"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aShortFollowUpAfterARefundQuestionIsAnsweredWithTheRefundPassageAboutAnnualPlans(String language,
            String refund, String followUp, String section, String annual, String newTopic) {
        ConversationAnswer first = ask(refund, Topic.NONE);
        assertThat(first.topic().concepts()).containsExactly("refund");

        ConversationAnswer next = ask(followUp, first.topic());

        assertThat(next.followUp()).isTrue();
        assertThat(next.topic()).isEqualTo(first.topic());
        assertThat(next.answer().abstained()).isFalse();
        assertThat(next.answer().language()).isEqualTo(language);
        Citation best = next.answer().citations().get(0);
        assertThat(best.article()).isEqualTo("refunds");
        assertThat(best.language()).isEqualTo(language);
        assertThat(best.section()).isEqualTo(section);
        assertThat(best.passage()).contains(annual);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void theSameFollowUpOutsideTheConversationInheritsNothing(String language, String refund, String followUp,
            String section, String annual, String newTopic) {
        ConversationAnswer alone = ask(followUp, Topic.NONE);

        assertThat(alone.followUp()).isFalse();
        assertThat(alone.topic().concepts()).doesNotContain("refund");
        assertThat(base.followUps().read(followUp, language, Topic.NONE).searched()).isEqualTo(followUp);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aNewTopicInTheSameConversationIsAnsweredAfresh(String language, String refund, String followUp,
            String section, String annual, String newTopic) {
        ConversationAnswer first = ask(refund, Topic.NONE);

        ConversationAnswer next = ask(newTopic, first.topic());

        assertThat(next.followUp()).isFalse();
        assertThat(next.topic().concepts()).contains("cancel").doesNotContain("refund");
        assertThat(next.answer().citations()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.article()).isEqualTo("cancel-subscription"));
    }

    @Test
    void aFollowUpOfAFollowUpKeepsTheTopicAndAGreetingDoesNotEndIt() {
        ConversationAnswer first = ask("Can I get a refund?", Topic.NONE);
        ConversationAnswer annual = ask("and for the annual plan?", first.topic());
        ConversationAnswer thanks = ask("thanks!", annual.topic());

        ConversationAnswer howLong = ask("How long does it take?", thanks.topic());

        assertThat(howLong.followUp()).isTrue();
        assertThat(howLong.answer().citations().get(0).section()).isEqualTo("How long a refund takes");
    }

    @Test
    void aQuestionOutsideAnyConversationIsSearchedAsAskedAndSetsNoTopic() {
        ConversationAnswer alone = helpCenter.answer(Question.alone("Can I get a refund?"));

        assertThat(alone.followUp()).isFalse();
        assertThat(alone.topic()).isEqualTo(Topic.NONE);
        assertThat(alone.answer()).isEqualTo(helpCenter.answer("Can I get a refund?"));
    }

    @Test
    void aLongerMessageWithoutTopicWordsIsANewQuestionNotAFollowUp() {
        ConversationAnswer first = ask("Can I get a refund?", Topic.NONE);

        ConversationAnswer other = ask("Does Orbitly work offline on my phone?", first.topic());

        assertThat(other.followUp()).isFalse();
        assertThat(other.topic().isEmpty()).isTrue();
    }
}
