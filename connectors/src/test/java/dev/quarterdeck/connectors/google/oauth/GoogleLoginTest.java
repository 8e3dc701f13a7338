package dev.quarterdeck.connectors.google.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.quarterdeck.connectors.fake.FakeApiServer;
import dev.quarterdeck.connectors.fake.FakeGmailServer;
import dev.quarterdeck.connectors.fake.FakeGoogleAuthServer;
import dev.quarterdeck.connectors.fake.SimulatedBrowser;
import dev.quarterdeck.connectors.google.GoogleApiConfig;
import dev.quarterdeck.connectors.google.GoogleTestRig;
import dev.quarterdeck.connectors.google.gmail.GmailConnector;
import dev.quarterdeck.connectors.google.oauth.GoogleLoginException.Reason;
import dev.quarterdeck.core.connector.ConnectionCheck;
import dev.quarterdeck.core.connector.ConnectorException;
import dev.quarterdeck.core.connector.ConnectorException.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desktop OAuth flow end to end against a local authorization server: URL opened, browser simulated, loopback
 * receiver, PKCE code exchange, encrypted storage, an API call with the token, refresh on expiry and on 401, and the
 * ways it must fail: forged state, denied consent, unticked scopes, wrong secret, revoked refresh token, cancel and
 * timeout.
 */
class GoogleLoginTest {

    @TempDir
    Path dataFolder;

    private GoogleTestRig rig;
    private FakeGmailServer gmail;

    @BeforeEach
    void start() {
        rig = new GoogleTestRig(dataFolder);
        gmail = new FakeGmailServer(rig.auth, rig.clock);
        rig.authorization.importClient(rig.auth.clientJson());
    }

    @AfterEach
    void stop() {
        gmail.close();
        rig.close();
    }

    private GmailConnector gmailConnector(GoogleAuthorization authorization) {
        return new GmailConnector(new GoogleApiConfig(gmail.baseUrl(), 50), rig.calls("Gmail", authorization),
                rig.clock);
    }

