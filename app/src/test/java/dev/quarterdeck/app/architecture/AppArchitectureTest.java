package dev.quarterdeck.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.quarterdeck.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule noConsoleOutsideTheCommandLine = noClasses()
            .that().resideOutsideOfPackages("dev.quarterdeck.app", "dev.quarterdeck.app.cli")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("the window logs through SLF4J; only the command-line entry point talks to the console "
                    + "(the startup report is printed by the CLI package)");

    @ArchTest
    static final ArchRule noRawJdbcInTheUi = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jdbi..", "org.flywaydb..")
            .because("the UI reads and writes through core's store and services, never SQL of its own");
}
