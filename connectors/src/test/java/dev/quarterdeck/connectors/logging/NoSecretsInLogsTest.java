package dev.quarterdeck.connectors.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.quarterdeck.connectors.fake.FakeApiServer.Scripted;
import dev.quarterdeck.connectors.fake.FakeGitHubServer;
import dev.quarterdeck.connectors.fake.FakeJiraServer;
import dev.quarterdeck.connectors.fake.ManualClock;
import dev.quarterdeck.connectors.fake.RecordingSleeper;
import dev.quarterdeck.connectors.github.GitHubConfig;
import dev.quarterdeck.connectors.github.GitHubConnector;
import dev.quarterdeck.connectors.http.ApiClient;
import dev.quarterdeck.connectors.http.RetryPolicy;
import dev.quarterdeck.connectors.jira.JiraConfig;
import dev.quarterdeck.connectors.jira.JiraConnector;
import dev.quarterdeck.connectors.secrets.EncryptedFileSecretStore;
import dev.quarterdeck.core.connector.ConnectionCheck;
import dev.quarterdeck.core.connector.Connector;
import dev.quarterdeck.core.connector.ConnectorException;
import dev.quarterdeck.core.connector.FetchResult;
import dev.quarterdeck.core.connector.SecretStore;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Runs full syncs of both connectors with DEBUG logging everywhere, through successes, paging, rate limits, server
 * errors, malformed bodies and rejected tokens, and fails if a token (or its Basic-auth encoding) appears in any log
 * line, logged exception, thrown message or connection check.
 */
class NoSecretsInLogsTest {

    private static final String GITHUB_TOKEN = "github_pat_11AAAAAAA0SecretGitHubToken_x9y8z7w6v5u4t3s2r1";
    private static final String JIRA_EMAIL = "mia@acme.example";
    private static final String JIRA_TOKEN = "ATATT3xFfGF0SecretJiraToken_q1w2e3r4t5y6u7i8o9p0";
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    @TempDir
    Path dataFolder;

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final List<String> seen = new ArrayList<>();
    private Logger root;
    private Level previousLevel;
    private ManualClock clock;
    private RecordingSleeper sleeper;
    private SecretStore secrets;

    @BeforeEach
    void captureEverything() {
        root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        previousLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        appender.start();
        root.addAppender(appender);
        clock = new ManualClock(Instant.parse("2026-11-22T09:00:00Z"));
        sleeper = new RecordingSleeper(clock);
        secrets = EncryptedFileSecretStore.inDataFolder(dataFolder);
    }

    @AfterEach
    void restore() {
        root.detachAppender(appender);
        root.setLevel(previousLevel);
    }

    @Test
    void noTokenAppearsInLogsOrMessagesDuringFullSyncs() throws Exception {
        secrets.putChars("github", GITHUB_TOKEN.toCharArray());
        secrets.putChars("jira", JIRA_TOKEN.toCharArray());
        try (FakeGitHubServer github = new FakeGitHubServer(GITHUB_TOKEN);
                FakeJiraServer jira = new FakeJiraServer(JIRA_EMAIL, JIRA_TOKEN, clock)) {
            for (int n = 1; n <= 5; n++) {
                github.issue("acme/web", n, "Issue " + n, "See #" + (n + 1), "alice", T0.plusSeconds(n))
                        .assignedToMe();
                jira.issue("OPS-" + n, "Jira issue " + n, T0.plusSeconds(n));
            }
            github.pullRequest("acme/web", 9, "Review me", "", "bob", T0).reviewRequested(true);
            Connector gh = new GitHubConnector(new GitHubConfig(github.baseUrl(), "github", 2,
                    Duration.ofSeconds(5)), secrets, api("GitHub"), clock);
            Connector ji = new JiraConnector(new JiraConfig(jira.baseUrl(), JIRA_EMAIL, "jira", 2,
                    Duration.ofSeconds(5)), secrets, api("Jira"), clock);

            record(gh.test());
            record(ji.test());
            github.script(Scripted.of("/issues", 502, Map.of(), "{\"message\":\"Server Error\"}"),
                    Scripted.of("/search/issues", 403, Map.of("retry-after", "3"),
                            "{\"message\":\"You have exceeded a secondary rate limit.\"}"));
            jira.script(Scripted.of("/rest/api/3/search/jql", 429, Map.of("Retry-After", "2"),
                    "{\"errorMessages\":[\"Rate limit exceeded.\"],\"errors\":{}}"));
            String ghCursor = fetch(gh, null).nextCursor();
            String jiraCursor = fetch(ji, null).nextCursor();
            fetch(gh, ghCursor);
            fetch(ji, jiraCursor);

            // Providers that echo the credential back must be redacted too.
            github.script(Scripted.of("/issues", 401, Map.of(),
                    "{\"message\":\"Bad credentials: " + GITHUB_TOKEN + "\"}"));
            jira.script(Scripted.of("/rest/api/3/search/jql", 400, Map.of(),
                    "{\"errorMessages\":[\"bad header Basic " + basic() + " for " + JIRA_TOKEN + "\"],\"errors\":{}}"));
            github.script(Scripted.of("/issues", 200, Map.of(), "[{\"broken\": "));
            fetchFailing(gh, null);
            fetchFailing(ji, null);
            fetchFailing(gh, null);
            secrets.putChars("github", "github_pat_11WRONG".toCharArray());
            record(gh.test());
        }

        assertThat(sleeper.waits()).isNotEmpty();
        List<String> logged = new ArrayList<>();
        for (ILoggingEvent event : appender.list) {
            logged.add(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                logged.add(t.getClassName() + ": " + t.getMessage());
            }
        }
        assertThat(logged).as("DEBUG logging captured the syncs").anyMatch(line -> line.contains("/search/jql"))
                .anyMatch(line -> line.contains("rate limited"));
        List<String> everything = new ArrayList<>(logged);
        everything.addAll(seen);
        assertThat(seen).as("failures were recorded").hasSizeGreaterThan(5);
        for (String secret : List.of(GITHUB_TOKEN, JIRA_TOKEN, basic(), "github_pat_11WRONG")) {
            assertThat(everything).noneMatch(line -> line != null && line.contains(secret));
        }
    }

    private ApiClient api(String service) {
        return new ApiClient(service, HttpClient.newHttpClient(), RetryPolicy.DEFAULT, sleeper, clock,
                RandomGenerator.of("L64X128MixRandom"));
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

    private void record(ConnectionCheck check) {
        seen.add(check.toString());
    }

    private static String basic() {
        return Base64.getEncoder().encodeToString((JIRA_EMAIL + ":" + JIRA_TOKEN).getBytes(StandardCharsets.UTF_8));
    }
}
