package dev.quarterdeck.connectors.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.quarterdeck.connectors.google.GoogleCalls;
import java.net.http.HttpClient;
import java.util.Set;

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

    @ArchTest
    static final ArchRule noStandardStreams = noClasses()
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("connectors log through SLF4J, where the no-secrets-in-logs test can watch them");

    @ArchTest
    static final ArchRule providersGoThroughTheApiClient = noClasses()
            .that().resideOutsideOfPackage("dev.quarterdeck.connectors.http..")
            .should().dependOnClassesThat().areAssignableTo(HttpClient.class)
            .allowEmptyShould(true)
            .because("retries, rate limits and secret redaction are applied in one place, ApiClient");

    @ArchTest
    static final ArchRule cryptoStaysInTheSecretStore = noClasses()
            .that().resideOutsideOfPackage("dev.quarterdeck.connectors.secrets..")
            .should().dependOnClassesThat().resideInAPackage("javax.crypto..")
            .allowEmptyShould(true)
            .because("one package handles key material, so it can be reviewed and replaced (OS keychain) alone");

    @ArchTest
    static final ArchRule googleRequestsGoThroughGoogleCalls = noClasses()
            .that().doNotHaveFullyQualifiedName(GoogleCalls.class.getName())
            .should().callMethodWhere(describe("a request of Google's generated clients is executed",
                    (JavaMethodCall call) -> call.getTargetOwner().getName().matches(
                            "com\\.google\\.api\\.(services|client\\.googleapis)\\..*")
                            && Set.of("execute", "executeUnparsed", "executeAsInputStream", "executeAndDownloadTo")
                                    .contains(call.getName())))
            .because("Google's clients have no backoff or error mapping of their own: GoogleCalls applies the "
                    + "shared retry, rate-limit, malformed-body and redaction rules");
}
