package io.tenure.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Storage owns every SQL statement: features depend on repository interfaces they own, implemented in
 * {@code io.tenure.storage}; only storage, the job table (db-scheduler needs the data source and joins a
 * repository's transaction) and the composition root, which hands the database to the repositories it
 * builds, touch JDBC or Jdbi. The not-moved-yet list of issue 11 emptied (the account import, the health
 * benchmark and the outreach workflow moved their SQL into storage), so there are no exceptions left.
 */
class ArchitectureStorageTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tenure");

    private static final DescribedPredicate<JavaClass> OUTSIDE_STORAGE = DescribedPredicate.describe(
            "classes outside storage, the job table and the composition root",
            c -> !c.getPackageName().startsWith("io.tenure.storage") && !c.getPackageName().startsWith("io.tenure.jobs")
                    && !c.getName().equals("io.tenure.App"));

    @Test
    void onlyStorageTouchesJdbcOrJdbi() {
        noClasses().that(OUTSIDE_STORAGE)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.jdbi..")
                .because("storage owns every SQL statement; features depend on repository interfaces")
                .check(MAIN);
    }
}
