package io.tenure.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.knowledge.answer.Messages;
import io.tenure.knowledge.ingest.HelpCenterSource;
import io.tenure.knowledge.ingest.IngestReport;
import io.tenure.llm.LanguageModel;
import io.tenure.llm.PromptLibrary;
import io.tenure.support.SharedFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest and answer over the real multilingual help center (../shared/kb), no LLM. */
class SharedHelpCenterTest {
    @TempDir
    static Path data;

    static KnowledgeBase base;
    static IngestReport report;
    static HelpCenter helpCenter;
    static final Messages MESSAGES = Messages.load("config/messages.yaml");

    @BeforeAll
    static void ingestTheSharedHelpCenter() {
        base = KnowledgeFixtures.onDisk(data, KnowledgeFixtures.settings(5_000_000));
        report = base.ingest(HelpCenterSource.folder(SharedFiles.shared().resolve("kb")), false);
        helpCenter = base.helpCenter(LanguageModel.none(), new PromptLibrary("prompts"));
    }

    @AfterAll
    static void close() {
        base.close();
    }

    @Test
    void everyArticleFileIsIndexedAndTheFolderReadmeIsNot() {
        assertThat(report.changed()).hasSize(5).noneMatch(path -> path.startsWith("README"));
        assertThat(report.rejected()).isEmpty();
        assertThat(report.passages()).isGreaterThan(50);
    }

    @Test
    void anEnglishQuestionFindsTheIndonesianPassageThatAnswersIt() {
        Answer answer = helpCenter.answer("How many subscribers can I add while the Campaigns trial runs?");

        assertThat(answer.abstained()).isFalse();
        assertThat(answer.language()).isEqualTo("en");
        assertThat(answer.citations().get(0).article()).isEqualTo("pipedrive-campaigns-billing");
        assertThat(answer.citations().get(0).language()).isEqualTo("id");
        assertThat(answer.citations()).anySatisfy(c -> assertThat(c.passage()).contains("500 pelanggan"));
        assertThat(answer.answer()).startsWith(MESSAGES.leadIn("en"));
    }

    @Test
    void aKoreanQuestionIsAnsweredFromTheKoreanVariantNotTheJapaneseOne() {
        Answer answer = helpCenter.answer("Octopus CRM 구독을 해지하기 전에 무엇을 확인해야 하나요?");

        assertThat(answer.abstained()).isFalse();
        assertThat(answer.citations()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.article()).isEqualTo("octopus-crm-cancel");
            assertThat(c.language()).isEqualTo("ko");
        });
        assertThat(answer.answer()).isEqualTo(MESSAGES.leadIn("ko"));
    }

    @Test
    void aThaiQuestionNamingTheProductInLatinLettersIsAnsweredFromTheArticleThatNamesIt() {
        // "Campaigns" is also the common word the Thai playbook uses for win-back campaigns; written in
        // Latin letters it names the product, which only the Indonesian article writes as a name.
        Answer answer = helpCenter.answer("ถ้ายกเลิก Campaigns จะใช้งานได้ถึงเมื่อไหร่");

        assertThat(answer.abstained()).isFalse();
        assertThat(answer.citations().get(0).article()).isEqualTo("pipedrive-campaigns-billing");
        assertThat(answer.citations()).anySatisfy(c -> assertThat(c.passage())
                .contains("hingga akhir siklus penagihan saat ini"));
    }

    @Test
    void aJapaneseQuestionIsAnsweredFromTheJapaneseVariant() {
        Answer answer = helpCenter.answer("Octopus CRMを解約するときのよくある問題は何ですか");

        assertThat(answer.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.language()).isEqualTo("ja"));
    }

    @Test
    void citedPassagesKeepTheirArticleTitleAndSectionHeading() {
        Answer answer = helpCenter.answer("Octopus CRM 계정을 취소하는 단계는 무엇인가요?");

        assertThat(answer.citations()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.title()).isEqualTo("Octopus CRM을 취소하는 방법은 무엇입니까?");
            assertThat(c.section()).isNotBlank();
            assertThat(c.passage()).isNotBlank();
        });
    }

    @Test
    void anOffTopicQuestionAbstainsInTheAskersLanguage() {
        Answer english = helpCenter.answer("Who painted the Mona Lisa?");
        Answer indonesian = helpCenter.answer("Apa resep nasi goreng yang paling enak?");

        assertThat(english.abstained()).isTrue();
        assertThat(english.citations()).isEmpty();
        assertThat(english.answer()).isEqualTo(MESSAGES.abstain("en"));
        assertThat(indonesian.abstained()).isTrue();
        assertThat(indonesian.language()).isEqualTo("id");
        assertThat(indonesian.answer()).isEqualTo(MESSAGES.abstain("id"));
    }

    @Test
    void anAnswerQuotesAtMostThreePassages() {
        Answer answer = helpCenter.answer("อัตราการเลิกใช้บริการของลูกค้าคำนวณอย่างไร");

        assertThat(answer.abstained()).isFalse();
        assertThat(answer.citations()).hasSizeBetween(1, 3)
                .allSatisfy(c -> assertThat(c.article()).isEqualTo("churn-reduction-playbook"));
    }

    @Test
    void aQuestionWithAWordNoPassageHoldsIsStillAnsweredFromItsOneKnownConcept() {
        // "good" occurs nowhere in the help center; the health score is in the Thai playbook.
        Answer answer = helpCenter.answer("What is a good customer health score?");

        assertThat(answer.abstained()).isFalse();
        assertThat(answer.citations()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.article()).isEqualTo("churn-reduction-playbook"));
        assertThat(answer.citations()).anySatisfy(c -> assertThat(c.passage()).contains("คะแนนสุขภาพ"));
    }

    @Test
    void aQuestionAskingForAPriceQuotesAPassageStatingAnAmountOfMoney() {
        Answer answer = helpCenter.answer("ActiveCampaign の料金はいくらですか？");

        assertThat(answer.abstained()).isFalse();
        assertThat(answer.citations()).anySatisfy(c -> assertThat(c.passage()).contains("$49"));
    }

    @Test
    void aQuestionNamingAProductTheHelpCenterNeverMentionsIsHandedOver() {
        Answer answer = helpCenter.answer("Netflix の月額料金はいくらですか");

        assertThat(answer.abstained()).isTrue();
        assertThat(answer.answer()).isEqualTo(MESSAGES.abstain("ja"));
    }
}
