package io.tenure.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.tenure.config.ConfigException;
import io.tenure.config.Secrets;
import io.tenure.knowledge.Glossary;
import io.tenure.knowledge.LanguageDetector;
import io.tenure.knowledge.index.LanguageAnalyzers;
import io.tenure.llm.LanguageModel;
import io.tenure.llm.LanguageModels;
import io.tenure.llm.LlmSettings;
import io.tenure.llm.PromptLibrary;
import io.tenure.support.FakeOpenAiServer;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntentRecognizerTest {
    private static final Glossary GLOSSARY = Glossary.load("", new LanguageAnalyzers());
    private static final LanguageDetector DETECTOR = new LanguageDetector();
    private static final IntentRules RULES = IntentRules.load("config/intents.yaml", GLOSSARY.conceptIds());
    private FakeOpenAiServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new FakeOpenAiServer();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    private static IntentRecognizer withoutModel() {
        return new IntentRecognizer(RULES, GLOSSARY, DETECTOR, LanguageModel.none(), new PromptLibrary("prompts"));
    }

    private IntentRecognizer withModel() {
        LanguageModel model = LanguageModels.fromSettings(new LlmSettings("openai", "test-model", server.baseUrl(), 5,
                50, 0.0, false, "prompts"), new Secrets(Map.of("TENURE_LLM_API_KEY", "sk-test-key")));
        return new IntentRecognizer(RULES, GLOSSARY, DETECTOR, model, new PromptLibrary("prompts"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "How do I cancel my subscription?|cancel",
            "I want to close my account and stop paying|cancel",
            "Can I downgrade to a smaller plan next month?|downgrade",
            "I would like a refund for last month|refund",
            "You charged me twice this month, please fix it|billing-complaint",
            "Your service is too expensive for a team our size|billing-complaint",
            "구독을 해지하고 싶어요|cancel",
            "요금제를 다운그레이드하려면 어떻게 하나요?|downgrade",
            "지난달 요금 환불받을 수 있나요?|refund",
            "이번 달에 두 번 결제되었어요|billing-complaint",
            "サブスクリプションを解約したいです|cancel",
            "下位プランにダウングレードできますか|downgrade",
            "先月分を返金してもらえますか|refund",
            "今月、二重請求されています|billing-complaint",
            "ฉันต้องการยกเลิกการสมัครสมาชิก|cancel",
            "จะดาวน์เกรดแผนได้อย่างไร|downgrade",
            "ขอคืนเงินค่าบริการเดือนที่แล้วได้ไหม|refund",
            "ฉันถูกเรียกเก็บเงินซ้ำในเดือนนี้|billing-complaint",
            "Bagaimana cara membatalkan langganan saya?|cancel",
            "Apakah saya bisa menurunkan paket ke yang lebih kecil?|downgrade",
            "Saya ingin pengembalian dana untuk bulan lalu|refund",
            "Saya ditagih dua kali bulan ini|billing-complaint",
    })
    void anIntentIsRecognisedInEachLanguageWithoutAModel(String question, String intent) {
        assertThat(withoutModel().recognise(question)).contains(intent);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "How do I download my invoice?",
            "When is my card charged?",
            "How do I change the payment method?",
            "결제 카드는 어떻게 변경하나요?",
            "請求書はどこでダウンロードできますか",
            "ใบแจ้งหนี้ดาวน์โหลดได้ที่ไหน",
            "Kapan kartu saya ditagih?",
            "How do I invite a teammate?",
            "How do I reduce the number of notifications?",
            "How can we reduce churn in our team?",
    })
    void anOrdinaryBillingQuestionShowsNoIntent(String question) {
        assertThat(withoutModel().recognise(question)).isEmpty();
    }

    @Test
    void givenAModelItsLabelIsUsedEvenWhereTheGlossarySeesNone() throws Exception {
        server.replyWith("downgrade");

        assertThat(withModel().recognise("Our team shrank to three people, what are our options?")).contains("downgrade");

        JsonNode request = server.takeRequest();
        assertThat(FakeOpenAiServer.promptOf(request)).contains("Our team shrank to three people")
                .contains("billing-complaint:").contains("none:");
    }

    @Test
    void givenAModelThatSaysNoneNoIntentIsRecorded() {
        server.replyWith("None.");

        assertThat(withModel().recognise("How do I cancel my subscription?")).isEmpty();
    }

    @Test
    void aServerErrorFallsBackToTheGlossary() {
        server.failWith(500);

        assertThat(withModel().recognise("サブスクリプションを解約したいです")).contains("cancel");
    }

    @Test
    void anAnswerThatIsNotALabelFallsBackToTheGlossary() {
        server.replyWith("I think the customer might be unhappy about something.");

        assertThat(withModel().recognise("Saya ingin pengembalian dana")).contains("refund");
    }

    @Test
    void anIntentNamingAConceptOutsideTheGlossaryFailsAtStart() {
        assertThatThrownBy(() -> IntentRules.load("config/intents.yaml", Set.of("cancel", "refund")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not in the glossary");
    }
}
