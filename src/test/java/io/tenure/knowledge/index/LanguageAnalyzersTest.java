package io.tenure.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageAnalyzersTest {
    @Test
    void aWordWrittenInOneAsianScriptIsNotLookedForInTheFieldsOfTheOthers() {
        assertThat(LanguageAnalyzers.canHold("ko", "サブスクリプション")).isFalse();
        assertThat(LanguageAnalyzers.canHold("th", "구독")).isFalse();
        assertThat(LanguageAnalyzers.canHold("ja", "ยกเลิก")).isFalse();
    }

    @Test
    void aWordIsLookedForInItsOwnScriptsFieldAndInTheLatinLanguages() {
        assertThat(LanguageAnalyzers.canHold("ja", "サブスクリプション")).isTrue();
        assertThat(LanguageAnalyzers.canHold("ko", "解約")).as("Han is written in Korean too").isTrue();
        assertThat(LanguageAnalyzers.canHold("en", "구독")).isTrue();
        assertThat(LanguageAnalyzers.canHold(LanguageAnalyzers.OTHER, "ยกเลิก")).isTrue();
    }

    @Test
    void namesAndNumbersInLatinLettersOrDigitsAreLookedForEverywhere() {
        assertThat(LanguageAnalyzers.canHold("ko", "PayPal")).isTrue();
        assertThat(LanguageAnalyzers.canHold("th", "Octopus의")).isTrue();
        assertThat(LanguageAnalyzers.canHold("ja", "49")).isTrue();
    }

    @Test
    void thaiWrittenWithLookAlikeLettersIsCutAsTheLettersItStandsFor() {
        LanguageAnalyzers analyzers = new LanguageAnalyzers();

        // "to reduce the number of licences", with sara am written as nikhahit + sara aa, as exported Thai often is.
        assertThat(analyzers.terms("th", "ต้องการลดจ\u0E4D\u0E32นวนสิทธิ์การใช้งาน"))
                .isEqualTo(analyzers.terms("th", "ต้องการลดจำนวนสิทธิ์การใช้งาน"))
                .contains("ลด", "จำนวน");
        // "to change", with sara ae written as two sara e.
        assertThat(analyzers.terms("th", "ต้องการเ\u0E40ก้ไข")).isEqualTo(analyzers.terms("th", "ต้องการแก้ไข"));
    }

    @Test
    void anEnglishIrregularVerbIsReadAsItsDictionaryForm() {
        LanguageAnalyzers analyzers = new LanguageAnalyzers();

        // Porter stemming alone leaves "bought" and "paid" as they are, so they never met "buy" and "pay".
        assertThat(analyzers.terms("en", "we bought it and paid")).isEqualTo(analyzers.terms("en", "we buy it and pay"));
        assertThat(analyzers.terms("en", "the plan was prepaid")).isEqualTo(analyzers.terms("en", "the plan was prepay"));
        // A word that is also a common word of another sense stays itself.
        assertThat(analyzers.terms("en", "three days left")).contains("left");
    }
}
