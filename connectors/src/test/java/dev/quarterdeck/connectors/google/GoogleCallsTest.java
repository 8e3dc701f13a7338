package dev.quarterdeck.connectors.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.quarterdeck.connectors.fake.FakeApiServer.Scripted;
import dev.quarterdeck.connectors.fake.FakeGmailServer;
import dev.quarterdeck.connectors.fake.FakeGoogleApi;
import dev.quarterdeck.connectors.fake.FakeGoogleAuthServer;
import dev.quarterdeck.connectors.google.gmail.GmailConnector;
import dev.quarterdeck.core.connector.ConnectorException;
import dev.quarterdeck.core.connector.ConnectorException.Kind;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules GoogleCalls applies, seen through the Gmail connector against the local fakes. */
class GoogleCallsTest {

    private static final String PROFILE = "/gmail/v1/users/me/profile";
    private static final String UNAUTHORIZED = FakeGoogleApi.errorJson(401, "UNAUTHENTICATED", "authError",
            "global", "Request had invalid authentication credentials.");

    @TempDir
    Path dataFolder;

    private GoogleTestRig rig;
    private FakeGmailServer gmail;

    @BeforeEach
    void start() throws Exception {
        rig = new GoogleTestRig(dataFolder, Duration.ofSeconds(20), Duration.ofMillis(700)).signIn();
        gmail = new FakeGmailServer(rig.auth, rig.clock);
        gmail.deliver("Hello", "ann@acme.example", rig.clock.instant().minusSeconds(60));
    }

    @AfterEach
    void stop() {
        gmail.close();
        rig.close();
    }

    private GmailConnector connector(URI root) {
        return new GmailConnector(new GoogleApiConfig(root, 50), rig.calls("Gmail"), rig.clock);
    }

    @Test
    void a401ThatARefreshDoesNotCureMeansReconnectNeeded() {
        Map<String, String> bearer = Map.of("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\", "
                + "error=\"invalid_token\"");
        gmail.script(Scripted.of(PROFILE, 401, bearer, UNAUTHORIZED), Scripted.of(PROFILE, 401, bearer, UNAUTHORIZED));

        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector(gmail.baseUrl())
                .fetch(null));

        assertThat(e.kind()).isEqualTo(Kind.AUTH_REQUIRED);
        assertThat(e.getMessage()).startsWith("Reconnect needed").contains("401");
        assertThat(gmail.requests(PROFILE)).hasSize(2);
        assertThat(rig.auth.tokenForms()).extracting(f -> f.get("grant_type")).contains("refresh_token");
    }

    @Test
    void aFailingTokenEndpointIsRetriedNotMistakenForARevokedSignIn() throws Exception {
        rig.clock.advance(Duration.ofHours(1));
        rig.auth.script(Scripted.of(FakeGoogleAuthServer.TOKEN_PATH, 503, Map.of(), "{\"error\":\"internal_failure\"}"));

        assertThat(connector(gmail.baseUrl()).fetch(null).items()).hasSize(1);

        assertThat(rig.sleeper.waits()).hasSize(1);
        // The code exchange, the refresh that met the 503, and the retried refresh.
        assertThat(rig.auth.tokenRequests()).hasSize(3);
        assertThat(rig.auth.tokenForms()).extracting(f -> f.get("grant_type"))
                .containsExactly("authorization_code", "refresh_token");

        rig.clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 4; i++) {
            rig.auth.script(Scripted.of(FakeGoogleAuthServer.TOKEN_PATH, 500, Map.of(), "{\"error\":\"x\"}"));
        }
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector(gmail.baseUrl())
                .fetch(null));
        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(e.getMessage()).contains("sign-in service");
    }

    @Test
    void slowAnswersAreRetriedThenReportedOffline() throws Exception {
        gmail.script(new Scripted(PROFILE, 200, Map.of(), "{}", Duration.ofMillis(1_500)),
                new Scripted(PROFILE, 200, Map.of(), "{}", Duration.ofMillis(1_500)));

        assertThat(connector(gmail.baseUrl()).fetch(null).items()).hasSize(1);
        assertThat(rig.sleeper.waits()).hasSize(2);

        for (int i = 0; i < 4; i++) {
            gmail.script(new Scripted(PROFILE, 200, Map.of(), "{}", Duration.ofMillis(1_500)));
        }
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector(gmail.baseUrl())
                .fetch(null));
        assertThat(e.kind()).isEqualTo(Kind.OFFLINE);
        assertThat(e.getMessage()).contains("did not answer in time").contains("4 attempts");
    }

    @Test
    void anUnreachableServerIsOffline() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> connector(URI.create("http://127.0.0.1:" + closedPort + "/")).fetch(null));

        assertThat(e.kind()).isEqualTo(Kind.OFFLINE);
        assertThat(e.getMessage()).contains("Gmail cannot be reached");
    }

    @Test
    void aUsedUpDailyQuotaFailsFastAsRateLimited() {
        gmail.script(Scripted.of(PROFILE, 403, Map.of(), FakeGoogleApi.errorJson(403, "PERMISSION_DENIED",
                "dailyLimitExceeded", "usageLimits", "Daily Limit Exceeded")));

        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector(gmail.baseUrl())
                .fetch(null));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(rig.sleeper.waits()).isEmpty();
    }

    @Test
    void aMissingPermissionAsksToReconnect() {
        gmail.script(Scripted.of(PROFILE, 403, Map.of(), FakeGoogleApi.errorJson(403, "PERMISSION_DENIED",
                "insufficientPermissions", "global", "Request had insufficient authentication scopes.")));

        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector(gmail.baseUrl())
                .fetch(null));

        assertThat(e.kind()).isEqualTo(Kind.AUTH_REQUIRED);
        assertThat(e.getMessage()).contains("insufficient authentication scopes").contains("allow every permission");
    }
}
