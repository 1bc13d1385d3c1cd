package io.tenure.chat.slack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The Slack app only translates: it reaches features through the assistant and the review port. */
class SlackArchitectureTest {
    private static final JavaClasses TENURE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tenure");

    @Test
    void theSlackAdapterDoesNotReachIntoAccountHealthOrTheLanguageModel() {
        noClasses().that().resideInAPackage("io.tenure.chat.slack..")
                .should().dependOnClassesThat().resideInAnyPackage("io.tenure.health..", "io.tenure.llm..")
                .check(TENURE);
    }

    @Test
    void slackTypesStayInsideTheSlackAdapter() {
        noClasses().that().resideOutsideOfPackage("io.tenure.chat.slack..")
                .should().dependOnClassesThat().resideInAPackage("com.slack..")
                .check(TENURE);
    }
}
