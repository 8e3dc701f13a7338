package dev.quarterdeck.connectors.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.quarterdeck.connectors.fake.FakeApiServer.Recorded;
import dev.quarterdeck.connectors.fake.FakeApiServer.Scripted;
import dev.quarterdeck.connectors.fake.FakeJiraServer;
import dev.quarterdeck.connectors.fake.ManualClock;
import dev.quarterdeck.connectors.fake.RecordingSleeper;
import dev.quarterdeck.connectors.http.ApiClient;
import dev.quarterdeck.connectors.http.AuthHeader;
import dev.quarterdeck.connectors.http.RetryPolicy;
import dev.quarterdeck.connectors.secrets.EncryptedFileSecretStore;
import dev.quarterdeck.core.connector.ConnectionCheck;
import dev.quarterdeck.core.connector.ConnectorException;
import dev.quarterdeck.core.connector.ConnectorException.Kind;
import dev.quarterdeck.core.connector.FetchResult;
import dev.quarterdeck.core.connector.SecretStore;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.task.SourceKind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JiraConnectorTest {

    private static final String EMAIL = "mia@acme.example";
    private static final String TOKEN = "ATATT3xFfGF0T9kq2mZpVb7sYwXc4RjLhN8eD1uA6oQ";
    private static final String SECRET = "connector/jira-test/token";
    private static final Instant T0 = Instant.parse("2026-11-01T10:15:30Z");

    @TempDir
    Path dataFolder;

    private ManualClock clock;
    private RecordingSleeper sleeper;
    private FakeJiraServer jira;
    private SecretStore secrets;

    @BeforeEach
    void start() {
        clock = new ManualClock(Instant.parse("2026-11-22T09:00:00Z"));
        sleeper = new RecordingSleeper(clock);
        jira = new FakeJiraServer(EMAIL, TOKEN, clock);
        secrets = EncryptedFileSecretStore.inDataFolder(dataFolder);
        secrets.putChars(SECRET, TOKEN.toCharArray());
    }

    @AfterEach
    void stop() {
        jira.close();
    }

    private JiraConnector connector(int pageSize) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        ApiClient api = new ApiClient("Jira", http, RetryPolicy.DEFAULT, sleeper, clock,
                RandomGenerator.of("L64X128MixRandom"));
        return new JiraConnector(new JiraConfig(jira.baseUrl(), EMAIL, SECRET, pageSize, Duration.ofSeconds(5)),
                secrets, api, clock);
    }

    /** Five open issues assigned to me, one done, one assigned to someone else. */
    private void seed() {
        jira.issue("OPS-1", "Migrate build agents", T0);
        jira.issue("OPS-2", "Renew wildcard certificate", T0.plusSeconds(3600)).priority("Highest")
                .status("In Progress", "indeterminate", T0.plusSeconds(7200))
                .due(LocalDate.of(2026, 11, 25))
                .parent("OPS-1")
                .link("Blocks", "is blocked by", "blocks", "SEC-7", true)
                .link("Blocks", "is blocked by", "blocks", "NET-3", false)
                .link("Relates", "relates to", "relates to", "SEC-7", false)
                .description(Map.of("type", "doc", "version", 1, "content", List.of(
                        paragraph(text("The cert for "), Map.of("type", "inlineCard", "attrs",
                                Map.of("url", "https://status.acme.example")), text("expires on Friday.")),
                        paragraph(Map.of("type", "mention", "attrs", Map.of("id", "557058:sam", "text", "@Sam")),
                                text(" please approve"), Map.of("type", "hardBreak"), text("the purchase")),
                        Map.of("type", "bulletList", "content", List.of(
                                listItem("order"), listItem("install"))))));
        jira.issue("OPS-3", "Clean up old DNS records", T0.plusSeconds(7200));
        jira.issue("WEB-4", "Fix checkout button", T0.plusSeconds(10_800)).priority("High");
        jira.issue("WEB-5", "Write release notes", T0.plusSeconds(14_400)).priority(null);
        jira.issue("WEB-6", "Ship v2", T0.plusSeconds(18_000)).status("Done", "done", T0.plusSeconds(20_000));
        jira.issue("WEB-7", "Someone else's work", T0.plusSeconds(21_600)).unassigned();
    }

    @Test
    void firstSyncAsksForOpenAssignedIssuesAndFollowsNextPageTokens() throws Exception {
        seed();
        FetchResult result = connector(2).fetch(null);

        assertThat(result.items()).extracting(SourceItem::ref)
                .containsExactly("WEB-5", "WEB-4", "OPS-2", "OPS-3", "OPS-1");
        assertThat(result.closedRefs()).isEmpty();
        List<Recorded> searches = jira.requests("/rest/api/3/search/jql");
        assertThat(searches).hasSize(3);
        assertThat(searches.get(0).query()).containsEntry("jql", JiraConnector.OPEN_JQL)
                .containsEntry("maxResults", "2").doesNotContainKey("nextPageToken");
        assertThat(searches.get(0).query().get("fields")).contains("summary", "status", "priority", "duedate",
                "issuelinks", "parent", "description");
        assertThat(searches.get(1).query()).containsKey("nextPageToken");
        assertThat(searches.get(2).query()).containsKey("nextPageToken");
        String basic = Base64.getEncoder().encodeToString((EMAIL + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
        assertThat(searches).allSatisfy(r -> assertThat(r.header("authorization")).isEqualTo("Basic " + basic));
    }

    @Test
    void normalisesAnIssueWithPriorityLinksParentAndItsDescriptionAsText() throws Exception {
        seed();
        FetchResult result = connector(50).fetch(null);
        SourceItem cert = result.items().stream().filter(i -> i.ref().equals("OPS-2")).findFirst().orElseThrow();

        assertThat(cert.kind()).isEqualTo(SourceKind.JIRA);
        assertThat(cert.title()).isEqualTo("Renew wildcard certificate");
        assertThat(cert.url()).isEqualTo(URI.create(jira.baseUrl() + "/browse/OPS-2"));
        assertThat(cert.snippet()).isEqualTo("Priority: Highest · Status: In Progress · Type: Task\n"
                + "The cert for https://status.acme.example expires on Friday. @Sam please approve the purchase "
                + "- order - install");
        assertThat(cert.snippet()).startsWith(JiraIssueMapper.HIGHEST_PRIORITY);
        assertThat(cert.references()).containsExactly("parent:OPS-1", "SEC-7", "NET-3");
        assertThat(cert.due()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(cert.createdAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(cert.senderName()).isEqualTo("Rui Reporter");
        assertThat(cert.senderAddress()).isEqualTo("rui@acme.example");

        SourceItem notes = result.items().stream().filter(i -> i.ref().equals("WEB-5")).findFirst().orElseThrow();
        assertThat(notes.snippet()).isEqualTo("Status: To Do · Type: Task");
        assertThat(notes.references()).isEmpty();
        assertThat(notes.due()).isNull();
    }

    @Test
    void laterSyncsAskForWhatChangedSinceTheLastOneAndReportDoneIssuesAsClosed() throws Exception {
        seed();
        JiraConnector connector = connector(50);
        String cursor = connector.fetch(null).nextCursor();
        clock.advance(Duration.ofMinutes(90));
        jira.find("OPS-3").status("Done", "done", clock.instant().minusSeconds(600));
        jira.find("WEB-4").touch(clock.instant().minusSeconds(300), "Fix checkout button on Safari");

        FetchResult result = connector.fetch(cursor);

        assertThat(jira.requests("/rest/api/3/search/jql").get(1).query().get("jql"))
                .isEqualTo("assignee = currentUser() AND updated >= \"-95m\" ORDER BY updated DESC");
        assertThat(result.items()).extracting(SourceItem::ref).containsExactly("WEB-4");
        assertThat(result.items().get(0).title()).isEqualTo("Fix checkout button on Safari");
        assertThat(result.closedRefs()).containsExactly("OPS-3");
    }

    @Test
    void aQuietIncrementalSyncIsOneRequestWithNothingInIt() throws Exception {
        seed();
        JiraConnector connector = connector(50);
        String cursor = connector.fetch(null).nextCursor();
        clock.advance(Duration.ofMinutes(15));
        jira.clearRequests();

        FetchResult result = connector.fetch(cursor);

        assertThat(result.isEmpty()).isTrue();
        assertThat(jira.requests()).hasSize(1);
        assertThat(result.nextCursor()).isEqualTo("{\"v\":1,\"since\":\"2026-11-22T09:15:00Z\"}");
    }

    @Test
    void a429IsWaitedOutAsRetryAfterSays() throws Exception {
        seed();
        jira.script(Scripted.of("/rest/api/3/search/jql", 429, Map.of("Retry-After", "7", "X-RateLimit-Limit", "100",
                "X-RateLimit-Remaining", "0", "X-RateLimit-NearLimit", "true", "RateLimit-Reason",
                "jira-burst-based"), "{\"errorMessages\":[\"Rate limit exceeded.\"],\"errors\":{}}"));

        FetchResult result = connector(50).fetch(null);

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
        assertThat(result.items()).hasSize(5);
    }

    @Test
    void a503WithRetryAfterIsRetriedAfterTheLongerOfBackoffAndRetryAfter() throws Exception {
        seed();
        jira.script(Scripted.of("/rest/api/3/search/jql", 503, Map.of("Retry-After", "20"),
                "{\"errorMessages\":[\"Service unavailable\"],\"errors\":{}}"));

        FetchResult result = connector(50).fetch(null);

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(20));
        assertThat(result.items()).hasSize(5);
    }

    @Test
    void aWrongTokenNeedsAReconnectAndTheMessageHasNoSecret() {
        secrets.putChars(SECRET, "ATATT-wrong-token-value".toCharArray());

        ConnectionCheck check = connector(50).test();

        assertThat(check.failure()).isEqualTo(Kind.AUTH_REQUIRED);
        assertThat(check.reconnectNeeded()).isTrue();
        assertThat(check.message()).contains("401").doesNotContain("ATATT-wrong-token-value");
    }

    @Test
    void testNamesTheAccount() {
        assertThat(connector(50).test())
                .isEqualTo(ConnectionCheck.ok("Connected to Jira (127.0.0.1) as Mia Example"));
    }

    @Test
    void malformedJsonOnTheSecondPageFailsTheWholeFetch() {
        seed();
        jira.script(Scripted.of("/rest/api/3/search/jql", 200, Map.of(),
                "{\"issues\":[],\"nextPageToken\":\"CAEaAggD\",\"isLast\":false}"),
                Scripted.of("/rest/api/3/search/jql", 200, Map.of(), "{\"issues\":[{\"id\":\"10001\",\"key\":"));

        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector(2).fetch(null));

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(jira.requests("/rest/api/3/search/jql").get(1).query())
                .containsEntry("nextPageToken", "CAEaAggD");
    }

    @Test
    void aRepeatingPageTokenIsMalformedRatherThanAnEndlessLoop() {
        String page = "{\"issues\":[],\"nextPageToken\":\"same\",\"isLast\":false}";
        jira.script(Scripted.of("/rest/api/3/search/jql", 200, Map.of(), page),
                Scripted.of("/rest/api/3/search/jql", 200, Map.of(), page));

        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector(2).fetch(null));

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).contains("repeats");
    }

    @Test
    void anIssueWithoutFieldsIsMalformed() {
        jira.script(Scripted.of("/rest/api/3/search/jql", 200, Map.of(),
                "{\"issues\":[{\"id\":\"10001\",\"key\":\"OPS-1\",\"self\":\"x\"}],\"isLast\":true}"));

        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector(2).fetch(null));

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).contains("OPS-1 without fields");
    }

    @Test
    void theRemovedSearchEndpointIsReportedWithJirasOwnMessage() {
        ApiClient api = new ApiClient("Jira", HttpClient.newHttpClient(), RetryPolicy.DEFAULT, sleeper, clock,
                RandomGenerator.of("L64X128MixRandom"));
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> api.send(
                HttpRequest.newBuilder(URI.create(jira.baseUrl() + "/rest/api/3/search?jql=x")),
                AuthHeader.basic(EMAIL, TOKEN.toCharArray())));

        assertThat(e.kind()).isEqualTo(Kind.REJECTED);
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("410", "The requested API has been removed");
    }

    @Test
    void disconnectDeletesTheToken() {
        JiraConnector connector = connector(50);
        connector.disconnect();

        assertThat(secrets.get(SECRET)).isEmpty();
        assertThat(connector.test().failure()).isEqualTo(Kind.AUTH_REQUIRED);
        assertThat(jira.requests()).isEmpty();
    }

    private static Map<String, Object> text(String text) {
        return Map.of("type", "text", "text", text);
    }

    private static Map<String, Object> paragraph(Object... content) {
        return Map.of("type", "paragraph", "content", List.of(content));
    }

    private static Map<String, Object> listItem(String text) {
        return Map.of("type", "listItem", "content", List.of(paragraph(text(text))));
    }
}
