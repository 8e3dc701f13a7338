package dev.quarterdeck.connectors.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.quarterdeck.connectors.fake.FakeApiServer.Recorded;
import dev.quarterdeck.connectors.fake.FakeApiServer.Scripted;
import dev.quarterdeck.connectors.fake.FakeGitHubServer;
import dev.quarterdeck.connectors.fake.ManualClock;
import dev.quarterdeck.connectors.fake.RecordingSleeper;
import dev.quarterdeck.connectors.http.ApiClient;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHubConnectorTest {

    private static final String TOKEN = "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz";
    private static final String SECRET = "connector/github-test/token";
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    @TempDir
    Path dataFolder;

    private FakeGitHubServer github;
    private ManualClock clock;
    private RecordingSleeper sleeper;
    private SecretStore secrets;

    @BeforeEach
    void start() {
        github = new FakeGitHubServer(TOKEN);
        clock = new ManualClock(Instant.parse("2026-11-22T09:00:00Z"));
        sleeper = new RecordingSleeper(clock);
        secrets = EncryptedFileSecretStore.inDataFolder(dataFolder);
        secrets.putChars(SECRET, TOKEN.toCharArray());
    }

    @AfterEach
    void stop() {
        github.close();
    }

    private GitHubConnector connector(int pageSize) {
        return connector(github.baseUrl(), pageSize, Duration.ofSeconds(5));
    }

    private GitHubConnector connector(URI base, int pageSize, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        ApiClient api = new ApiClient("GitHub", http, RetryPolicy.DEFAULT, sleeper, clock,
                RandomGenerator.of("L64X128MixRandom"));
        return new GitHubConnector(new GitHubConfig(base, SECRET, pageSize, timeout), secrets, api, clock);
    }

    /** Five assigned issues (one closed), three PRs awaiting my review, one PR neither. */
    private void seed() {
        github.issue("acme/web", 1, "Fix login redirect", "Blocked by #7 and acme/infra#3,\nsee "
                + "https://github.com/acme/web/pull/9 (and #1 is me)", "alice", T0).assignedToMe()
                .milestoneDue(Instant.parse("2026-12-01T08:00:00Z"));
        github.issue("acme/web", 2, "Upgrade TLS certs", null, "bob", T0.plusSeconds(60)).assignedToMe();
        github.issue("acme/infra", 3, "Rotate CA", "Needed before the audit", "carol", T0.plusSeconds(120))
                .assignedToMe();
        github.issue("acme/infra", 4, "Old ticket", "done long ago", "carol", T0.plusSeconds(180)).assignedToMe()
                .close(T0.plusSeconds(240));
        github.pullRequest("acme/web", 5, "Add dark mode", "Implements #2", "dave", T0.plusSeconds(300))
                .assignedToMe();
        github.pullRequest("acme/web", 9, "Cache sessions", "Part of #1", "erin", T0.plusSeconds(360))
                .reviewRequested(true);
        github.pullRequest("acme/api", 11, "Paginate /orders", "", "frank", T0.plusSeconds(420))
                .reviewRequested(true);
        github.pullRequest("acme/api", 12, "Retry webhooks", "", "frank", T0.plusSeconds(480))
                .reviewRequested(true);
        github.pullRequest("acme/api", 13, "Someone else's PR", "", "frank", T0.plusSeconds(500));
    }

    @Test
    void firstSyncListsOpenAssignedIssuesAndReviewRequestsFollowingEveryPage() throws Exception {
        seed();
        FetchResult result = connector(2).fetch(null);

        assertThat(result.items()).extracting(SourceItem::ref).containsExactlyInAnyOrder(
                "acme/web#1", "acme/web#2", "acme/infra#3", "acme/web#5", "acme/web#9", "acme/api#11",
                "acme/api#12");
        assertThat(result.closedRefs()).isEmpty();
        // 4 open assigned issues at 2 per page, 3 review requests at 2 per page.
        assertThat(github.requests("/issues")).hasSize(2);
        assertThat(github.requests("/search/issues")).hasSize(2);
        assertThat(github.requests("/issues").get(0).query())
                .containsEntry("filter", "assigned").containsEntry("state", "open")
                .containsEntry("sort", "updated").containsEntry("per_page", "2").doesNotContainKey("since");
        assertThat(github.requests("/search/issues").get(0).query())
                .containsEntry("q", "is:open is:pr review-requested:@me");
        for (Recorded request : github.requests()) {
            assertThat(request.header("authorization")).isEqualTo("Bearer " + TOKEN);
            assertThat(request.header("accept")).isEqualTo("application/vnd.github+json");
            assertThat(request.header("x-github-api-version")).isEqualTo("2022-11-28");
        }
    }

    @Test
    void normalisesAnIssueWithItsMentionsAuthorAndMilestone() throws Exception {
        seed();
        FetchResult result = connector(100).fetch(null);
        SourceItem login = item(result, "acme/web#1");

        assertThat(login.kind()).isEqualTo(SourceKind.GITHUB);
        assertThat(login.title()).isEqualTo("Fix login redirect");
        assertThat(login.url()).isEqualTo(URI.create("https://github.com/acme/web/issues/1"));
        assertThat(login.snippet()).isEqualTo("Blocked by #7 and acme/infra#3, see https://github.com/acme/web/pull/9 "
                + "(and #1 is me)");
        assertThat(login.senderName()).isEqualTo("alice");
        assertThat(login.createdAt()).isEqualTo(T0);
        assertThat(login.due()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(login.references()).containsExactly("acme/web#7", "acme/infra#3", "acme/web#9");
        assertThat(login.seenAt()).isEqualTo(clock.instant());

        SourceItem review = item(result, "acme/web#9");
        assertThat(review.title()).isEqualTo("Review: Cache sessions");
        assertThat(review.url()).isEqualTo(URI.create("https://github.com/acme/web/pull/9"));
        assertThat(review.references()).containsExactly("acme/web#1");
        assertThat(item(result, "acme/web#2").snippet()).isEmpty();
    }

    @Test
    void anUnchangedAccountCostsTwoConditionalRequestsAndNoRateLimit() throws Exception {
        seed();
        GitHubConnector connector = connector(100);
        FetchResult first = connector.fetch(null);
        // The first incremental sync asks a new question (since=…) and settles the ETags.
        FetchResult settle = connector.fetch(first.nextCursor());
        assertThat(settle.closedRefs()).isEmpty();
        assertThat(github.requests("/issues").get(1).query()).containsEntry("state", "all")
                .containsEntry("since", "2026-11-20T08:05:00Z");
        int remaining = github.rateLimitRemaining();
        github.clearRequests();

        FetchResult quiet = connector.fetch(settle.nextCursor());

        assertThat(quiet.isEmpty()).isTrue();
        assertThat(quiet.nextCursor()).isEqualTo(settle.nextCursor());
        assertThat(github.requests()).hasSize(2).allSatisfy(r -> assertThat(r.header("if-none-match")).isNotNull());
        assertThat(github.rateLimitRemaining()).isEqualTo(remaining);
    }

    @Test
    void anIssueClosedUpstreamComesBackAsAClosedRef() throws Exception {
        seed();
        GitHubConnector connector = connector(100);
        String cursor = connector.fetch(connector.fetch(null).nextCursor()).nextCursor();
        find("acme/infra#3").close(T0.plusSeconds(3600));
        find("acme/web#2").updated(T0.plusSeconds(3700), "Upgrade TLS certs before Friday");

        FetchResult result = connector.fetch(cursor);

        assertThat(result.closedRefs()).containsExactly("acme/infra#3");
        assertThat(result.items()).extracting(SourceItem::ref).contains("acme/web#2").doesNotContain("acme/infra#3");
        assertThat(item(result, "acme/web#2").title()).isEqualTo("Upgrade TLS certs before Friday");
        assertThat(github.requests("/issues").get(2).query()).containsEntry("since", "2026-11-20T08:05:00Z");
    }

    @Test
    void aPullRequestThatNoLongerAwaitsMyReviewIsClosed() throws Exception {
        seed();
        GitHubConnector connector = connector(2);
        String cursor = connector.fetch(null).nextCursor();
        find("acme/api#11").withdrawReview(T0.plusSeconds(4000));

        FetchResult result = connector.fetch(cursor);

        assertThat(result.closedRefs()).containsExactly("acme/api#11");
        assertThat(result.items()).extracting(SourceItem::ref).contains("acme/web#9", "acme/api#12");
    }

    @Test
    void anIncompleteSearchDoesNotCloseWhatItDidNotSee() throws Exception {
        seed();
        GitHubConnector connector = connector(100);
        String cursor = connector.fetch(null).nextCursor();
        find("acme/api#11").withdrawReview(T0.plusSeconds(4000));
        github.searchIncomplete(true);

        FetchResult result = connector.fetch(cursor);

        assertThat(result.closedRefs()).isEmpty();
        assertThat(GitHubCursor.parse(result.nextCursor()).awaitingReview()).contains("acme/api#11");
    }

    @Test
    void testReportsTheAccountAndARejectedTokenNeedsAReconnect() {
        GitHubConnector connector = connector(100);
        assertThat(connector.test()).isEqualTo(ConnectionCheck.ok("Connected to GitHub (127.0.0.1) as octo-me"));

        secrets.putChars(SECRET, "github_pat_revoked".toCharArray());
        ConnectionCheck check = connector.test();

        assertThat(check.ok()).isFalse();
        assertThat(check.failure()).isEqualTo(Kind.AUTH_REQUIRED);
        assertThat(check.reconnectNeeded()).isTrue();
        assertThat(check.retryable()).isFalse();
        assertThat(check.message()).contains("401", "Bad credentials").doesNotContain("github_pat_revoked");
    }

    @Test
    void a401DuringFetchIsAuthRequired() {
        seed();
        github.script(Scripted.of("/issues", 401, Map.of(), "{\"message\":\"Bad credentials\","
                + "\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"401\"}"));

        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector(100).fetch(null));

        assertThat(e.kind()).isEqualTo(Kind.AUTH_REQUIRED);
        assertThat(e.getMessage()).doesNotContain(TOKEN);
        assertThat(github.requests()).hasSize(1);
    }

    @Test
    void aSecondaryRateLimitIsWaitedOutAsRetryAfterSays() throws Exception {
        seed();
        github.script(Scripted.of("/search/issues", 403, Map.of("retry-after", "30"), "{\"message\":\"You have "
                + "exceeded a secondary rate limit. Please wait a few minutes before you try again.\","
                + "\"documentation_url\":\"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api\"}"));

        FetchResult result = connector(100).fetch(null);

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(30));
        assertThat(result.items()).hasSize(7);
    }

    @Test
    void aSecondaryLimitWithoutRetryAfterWaitsAMinute() throws Exception {
        seed();
        github.script(Scripted.of("/issues", 403, Map.of(), "{\"message\":\"You have exceeded a secondary rate "
                + "limit.\"}"));

        connector(100).fetch(null);

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void a429IsWaitedOutAndATooLongWaitFailsFastAsRateLimited() throws Exception {
        seed();
        github.script(Scripted.of("/issues", 429, Map.of("retry-after", "5"), "{\"message\":\"Too many requests\"}"));
        connector(100).fetch(null);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(5));

        github.script(Scripted.of("/issues", 429, Map.of("retry-after", "3600"), "{\"message\":\"slow down\"}"));
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector(100).fetch(null));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofHours(1));
        assertThat(e.getMessage()).contains("60 min");
        assertThat(sleeper.waits()).hasSize(1);
    }

    @Test
    void anExhaustedPrimaryLimitWaitsUntilTheResetTime() throws Exception {
        seed();
        long reset = clock.instant().plusSeconds(90).getEpochSecond();
        github.script(Scripted.of("/issues", 403, Map.of("x-ratelimit-limit", "5000", "x-ratelimit-remaining", "0",
                "x-ratelimit-reset", String.valueOf(reset), "x-ratelimit-resource", "core"),
                "{\"message\":\"API rate limit exceeded for user ID 5001.\"}"));

        connector(100).fetch(null);

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(90));
    }

    @Test
    void aResponseThatUsesUpThePrimaryLimitMakesTheNextRequestWaitForTheReset() throws Exception {
        seed();
        long reset = clock.instant().plusSeconds(30).getEpochSecond();
        github.script(Scripted.of("/issues", 200, Map.of("x-ratelimit-remaining", "0", "x-ratelimit-reset",
                String.valueOf(reset)), "[]"));

        connector(100).fetch(null);

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(30));
        assertThat(github.requests("/search/issues")).hasSize(1);
    }

    @Test
    void aPrimaryLimitResettingFarAwayFailsFastWithoutSendingMore() {
        seed();
        long reset = clock.instant().plusSeconds(1800).getEpochSecond();
        github.script(Scripted.of("/issues", 200, Map.of("x-ratelimit-remaining", "0", "x-ratelimit-reset",
                String.valueOf(reset)), "[]"));

        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector(100).fetch(null));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofMinutes(30));
        assertThat(github.requests("/search/issues")).isEmpty();
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void a403ThatIsNoRateLimitMeansTheTokenLacksAPermission() {
        seed();
        github.script(Scripted.of("/search/issues", 403, Map.of("x-ratelimit-remaining", "4990"),
                "{\"message\":\"Resource not accessible by personal access token\","
                        + "\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"403\"}"));

        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector(100).fetch(null));

        assertThat(e.kind()).isEqualTo(Kind.AUTH_REQUIRED);
        assertThat(e.getMessage()).contains("403", "Resource not accessible by personal access token",
                "lack a permission");
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void aFirstSyncWithNothingAssignedStartsFromTheServersClock() throws Exception {
        Instant before = Instant.now().minusSeconds(5);

        FetchResult result = connector(100).fetch(null);

        assertThat(result.isEmpty()).isTrue();
        Instant since = GitHubCursor.parse(result.nextCursor()).since();
        assertThat(since).isBetween(before, Instant.now().plusSeconds(5));
    }

    @Test
    void serverErrorsAreRetriedWithBackoffAndGiveUpAfterThreeRetries() throws Exception {
        seed();
        github.script(Scripted.of("/issues", 502, Map.of(), "<html>Bad gateway</html>"),
                Scripted.of("/issues", 503, Map.of(), "{\"message\":\"Service unavailable\"}"));
        FetchResult result = connector(100).fetch(null);
        assertThat(result.items()).hasSize(7);
        assertThat(sleeper.waits()).hasSize(2);
        assertThat(sleeper.waits().get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(sleeper.waits().get(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));

        github.clearRequests();
        for (int i = 0; i < 4; i++) {
            github.script(Scripted.of("/issues", 500, Map.of(), "{\"message\":\"Server Error\"}"));
        }
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector(100).fetch(null));
        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(e.retryable()).isTrue();
        assertThat(e.getMessage()).contains("500", "4 attempts");
        assertThat(github.requests("/issues")).hasSize(4);
    }

    @Test
    void aTimedOutRequestIsRetried() throws Exception {
        seed();
        github.script(new Scripted("/issues", 200, Map.of(), "[]", Duration.ofSeconds(3)));

        FetchResult result = connector(github.baseUrl(), 100, Duration.ofMillis(400)).fetch(null);

        assertThat(result.items()).hasSize(7);
        assertThat(sleeper.waits()).hasSize(1);
        assertThat(github.requests("/issues")).hasSize(2);
    }

    @Test
    void malformedJsonOnAnyPageFailsTheWholeFetch() {
        seed();
        github.script(Scripted.of("/search/issues", 200, Map.of(), "{\"total_count\": 3, \"items\": [{\"url\": "));

        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector(2).fetch(null));

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).contains("GitHub", "/search/issues", "invalid JSON");
    }

    @Test
    void aResponseOfTheWrongShapeIsMalformed() {
        seed();
        github.script(Scripted.of("/issues", 200, Map.of(), "{\"message\":\"not a list\"}"));

        assertThatThrownBy(() -> connector(2).fetch(null))
                .isInstanceOfSatisfying(ConnectorException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE));
    }

    @Test
    void neverFollowsAPageLinkToAnotherHost() {
        github.script(Scripted.of("/issues", 200, Map.of("Link",
                "<https://collector.example/issues?page=2>; rel=\"next\""), "[]"));

        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector(2).fetch(null));

        assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
        assertThat(e.getMessage()).contains("another host");
    }

    @Test
    void anUnreachableServerIsOffline() throws Exception {
        URI closed;
        try (FakeGitHubServer gone = new FakeGitHubServer(TOKEN)) {
            closed = gone.baseUrl();
        }
        GitHubConnector connector = connector(closed, 100, Duration.ofSeconds(2));

        ConnectionCheck check = connector.test();

        assertThat(check.failure()).isEqualTo(Kind.OFFLINE);
        assertThat(check.retryable()).isTrue();
    }

    @Test
    void disconnectDeletesTheToken() throws Exception {
        GitHubConnector connector = connector(100);
        connector.disconnect();

        assertThat(secrets.get(SECRET)).isEmpty();
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector.fetch(null));
        assertThat(e.kind()).isEqualTo(Kind.AUTH_REQUIRED);
        assertThat(github.requests()).isEmpty();
        assertThat(Files.readString(dataFolder.resolve("secrets.json")))
                .doesNotContain(SECRET);
    }

    private FakeGitHubServer.Issue find(String ref) {
        return github.find(ref);
    }

    private static SourceItem item(FetchResult result, String ref) {
        List<SourceItem> matching = result.items().stream().filter(i -> i.ref().equals(ref)).toList();
        assertThat(matching).as(ref).hasSize(1);
        return matching.get(0);
    }
}
