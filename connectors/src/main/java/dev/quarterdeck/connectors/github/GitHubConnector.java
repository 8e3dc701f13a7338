package dev.quarterdeck.connectors.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quarterdeck.connectors.http.ApiClient;
import dev.quarterdeck.connectors.http.ApiResponse;
import dev.quarterdeck.connectors.http.AuthHeader;
import dev.quarterdeck.connectors.http.Json;
import dev.quarterdeck.connectors.http.LinkHeader;
import dev.quarterdeck.core.connector.ConnectionCheck;
import dev.quarterdeck.core.connector.Connector;
import dev.quarterdeck.core.connector.ConnectorException;
import dev.quarterdeck.core.connector.ConnectorException.Kind;
import dev.quarterdeck.core.connector.FetchResult;
import dev.quarterdeck.core.connector.SecretStore;
import dev.quarterdeck.core.connector.SecretStoreException;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.task.SourceKind;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GitHub through its REST API with a fine-grained token: issues and PRs assigned to me ({@code GET /issues}) and
 * PRs awaiting my review ({@code GET /search/issues?q=is:open is:pr review-requested:@me}).
 *
 * <p>Incremental: the first sync lists open assigned issues; later ones list every assigned issue updated since the
 * newest {@code updated_at} seen (closed ones become closed refs). Both queries send the ETag of their last answer,
 * so an unchanged account costs two 304s and no rate limit. Pages follow {@code Link: rel="next"}, only on the API's
 * own host (the token is never sent elsewhere). A PR that leaves the review list (reviewed, request withdrawn,
 * closed) is reported closed.
 */
public final class GitHubConnector implements Connector {

    static final String API_VERSION = "2022-11-28";
    static final String REVIEW_QUERY = "is:open is:pr review-requested:@me";
    private static final String SERVICE = "GitHub";
    private static final Logger log = LoggerFactory.getLogger(GitHubConnector.class);

    private final GitHubConfig config;
    private final SecretStore secrets;
    private final ApiClient api;
    private final Clock clock;

    public GitHubConnector(GitHubConfig config, SecretStore secrets, ApiClient api, Clock clock) {
        this.config = config;
        this.secrets = secrets;
        this.api = api;
        this.clock = clock;
    }

    @Override
    public SourceKind kind() {
        return SourceKind.GITHUB;
    }

    @Override
    public String displayName() {
        return config.apiBaseUrl().equals(GitHubConfig.PUBLIC_API) ? "GitHub"
                : "GitHub (" + config.apiBaseUrl().getHost() + ")";
    }

    @Override
    public ConnectionCheck test() {
        try {
            ApiResponse response = api.send(request(config.apiBaseUrl().resolve("/user")), token());
            String login = Json.requiredText(Json.parse(response, SERVICE), "login", SERVICE, response);
            return ConnectionCheck.ok("Connected to " + displayName() + " as " + login);
        } catch (ConnectorException e) {
            return ConnectionCheck.failed(e);
        }
    }

    @Override
    public FetchResult fetch(String cursorText) throws ConnectorException {
        GitHubCursor cursor = GitHubCursor.parse(cursorText);
        AuthHeader auth = token();
        Instant seenAt = clock.instant();
        Map<String, SourceItem> items = new LinkedHashMap<>();
        Set<String> closed = new LinkedHashSet<>();

        URI issuesUri = issuesUri(cursor.since());
        Listing assigned = list(issuesUri, cursor.issuesEtag(), auth, false);
        Instant since = cursor.since();
        if (!assigned.notModified()) {
            Instant newest = null;
            for (Entry entry : assigned.entries()) {
                String ref = GitHubIssueMapper.ref(entry.node(), entry.response());
                Instant updated = GitHubIssueMapper.updatedAt(entry.node(), entry.response());
                newest = newest == null || updated.isAfter(newest) ? updated : newest;
                if (GitHubIssueMapper.closed(entry.node())) {
                    closed.add(ref);
                } else {
                    items.put(ref, GitHubIssueMapper.toItem(entry.node(), false, seenAt, entry.response()));
                }
            }
            if (newest != null && (since == null || newest.isAfter(since))) {
                since = newest;
            } else if (since == null) {
                since = assigned.serverTime().orElse(seenAt);
            }
        }
        // An ETag belongs to one URL: keep it only if the next sync asks the very same question.
        String issuesEtag = issuesUri(since).equals(issuesUri) ? assigned.etag() : null;

        Listing reviews = list(searchUri(), cursor.reviewsEtag(), auth, true);
        Set<String> awaiting;
        if (reviews.notModified()) {
            awaiting = cursor.awaitingReview();
        } else {
            Set<String> current = new LinkedHashSet<>();
            for (Entry entry : reviews.entries()) {
                SourceItem item = GitHubIssueMapper.toItem(entry.node(), true, seenAt, entry.response());
                current.add(item.ref());
                items.put(item.ref(), item);
            }
            if (reviews.incomplete()) {
                // Search gave up early: a PR missing from this answer may still await review.
                awaiting = new HashSet<>(cursor.awaitingReview());
                awaiting.addAll(current);
            } else {
                awaiting = current;
                for (String ref : cursor.awaitingReview()) {
                    if (!current.contains(ref) && !items.containsKey(ref)) {
                        closed.add(ref);
                    }
                }
            }
        }
        closed.removeAll(items.keySet());
        String nextCursor = new GitHubCursor(since, issuesEtag, reviews.incomplete() ? null : reviews.etag(),
                awaiting).format();
        log.debug("GitHub fetch: {} items, {} closed (assigned {}, reviews {})", items.size(), closed.size(),
                assigned.notModified() ? "unchanged" : assigned.entries().size(),
                reviews.notModified() ? "unchanged" : reviews.entries().size());
        return new FetchResult(new ArrayList<>(items.values()), new ArrayList<>(closed), nextCursor);
    }

