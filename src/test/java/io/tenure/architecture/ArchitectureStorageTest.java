package io.tenure.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Storage owns every SQL statement: features depend on repository interfaces they own, implemented in
 * {@code io.tenure.storage}; only storage, the job table (db-scheduler needs the data source and joins a
 * repository's transaction) and the composition root, which hands the database to the repositories it
 * builds, touch JDBC or Jdbi.
 */
class ArchitectureStorageTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tenure");

    /**
     * Not moved yet (issue 11): the outreach workflow, whose transactions span the draft, its audit rows
     * and its job rows. Each leaves this
     * list when its SQL moves into storage; nothing may join it.
     */
    private static final Set<String> NOT_MOVED_YET = Set.of(
            "io.tenure.outreach.ApprovalWorkflow");

    private static final DescribedPredicate<JavaClass> OUTSIDE_STORAGE = DescribedPredicate.describe(
            "classes outside storage, the job table and the composition root (and not on the not-moved-yet list)",
            c -> !c.getPackageName().startsWith("io.tenure.storage") && !c.getPackageName().startsWith("io.tenure.jobs")
                    && !c.getName().equals("io.tenure.App")
                    && !NOT_MOVED_YET.contains(c.getName().split("\\$")[0]));

    @Test
    void onlyStorageTouchesJdbcOrJdbi() {
        noClasses().that(OUTSIDE_STORAGE)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.jdbi..")
                .because("storage owns every SQL statement; features depend on repository interfaces")
                .check(MAIN);
    }

    @Test
    void theNotMovedYetListHoldsOnlyClassesThatStillNeedIt() {
        Set<String> stillUsingJdbc = MAIN.stream()
                .filter(c -> c.getDirectDependenciesFromSelf().stream().anyMatch(d -> jdbc(d.getTargetClass())))
                .map(c -> c.getName().split("\\$")[0])
                .collect(Collectors.toSet());

        assertThat(stillUsingJdbc).as("a class whose SQL moved to storage leaves the list")
                .containsAll(NOT_MOVED_YET);
    }

    private static boolean jdbc(JavaClass c) {
        String pkg = c.getPackageName();
        return pkg.startsWith("java.sql") || pkg.startsWith("javax.sql") || pkg.startsWith("org.jdbi");
    }
}
