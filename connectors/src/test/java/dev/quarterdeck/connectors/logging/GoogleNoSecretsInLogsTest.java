package dev.quarterdeck.connectors.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.quarterdeck.connectors.fake.FakeApiServer.Scripted;
import dev.quarterdeck.connectors.fake.FakeCalendarServer;
import dev.quarterdeck.connectors.fake.FakeDriveServer;
import dev.quarterdeck.connectors.fake.FakeGmailServer;
import dev.quarterdeck.connectors.fake.FakeGoogleApi;
import dev.quarterdeck.connectors.fake.FakeGoogleAuthServer;
import dev.quarterdeck.connectors.fake.SimulatedBrowser;
import dev.quarterdeck.connectors.google.GoogleApiConfig;
import dev.quarterdeck.connectors.google.GoogleTestRig;
import dev.quarterdeck.connectors.google.calendar.CalendarConnector;
import dev.quarterdeck.connectors.google.drive.DriveConnector;
import dev.quarterdeck.connectors.google.gmail.GmailConnector;
import dev.quarterdeck.connectors.google.oauth.GoogleLogin;
import dev.quarterdeck.connectors.google.oauth.GoogleLoginException;
import dev.quarterdeck.core.connector.Connector;
import dev.quarterdeck.core.connector.ConnectorException;
import dev.quarterdeck.core.connector.FetchResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Runs the Google login and full syncs of Gmail, Calendar and Drive with DEBUG logging in SLF4J and every level of
 * java.util.logging for Google's client libraries (where google-http-client would log request and response bodies),
 * through paging, token refresh on expiry and on 401, rate limits, server errors, malformed bodies, a provider that
 * echoes the token, a forged state, a denied consent, a wrong client secret and a revoked sign-in. Fails if any code,
 * access token, refresh token, PKCE verifier or the client secret appears in a log line, a logged exception, a thrown
 * message, a connection check, an item or a cursor.
 */
class GoogleNoSecretsInLogsTest {

    @TempDir
    Path dataFolder;

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final List<String> julLines = new ArrayList<>();
    private final List<String> seen = new ArrayList<>();
    private final Handler julHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (julLines) {
                julLines.add(record.getLoggerName() + " " + record.getMessage());
                if (record.getParameters() != null) {
                    for (Object parameter : record.getParameters()) {
                        julLines.add(String.valueOf(parameter));
                    }
                }
                for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                    julLines.add(t.toString());
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Logger root;
    private Level previousLevel;
    private java.util.logging.Logger googleJul;
    private java.util.logging.Level previousJulLevel;

    @BeforeEach
    void captureEverything() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        previousLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        appender.start();
        root.addAppender(appender);
        googleJul = java.util.logging.Logger.getLogger("com.google");
        previousJulLevel = googleJul.getLevel();
        googleJul.setLevel(java.util.logging.Level.ALL);
        julHandler.setLevel(java.util.logging.Level.ALL);
        googleJul.addHandler(julHandler);
    }

    @AfterEach
    void restore() {
        root.detachAppender(appender);
        root.setLevel(previousLevel);
        googleJul.removeHandler(julHandler);
        googleJul.setLevel(previousJulLevel);
    }