    @Override
    public void disconnect() {
        secrets.delete(config.tokenSecret());
    }

    /** First sync: open issues; later: every state, updated since the newest change seen. */
    URI issuesUri(Instant since) {
        String query = since == null
                ? "filter=assigned&state=open&sort=updated&direction=desc&per_page=" + config.pageSize()
                : "filter=assigned&state=all&sort=updated&direction=desc&since=" + encode(since.toString())
                        + "&per_page=" + config.pageSize();
        return URI.create(config.apiBaseUrl() + "/issues?" + query);
    }

    private URI searchUri() {
        return URI.create(config.apiBaseUrl() + "/search/issues?q=" + encode(REVIEW_QUERY)
                + "&sort=updated&order=desc&per_page=" + config.pageSize());
    }

    private record Entry(JsonNode node, ApiResponse response) {
    }

    private record Listing(boolean notModified, String etag, List<Entry> entries, boolean incomplete,
            Optional<Instant> serverTime) {
    }

    /** Every page of a listing, or "not modified" when the first page's ETag still matches. */
    private Listing list(URI first, String etag, AuthHeader auth, boolean search) throws ConnectorException {
        HttpRequest.Builder firstRequest = request(first);
        if (etag != null) {
            firstRequest.header("If-None-Match", etag);
        }
        ApiResponse response = api.send(firstRequest, auth);
        if (response.notModified()) {
            return new Listing(true, etag, List.of(), false, serverTime(response));
        }
        String newEtag = response.header("ETag").orElse(null);
        Optional<Instant> serverTime = serverTime(response);
        List<Entry> entries = new ArrayList<>();
        boolean incomplete = false;
        Set<URI> visited = new HashSet<>();
        visited.add(first);
        while (true) {
            JsonNode root = Json.parse(response, SERVICE);
            JsonNode page;
            if (search) {
                if (!root.isObject()) {
                    throw Json.malformed(SERVICE, "search results that are not an object", response, null);
                }
                page = Json.array(root, "items", SERVICE, response);
                incomplete |= root.path("incomplete_results").asBoolean(false);
            } else {
                if (!root.isArray()) {
                    throw Json.malformed(SERVICE, "an issue list that is not an array", response, null);
                }
                page = root;
            }
            for (JsonNode node : page) {
                entries.add(new Entry(node, response));
            }
            Optional<URI> next = LinkHeader.next(response.header("Link").orElse(null));
            if (next.isEmpty()) {
                break;
            }
            URI nextUri = next.get();
            if (!sameOrigin(nextUri, config.apiBaseUrl())) {
                throw Json.malformed(SERVICE, "a next-page link to another host", response, null);
            }
            if (!visited.add(nextUri)) {
                throw Json.malformed(SERVICE, "a next-page link that loops", response, null);
            }
            response = api.send(request(nextUri), auth);
            if (response.notModified()) {
                throw Json.malformed(SERVICE, "304 for a page we did not ask conditionally", response, null);
            }
        }
        return new Listing(false, newEtag, entries, incomplete, serverTime);
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .GET()
                .timeout(config.requestTimeout())
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", API_VERSION)
                .header("User-Agent", "Quarterdeck");
    }

    private AuthHeader token() throws ConnectorException {
        Optional<char[]> token;
        try {
            token = secrets.getChars(config.tokenSecret());
        } catch (SecretStoreException e) {
            throw new ConnectorException(Kind.AUTH_REQUIRED,
                    "The stored GitHub token cannot be read (" + e.getMessage() + "). Reconnect GitHub.", e);
        }
        char[] chars = token.orElseThrow(() -> new ConnectorException(Kind.AUTH_REQUIRED,
                "No GitHub token is stored. Connect GitHub with a fine-grained token."));
        try {
            return AuthHeader.bearer(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private static Optional<Instant> serverTime(ApiResponse response) {
        try {
            return response.header("Date")
                    .map(date -> ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return Objects.equals(a.getScheme(), b.getScheme()) && Objects.equals(a.getHost(), b.getHost())
                && a.getPort() == b.getPort();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
