package dev.quarterdeck.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.quarterdeck.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp.ikonli..")
            .because("core is the toolkit-free centre: services, agents and the CLI run without a display");

    @ArchTest
    static final ArchRule coreHasNoVendorSdk = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("com.google.api..", "com.google.api.client..",
                    "com.google.apis..", "io.github.ollama4j..", "org.kohsuke.github..", "com.atlassian..")
            .because("vendor SDKs belong in connectors, behind ports that core defines");

    @ArchTest
    static final ArchRule coreDoesNotReachOutward = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("dev.quarterdeck.connectors..", "dev.quarterdeck.app..")
            .because("dependencies point inward: app -> connectors -> core");

    @ArchTest
    static final ArchRule noStandardStreams = noClasses()
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("core logs through SLF4J; only the CLI entry point in app writes to the console");

    @ArchTest
    static final ArchRule noFieldInjectionOrServiceLocators = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javax.inject..", "jakarta.inject..", "com.google.inject..")
            .because("wiring is constructor injection from one hand-written composition root in app");
}