    @Test
    void signsInEndToEndWithPkceAndStoresTheTokensEncrypted() throws Exception {
        SimulatedBrowser browser = SimulatedBrowser.following();
        GoogleLogin login = rig.authorization.startLogin(browser);

        // The URL the browser got: our client, a loopback redirect, PKCE S256, offline access, a state, read-only.
        assertThat(browser.opened()).containsExactly(login.authorizationUrl());
        Map<String, String> query = browser.openedQuery();
        assertThat(query).containsEntry("client_id", FakeGoogleAuthServer.CLIENT_ID)
                .containsEntry("response_type", "code")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("access_type", "offline")
                .containsEntry("prompt", "consent");
        assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(query.get("state")).matches("[A-Za-z0-9_-]{43}");
        assertThat(query.get("scope").split(" ")).containsExactlyInAnyOrder(
                "https://www.googleapis.com/auth/gmail.readonly",
                "https://www.googleapis.com/auth/calendar.readonly",
                "https://www.googleapis.com/auth/drive.metadata.readonly");
        URI redirect = URI.create(query.get("redirect_uri"));
        assertThat(redirect.getScheme()).isEqualTo("http");
        assertThat(redirect.getHost()).isEqualTo("127.0.0.1");
        assertThat(redirect).isEqualTo(login.redirectUri());
        assertThat(login.authorizationUrl().toString()).doesNotContain(FakeGoogleAuthServer.CLIENT_SECRET);

        assertThat(login.await()).containsExactlyInAnyOrder(GoogleScope.values());
        assertThat(browser.page().status()).isEqualTo(200);
        assertThat(browser.page().body()).contains("You can close this tab");

        // The code exchange carried the PKCE verifier and the client secret (the fake verified both).
        Map<String, String> exchange = rig.auth.tokenForms().get(0);
        assertThat(exchange).containsEntry("grant_type", "authorization_code")
                .containsEntry("client_id", FakeGoogleAuthServer.CLIENT_ID)
                .containsEntry("client_secret", FakeGoogleAuthServer.CLIENT_SECRET)
                .containsEntry("redirect_uri", redirect.toString());
        assertThat(exchange.get("code_verifier")).matches("[A-Za-z0-9_-]{43}");

        // Stored only encrypted: no token in the secrets file, and nothing else written to the folder.
        String onDisk = Files.readString(dataFolder.resolve("secrets.json"), StandardCharsets.UTF_8);
        for (String secret : rig.auth.issuedSecrets()) {
            assertThat(onDisk).doesNotContain(secret);
        }
        assertThat(onDisk).doesNotContain(FakeGoogleAuthServer.CLIENT_SECRET);
        try (var files = Files.list(dataFolder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("secrets.json", "secrets.key");
        }

        // After a restart the stored sign-in works: the API call carries the issued access token.
        GoogleAuthorization restarted = rig.restarted();
        assertThat(restarted.signedIn()).isTrue();
        ConnectionCheck check = gmailConnector(restarted).test();
        assertThat(check.ok()).as(check.message()).isTrue();
        assertThat(check.message()).isEqualTo("Connected to Gmail as " + FakeGmailServer.ADDRESS);
        assertThat(rig.auth.accepts(gmail.requests().get(0).header("authorization"))).isTrue();
        assertThat(rig.auth.tokenForms()).hasSize(1);
    }

    @Test
    void refreshesAnExpiredAccessTokenAndStoresTheNewOne() throws Exception {
        rig.authorization.startLogin(SimulatedBrowser.following()).await();
        GmailConnector connector = gmailConnector(rig.authorization);
        assertThat(connector.test().ok()).isTrue();
        String firstToken = gmail.requests().get(0).header("authorization");

        rig.clock.advance(Duration.ofMinutes(59).plusSeconds(30));
        assertThat(connector.test().ok()).isTrue();

        List<Map<String, String>> forms = rig.auth.tokenForms();
        assertThat(forms).hasSize(2);
        assertThat(forms.get(1)).containsEntry("grant_type", "refresh_token")
                .containsEntry("client_secret", FakeGoogleAuthServer.CLIENT_SECRET)
                .containsKey("refresh_token");
        String secondToken = gmail.requests().get(1).header("authorization");
        assertThat(secondToken).isNotEqualTo(firstToken);
        assertThat(rig.auth.accepts(secondToken)).isTrue();
        // The refreshed token was written back: a restarted app uses it without refreshing again.
        assertThat(gmailConnector(rig.restarted()).test().ok()).isTrue();
        assertThat(gmail.requests().get(2).header("authorization")).isEqualTo(secondToken);
        assertThat(rig.auth.tokenForms()).hasSize(2);
    }

    @Test
    void refreshesOnceWhenTheApiAnswers401AndRetries() throws Exception {
        rig.authorization.startLogin(SimulatedBrowser.following()).await();
        GmailConnector connector = gmailConnector(rig.authorization);
        assertThat(connector.test().ok()).isTrue();

        rig.auth.invalidateAccessTokens();
        ConnectionCheck check = connector.test();

        assertThat(check.ok()).as(check.message()).isTrue();
        assertThat(gmail.requests()).hasSize(3);
        assertThat(gmail.requests().get(1).header("authorization"))
                .isNotEqualTo(gmail.requests().get(2).header("authorization"));
        assertThat(rig.auth.tokenForms()).extracting(form -> form.get("grant_type"))
                .containsExactly("authorization_code", "refresh_token");
    }

    @Test
    void aRevokedRefreshTokenMeansReconnectNeeded() throws Exception {
        rig.authorization.startLogin(SimulatedBrowser.following()).await();
        rig.auth.revokeRefreshTokens();
        rig.clock.advance(Duration.ofHours(2));

        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> gmailConnector(rig.authorization).fetch(null));

        assertThat(e.kind()).isEqualTo(Kind.AUTH_REQUIRED);
        assertThat(e.reconnectNeeded()).isTrue();
        assertThat(e.getMessage()).startsWith("Reconnect needed").contains("invalid_grant")
                .contains("expired or revoked");
        assertThat(gmail.requests()).isEmpty();
        ConnectionCheck check = gmailConnector(rig.authorization).test();
        assertThat(check.ok()).isFalse();
        assertThat(check.reconnectNeeded()).isTrue();
    }

