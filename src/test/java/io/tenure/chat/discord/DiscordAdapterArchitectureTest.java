package io.tenure.chat.discord;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.tenure.knowledge.Citation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Discord bot is a thin adapter: it reaches the rest of Tenure only through the assistant, the chat
 * ports and the draft review port, never through the knowledge base, account health, models or storage.
 */
class DiscordAdapterArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importTenure() {
        // The rules name packages, so JDA and the JDK need not be imported behind our classes: seconds saved.
        ArchConfiguration archunit = ArchConfiguration.get();
        boolean resolve = archunit.resolveMissingDependenciesFromClassPath();
        archunit.setResolveMissingDependenciesFromClassPath(false);
        try {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("io.tenure");
        } finally {
            archunit.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }

    @Test
    void theDiscordAdapterDependsOnlyOnTheAssistantAndThePorts() {
        noClasses().that().resideInAPackage("io.tenure.chat.discord..")
                .should().dependOnClassesThat(resideInAnyPackage("io.tenure.health..", "io.tenure.llm..",
                        "io.tenure.storage..", "io.tenure.knowledge..").and(not(equivalentTo(Citation.class))))
                .check(classes);
    }

    @Test
    void nothingButTheCompositionRootKnowsTheDiscordAdapter() {
        noClasses().that().resideOutsideOfPackage("io.tenure.chat.discord..")
                .and().doNotHaveFullyQualifiedName("io.tenure.App")
                .should().dependOnClassesThat().resideInAPackage("io.tenure.chat.discord..")
                .check(classes);
    }
}
