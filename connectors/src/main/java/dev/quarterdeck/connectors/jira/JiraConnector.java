package dev.quarterdeck.connectors.jira;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quarterdeck.connectors.http.ApiClient;
import dev.quarterdeck.connectors.http.ApiResponse;
import dev.quarterdeck.connectors.http.AuthHeader;
import dev.quarterdeck.connectors.http.Json;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira Cloud through {@code GET /rest/api/3/search/jql} with e-mail + API token (HTTP Basic), paging with
 * {@code nextPageToken}.
 *
 * <p>The first sync asks for {@value #OPEN_JQL}. Later syncs ask for every issue assigned to me and updated since
 * the previous sync started, done or not, so an issue moved to Done comes back as a closed ref. The bound is written
 * relative ({@code updated >= "-95m"}) because absolute JQL times are read in the user's Jira time zone, which we do
 * not know; it overlaps the previous sync by {@link #OVERLAP} to cover the search index's lag.
 */
public final class JiraConnector implements Connector {

    static final String OPEN_JQL = "assignee = currentUser() AND statusCategory != Done ORDER BY updated DESC";
    static final Duration OVERLAP = Duration.ofMinutes(5);
    private static final String SERVICE = "Jira";
    private static final Logger log = LoggerFactory.getLogger(JiraConnector.class);

    private final JiraConfig config;
    private final SecretStore secrets;
    private final ApiClient api;
    private final Clock clock;

    public JiraConnector(JiraConfig config, SecretStore secrets, ApiClient api, Clock clock) {
        this.config = config;
        this.secrets = secrets;
        this.api = api;
        this.clock = clock;
    }

    @Override
    public SourceKind kind() {
        return SourceKind.JIRA;
    }

    @Override
    public String displayName() {
        return "Jira (" + config.siteUrl().getHost() + ")";
    }

    @Override
    public ConnectionCheck test() {
        try {
            ApiResponse response = api.send(request(URI.create(config.siteUrl() + "/rest/api/3/myself")), auth());
            JsonNode me = Json.parse(response, SERVICE);
            String name = Json.text(me, "displayName");
            return ConnectionCheck.ok("Connected to " + displayName() + " as "
                    + (name == null ? config.email() : name));
        } catch (ConnectorException e) {
            return ConnectionCheck.failed(e);
        }
    }

    @Override
    public FetchResult fetch(String cursorText) throws ConnectorException {
        JiraCursor cursor = JiraCursor.parse(cursorText);
        AuthHeader auth = auth();
        Instant started = clock.instant();
        String jql = cursor.since() == null ? OPEN_JQL : updatedSince(cursor.since(), started);
        Map<String, SourceItem> items = new LinkedHashMap<>();
        Set<String> closed = new LinkedHashSet<>();
        Set<String> tokensSeen = new HashSet<>();
        String pageToken = null;
        int pages = 0;
        do {
            ApiResponse response = api.send(request(searchUri(jql, pageToken)), auth);
            pages++;
            JsonNode root = Json.parse(response, SERVICE);
            if (!root.isObject()) {
                throw Json.malformed(SERVICE, "search results that are not an object", response, null);
            }
            for (JsonNode issue : Json.array(root, "issues", SERVICE, response)) {
                String key = JiraIssueMapper.key(issue, response);
                if (JiraIssueMapper.done(issue)) {
                    closed.add(key);
                    items.remove(key);
                } else {
                    items.put(key, JiraIssueMapper.toItem(issue, config.siteUrl(), started, response));
                    closed.remove(key);
                }
            }
            // The last page may omit nextPageToken and isLast alike (JRACLOUD-92184): no token means done.
            pageToken = root.path("isLast").asBoolean(false) ? null : Json.text(root, "nextPageToken");
            if (pageToken != null && !tokensSeen.add(pageToken)) {
                throw Json.malformed(SERVICE, "a nextPageToken that repeats", response, null);
            }
        } while (pageToken != null);
        log.debug("Jira fetch: {} items, {} closed in {} pages", items.size(), closed.size(), pages);
        return new FetchResult(new ArrayList<>(items.values()), new ArrayList<>(closed),
                new JiraCursor(started).format());
    }

    @Override
    public void disconnect() {
        secrets.delete(config.tokenSecret());
    }

    static String updatedSince(Instant since, Instant now) {
        Duration window = Duration.between(since, now).plus(OVERLAP);
        long minutes = Math.max(OVERLAP.toMinutes(), (window.toSeconds() + 59) / 60);
        return "assignee = currentUser() AND updated >= \"-" + minutes + "m\" ORDER BY updated DESC";
    }

    private URI searchUri(String jql, String pageToken) {
        StringBuilder query = new StringBuilder()
                .append("jql=").append(encode(jql))
                .append("&fields=").append(encode(JiraIssueMapper.FIELDS))
                .append("&maxResults=").append(config.pageSize());
        if (pageToken != null) {
            query.append("&nextPageToken=").append(encode(pageToken));
        }
        return URI.create(config.siteUrl() + "/rest/api/3/search/jql?" + query);
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .GET()
                .timeout(config.requestTimeout())
                .header("Accept", "application/json")
                .header("User-Agent", "Quarterdeck");
    }

    private AuthHeader auth() throws ConnectorException {
        Optional<char[]> token;
        try {
            token = secrets.getChars(config.tokenSecret());
        } catch (SecretStoreException e) {
            throw new ConnectorException(Kind.AUTH_REQUIRED,
                    "The stored Jira API token cannot be read (" + e.getMessage() + "). Reconnect Jira.", e);
        }
        char[] chars = token.orElseThrow(() -> new ConnectorException(Kind.AUTH_REQUIRED,
                "No Jira API token is stored. Connect Jira with your e-mail address and an API token."));
        try {
            return AuthHeader.basic(config.email(), chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