    @Test
    void aForgedStateIsRefusedAndNothingIsStored() throws Exception {
        SimulatedBrowser forger = SimulatedBrowser.forgingState();
        GoogleLogin login = rig.authorization.startLogin(forger);

        GoogleLoginException e = catchThrowableOfType(GoogleLoginException.class, login::await);

        assertThat(e.reason()).isEqualTo(Reason.STATE_MISMATCH);
        assertThat(e.getMessage()).contains("did not come from the sign-in it started").contains("Connect again");
        assertThat(forger.page().status()).isEqualTo(400);
        assertThat(forger.page().body()).contains("refused");
        assertThat(rig.auth.tokenForms()).as("the stolen code was never exchanged").isEmpty();
        assertThat(rig.authorization.signedIn()).isFalse();
        assertPortClosed(login.redirectUri().getPort());
    }

    @Test
    void aDeniedConsentEndsTheLoginWithAClearMessage() throws Exception {
        rig.auth.denyNextConsent();
        SimulatedBrowser browser = SimulatedBrowser.following();
        GoogleLogin login = rig.authorization.startLogin(browser);

        GoogleLoginException e = catchThrowableOfType(GoogleLoginException.class, login::await);

        assertThat(e.reason()).isEqualTo(Reason.ACCESS_DENIED);
        assertThat(e.getMessage()).contains("Access was denied").contains("choose Allow");
        assertThat(browser.page().body()).contains("You did not allow Quarterdeck").contains("close this tab");
        assertThat(rig.authorization.signedIn()).isFalse();
    }

    @Test
    void uncheckedScopesAreReportedAndNotStored() throws Exception {
        rig.auth.untickNext(GoogleScope.DRIVE.url());
        GoogleLogin login = rig.authorization.startLogin(SimulatedBrowser.following());

        GoogleLoginException e = catchThrowableOfType(GoogleLoginException.class, login::await);

        assertThat(e.reason()).isEqualTo(Reason.MISSING_SCOPES);
        assertThat(e.getMessage()).contains(GoogleScope.DRIVE.description())
                .doesNotContain(GoogleScope.GMAIL.description()).contains("leave every box ticked");
        assertThat(rig.authorization.signedIn()).isFalse();
        assertThatThrownBy(() -> rig.authorization.credential())
                .isInstanceOfSatisfying(ConnectorException.class, c -> assertThat(c.kind()).isEqualTo(Kind.AUTH_REQUIRED));
    }

    @Test
    void aWrongClientSecretFailsTheExchangeWithAdvice() throws Exception {
        rig.authorization.importClient(rig.auth.clientJson("GOCSPX-NotTheRightSecret"));
        GoogleLogin login = rig.authorization.startLogin(SimulatedBrowser.following());

        GoogleLoginException e = catchThrowableOfType(GoogleLoginException.class, login::await);

        assertThat(e.reason()).isEqualTo(Reason.TOKEN_EXCHANGE_FAILED);
        assertThat(e.getMessage()).contains("invalid_client").contains("Import the OAuth client JSON again")
                .doesNotContain("GOCSPX-NotTheRightSecret");
        assertThat(rig.authorization.signedIn()).isFalse();
    }

    @Test
    void importingAnotherClientSignsOutButTheSameClientKeepsTheSignIn() throws Exception {
        rig.authorization.startLogin(SimulatedBrowser.following()).await();

        rig.authorization.importClient(rig.auth.clientJson());
        assertThat(rig.authorization.signedIn()).isTrue();

        rig.authorization.importClient(rig.auth.clientJson().replace(FakeGoogleAuthServer.CLIENT_ID,
                "555-other.apps.googleusercontent.com"));
        assertThat(rig.authorization.signedIn()).isFalse();
        assertThat(rig.authorization.client()).hasValueSatisfying(c -> assertThat(c.clientId())
                .isEqualTo("555-other.apps.googleusercontent.com"));
        assertThatThrownBy(() -> rig.authorization.importClient("{\"web\":{}}"))
                .hasMessageContaining("Desktop app");
    }

