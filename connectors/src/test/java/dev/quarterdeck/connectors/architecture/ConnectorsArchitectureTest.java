package dev.quarterdeck.connectors.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.quarterdeck.connectors", importOptions = ImportOption.DoNotIncludeTests.class)
class ConnectorsArchitectureTest {

    @ArchTest
    static final ArchRule connectorsHaveNoJavaFx = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp.ikonli..")
            .allowEmptyShould(true)
            .because("connectors sync headless (--sync, background jobs) and must run without a display");

    @ArchTest
    static final ArchRule connectorsDoNotDependOnApp = noClasses()
            .should().dependOnClassesThat().resideInAPackage("dev.quarterdeck.app..")
            .allowEmptyShould(true)
            .because("dependencies point inward: app -> connectors -> core");
}
