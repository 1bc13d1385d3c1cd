package io.tenure.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Keeps the architecture honest: chat adapters translate between a platform and the assistant and
 * decide nothing, so they reach features only through the assistant and the draft-review port.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tenure");
    private static final Set<String> REVIEW_PORT = Set.of("DraftReview", "DraftView", "DraftListener", "DraftStatus",
            "ReviewOutcome");
    private static final DescribedPredicate<JavaClass> OUTREACH_BEYOND_THE_REVIEW_PORT = DescribedPredicate.describe(
            "outreach classes other than the review port",
            c -> c.getPackageName().equals("io.tenure.outreach")
                    && !REVIEW_PORT.contains(c.getName().substring("io.tenure.outreach.".length()).split("\\$")[0]));

    @Test
    void chatAdaptersDoNotReachIntoFeatures() {
        noClasses().that().resideInAPackage("io.tenure.chat..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.tenure.health..", "io.tenure.llm..", "io.tenure.report..", "io.tenure.retention..")
                .because("adapters only translate; features are reached through the Assistant")
                .check(MAIN);
    }

    @Test
    void chatAdaptersUseOnlyTheReviewPortOfOutreach() {
        noClasses().that().resideInAPackage("io.tenure.chat..")
                .should().dependOnClassesThat(OUTREACH_BEYOND_THE_REVIEW_PORT)
                .check(MAIN);
    }

    @Test
    void theAssistantKnowsNoChatPlatform() {
        noClasses().that().resideInAPackage("io.tenure.assistant..")
                .should().dependOnClassesThat().resideInAPackage("io.tenure.chat..")
                .check(MAIN);
    }

    @Test
    void noFeatureDependsOnAChatPlatform() {
        noClasses().that().resideInAnyPackage("io.tenure.knowledge..", "io.tenure.health..", "io.tenure.outreach..",
                        "io.tenure.llm..", "io.tenure.report..", "io.tenure.retention..", "io.tenure.storage..",
                        "io.tenure.owners..", "io.tenure.home..")
                .should().dependOnClassesThat().resideInAnyPackage("io.tenure.chat.slack..", "io.tenure.chat.discord..")
                .check(MAIN);
    }
}