    @Test
    void theFakeServerRejectsAWrongVerifierSoTheHappyPathProvesPkce() throws Exception {
        GoogleLogin login = rig.authorization.startLogin(SimulatedBrowser.idle());
        login.cancel();
        // Get a code the way the browser would, without the login exchanging it, then offer a wrong verifier.
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<Void> consent = http.send(HttpRequest.newBuilder(login.authorizationUrl()).build(),
                HttpResponse.BodyHandlers.discarding());
        URI callback = URI.create(consent.headers().firstValue("Location").orElseThrow());
        String code = FakeApiServer.query(callback.getRawQuery()).get("code");
        String form = "grant_type=authorization_code&client_id=" + encode(FakeGoogleAuthServer.CLIENT_ID)
                + "&client_secret=" + encode(FakeGoogleAuthServer.CLIENT_SECRET)
                + "&redirect_uri=" + encode(login.redirectUri().toString())
                + "&code=" + encode(code)
                + "&code_verifier=" + "A".repeat(43);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(rig.auth.baseUrl().resolve("/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(consent.statusCode()).isEqualTo(302);
        assertThat(code).startsWith("4/0Ab");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("invalid_grant").contains("Invalid code verifier");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void cancelStopsWaitingAndFreesThePort() throws Exception {
        GoogleLogin login = rig.authorization.startLogin(SimulatedBrowser.idle());
        int port = login.redirectUri().getPort();
        CompletableFuture<GoogleLoginException> waiting = CompletableFuture.supplyAsync(
                () -> catchThrowableOfType(GoogleLoginException.class, login::await));

        login.cancel();

        GoogleLoginException e = waiting.get(5, TimeUnit.SECONDS);
        assertThat(e.reason()).isEqualTo(Reason.CANCELLED);
        assertPortClosed(port);
        assertThat(rig.authorization.signedIn()).isFalse();
    }

    @Test
    void aLoginWithoutAnAnswerTimesOut() throws Exception {
        try (GoogleTestRig quick = new GoogleTestRig(dataFolder.resolve("quick"), Duration.ofMillis(300))) {
            quick.authorization.importClient(quick.auth.clientJson());
            GoogleLogin login = quick.authorization.startLogin(SimulatedBrowser.idle());

            GoogleLoginException e = catchThrowableOfType(GoogleLoginException.class, login::await);

            assertThat(e.reason()).isEqualTo(Reason.TIMED_OUT);
            assertThat(e.getMessage()).contains("No answer came back from the browser");
            assertPortClosed(login.redirectUri().getPort());
        }
    }

    @Test
    void whenNoBrowserOpensTheCopiedUrlStillCompletesTheLogin() throws Exception {
        GoogleLogin login = rig.authorization.startLogin(SimulatedBrowser.broken());
        assertThat(login.browserProblem()).hasValueSatisfying(p -> assertThat(p).contains("Copy the address"));

        SimulatedBrowser.Page page = SimulatedBrowser.following().visit(login.authorizationUrl());

        assertThat(page.body()).contains("You can close this tab");
        assertThat(login.await()).hasSize(3);
        assertThat(rig.authorization.signedIn()).isTrue();
    }

    @Test
    void theReceiverListensOnLoopbackOnly() throws Exception {
        GoogleLogin login = rig.authorization.startLogin(SimulatedBrowser.idle());
        try {
            int port = login.redirectUri().getPort();
            List<InetAddress> external = new ArrayList<>();
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback()) {
                    Collections.list(nic.getInetAddresses()).stream().filter(a -> a instanceof Inet4Address)
                            .forEach(external::add);
                }
            }
            try (Socket loopback = new Socket()) {
                loopback.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
                assertThat(loopback.isConnected()).isTrue();
            }
            Assumptions.assumeFalse(external.isEmpty(), "this machine has no non-loopback IPv4 address");
            for (InetAddress address : external) {
                assertThatThrownBy(() -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(address, port), 2_000);
                    }
                }).as("port %d on %s", port, address).isInstanceOf(IOException.class);
            }
        } finally {
            login.cancel();
        }
    }

    @Test
    void theReceiverStopsAfterTheFirstCallback() throws Exception {
        SimulatedBrowser browser = SimulatedBrowser.following();
        GoogleLogin login = rig.authorization.startLogin(browser);
        login.await();

        assertPortClosed(login.redirectUri().getPort());
        assertThat(rig.auth.tokenForms()).hasSize(1);
    }

    private static void assertPortClosed(int port) {
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            }
        }).isInstanceOf(ConnectException.class);
    }
}