    @Test
    void noGoogleSecretAppearsInLogsOrMessages() throws Exception {
        try (GoogleTestRig rig = new GoogleTestRig(dataFolder);
                FakeGmailServer gmail = new FakeGmailServer(rig.auth, rig.clock);
                FakeCalendarServer calendar = new FakeCalendarServer(rig.auth, rig.clock);
                FakeDriveServer drive = new FakeDriveServer(rig.auth, rig.clock)) {
            rig.authorization.importClient(rig.auth.clientJson());
            failingLogin(rig, SimulatedBrowser.forgingState());
            rig.auth.denyNextConsent();
            failingLogin(rig, SimulatedBrowser.following());
            GoogleLogin login = rig.authorization.startLogin(SimulatedBrowser.following());
            seen.add(login.authorizationUrl().toString());
            seen.add(login.await().toString());

            for (int n = 1; n <= 5; n++) {
                gmail.deliver("Message " + n, "Ann <ann@acme.example>", rig.clock.instant().minusSeconds(n * 600L));
                calendar.meeting("Meeting " + n, rig.clock.instant().plusSeconds(n * 3600L),
                        rig.clock.instant().plusSeconds(n * 3600L + 1800));
                drive.create("Doc " + n, "application/vnd.google-apps.document", FakeDriveServer.ME,
                        rig.clock.instant().minusSeconds(n * 60L));
            }
            Connector mail = new GmailConnector(new GoogleApiConfig(gmail.baseUrl(), 2), rig.calls("Gmail"),
                    rig.clock);
            Connector events = new CalendarConnector(new GoogleApiConfig(calendar.baseUrl(), 2),
                    rig.calls("Google Calendar"), rig.clock);
            Connector files = new DriveConnector(new GoogleApiConfig(drive.baseUrl(), 2),
                    rig.calls("Google Drive"), rig.clock);
            for (Connector connector : List.of(mail, events, files)) {
                seen.add(connector.test().toString());
            }

            gmail.script(Scripted.of("/gmail/v1/users/me/messages", 429, Map.of("Retry-After", "2"),
                    FakeGoogleApi.errorJson(429, "RESOURCE_EXHAUSTED", "rateLimitExceeded", "usageLimits",
                            "Too many requests")),
                    Scripted.of("/gmail/v1/users/me/profile", 503, Map.of(), "{\"error\":{\"code\":503}}"));
            String mailCursor = fetch(mail, null).nextCursor();
            String eventsCursor = fetch(events, null).nextCursor();
            String filesCursor = fetch(files, null).nextCursor();

            rig.clock.advance(Duration.ofMinutes(65));
            fetch(mail, mailCursor);
            rig.auth.invalidateAccessTokens();
            fetch(events, eventsCursor);

            // A provider that echoes the credential back must be redacted.
            String current = lastAccessToken(rig.auth);
            drive.script(Scripted.of("/drive/v3/changes", 400, Map.of(), FakeGoogleApi.errorJson(400,
                    "INVALID_ARGUMENT", "badRequest", "global", "Bad header: Bearer " + current)));
            fetchFailing(files, filesCursor);
            gmail.script(Scripted.of("/gmail/v1/users/me/history", 200, Map.of(), "{\"history\": [{\"id\": "));
            fetchFailing(mail, mailCursor);

            rig.auth.revokeRefreshTokens();
            rig.clock.advance(Duration.ofHours(2));
            fetchFailing(mail, mailCursor);
            fetchFailing(events, null);
            seen.add(files.test().toString());

            rig.authorization.importClient(rig.auth.clientJson("GOCSPX-AnotherSecretValue_123"));
            failingLogin(rig, SimulatedBrowser.following());

            List<String> secrets = new ArrayList<>(rig.auth.issuedSecrets());
            secrets.add(FakeGoogleAuthServer.CLIENT_SECRET);
            secrets.add("GOCSPX-AnotherSecretValue_123");
            rig.auth.tokenForms().forEach(form -> {
                if (form.get("code_verifier") != null) {
                    secrets.add(form.get("code_verifier"));
                }
            });
            assertThat(secrets).as("codes, access and refresh tokens were issued").hasSizeGreaterThan(8);

            List<String> logged = new ArrayList<>(julLines);
            for (ILoggingEvent event : appender.list) {
                logged.add(event.getFormattedMessage());
                for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                    logged.add(t.getClassName() + ": " + t.getMessage());
                }
            }
            assertThat(logged).as("DEBUG logging captured the syncs")
                    .anyMatch(line -> line.contains("/gmail/v1/users/me/history"))
                    .anyMatch(line -> line.contains("rate limited"))
                    .anyMatch(line -> line.contains("renewing the Google access token"));
            assertThat(seen).as("failures were recorded").anyMatch(line -> line.contains("Reconnect needed"))
                    .anyMatch(line -> line.contains("***"));
            List<String> everything = new ArrayList<>(logged);
            everything.addAll(seen);
            for (String secret : secrets) {
                assertThat(everything).as("no line contains a secret").noneMatch(line -> line != null
                        && line.contains(secret));
            }
        }
    }

    private void failingLogin(GoogleTestRig rig, SimulatedBrowser browser) throws GoogleLoginException {
        GoogleLogin login = rig.authorization.startLogin(browser);
        try {
            login.await();
            throw new AssertionError("the login should have failed");
        } catch (GoogleLoginException e) {
            seen.add(e.toString());
        }
    }

    private FetchResult fetch(Connector connector, String cursor) throws ConnectorException {
        FetchResult result = connector.fetch(cursor);
        seen.add(result.nextCursor());
        result.items().forEach(item -> seen.add(item.toString()));
        return result;
    }

    private void fetchFailing(Connector connector, String cursor) {
        try {
            connector.fetch(cursor);
            throw new AssertionError(connector.displayName() + " should have failed");
        } catch (ConnectorException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                seen.add(t.toString());
            }
        }
    }

    private static String lastAccessToken(FakeGoogleAuthServer auth) {
        List<String> issued = auth.issuedSecrets();
        for (int i = issued.size() - 1; i >= 0; i--) {
            if (issued.get(i).startsWith("ya29.")) {
                return issued.get(i);
            }
        }
        throw new AssertionError("no access token issued");
    }
}
