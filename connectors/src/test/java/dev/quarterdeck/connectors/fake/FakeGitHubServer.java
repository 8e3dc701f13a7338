package dev.quarterdeck.connectors.fake;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A local GitHub REST API (version 2022-11-28) for tests: {@code GET /user}, {@code GET /issues} (filter=assigned,
 * state, since, sort=updated, direction, per_page, page) and {@code GET /search/issues} (the review-request query).
 * It answers like api.github.com: Bearer auth with "Bad credentials" on 401, weak ETags with 304 on
 * {@code If-None-Match} (a 304 does not count against the rate limit), {@code Link} headers with next/prev/first/last,
 * and {@code x-ratelimit-*} headers. Issues are mutable so a test can change them between syncs.
 */
public final class FakeGitHubServer extends FakeApiServer {

    public static final String LOGIN = "octo-me";
    private static final int RATE_LIMIT = 5000;

    /** One issue or pull request. Times are GitHub's (seconds precision, UTC). */
    public static final class Issue {
        final String repository;
        final int number;
        final long id;
        String title;
        String body;
        final String author;
        final boolean pullRequest;
        boolean assignedToMe;
        boolean reviewRequested;
        String state = "open";
        final Instant createdAt;
        Instant updatedAt;
        Instant closedAt;
        Instant milestoneDue;

        Issue(String repository, int number, String title, String body, String author, boolean pullRequest,
                Instant createdAt) {
            this.repository = repository;
            this.number = number;
            this.id = 1_000_000L + Math.abs((repository + number).hashCode() % 1_000_000);
            this.title = title;
            this.body = body;
            this.author = author;
            this.pullRequest = pullRequest;
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
        }

        public Issue assignedToMe() {
            assignedToMe = true;
            return this;
        }

        public Issue reviewRequested(boolean requested) {
            reviewRequested = requested;
            return this;
        }

        public Issue milestoneDue(Instant due) {
            milestoneDue = due;
            return this;
        }

        public Issue updated(Instant at, String newTitle) {
            updatedAt = at;
            title = newTitle;
            return this;
        }

        public Issue close(Instant at) {
            state = "closed";
            closedAt = at;
            updatedAt = at;
            return this;
        }

        public Issue withdrawReview(Instant at) {
            reviewRequested = false;
            updatedAt = at;
            return this;
        }

        public String ref() {
            return repository + "#" + number;
        }
    }

    private final String token;
    private final List<Issue> issues = new CopyOnWriteArrayList<>();
    private volatile boolean searchIncomplete;
    private int remaining = RATE_LIMIT;
    private final long resetEpoch = Instant.now().plusSeconds(3600).getEpochSecond();

    public FakeGitHubServer(String token) {
        this.token = token;
    }

    public Issue issue(String repository, int number, String title, String body, String author, Instant created) {
        Issue issue = new Issue(repository, number, title, body, author, false, created);
        issues.add(issue);
        return issue;
    }

    public Issue pullRequest(String repository, int number, String title, String body, String author,
            Instant created) {
        Issue issue = new Issue(repository, number, title, body, author, true, created);
        issues.add(issue);
        return issue;
    }

    public Issue find(String ref) {
        return issues.stream().filter(i -> i.ref().equals(ref)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no issue " + ref));
    }

    /** GitHub sets {@code incomplete_results} when a search timed out before it found everything. */
    public void searchIncomplete(boolean incomplete) {
        searchIncomplete = incomplete;
    }

    public synchronized int rateLimitRemaining() {
        return remaining;
    }

    @Override
    protected Answer answer(Recorded request, String body) {
        if (!("Bearer " + token).equals(request.header("authorization"))) {
            return Answer.json(401, Map.of("message", "Bad credentials", "documentation_url",
                    "https://docs.github.com/rest", "status", "401"), Map.of());
        }
        if (!"GET".equals(request.method())) {
            return notFound();
        }
        return switch (request.path()) {
            case "/user" -> conditional(request, user(), "core");
            case "/issues" -> listIssues(request);
            case "/search/issues" -> searchIssues(request);
            default -> notFound();
        };
    }

    private Answer listIssues(Recorded request) {
        Map<String, String> q = request.query();
        if (!"assigned".equals(q.getOrDefault("filter", "assigned"))) {
            return Answer.json(422, Map.of("message", "Validation Failed"), Map.of());
        }
        String state = q.getOrDefault("state", "open");
        Instant since = q.containsKey("since") ? Instant.parse(q.get("since")) : null;
        Comparator<Issue> order = "updated".equals(q.get("sort"))
                ? Comparator.comparing((Issue i) -> i.updatedAt) : Comparator.comparing((Issue i) -> i.createdAt);
        if (!"asc".equals(q.get("direction"))) {
            order = order.reversed();
        }
        List<Issue> matching = issues.stream()
                .filter(i -> i.assignedToMe)
                .filter(i -> state.equals("all") || state.equals(i.state))
                .filter(i -> since == null || !i.updatedAt.isBefore(since))
                .sorted(order)
                .toList();
        Page page = page(request, matching);
        List<Map<String, Object>> json = page.items().stream().map(i -> issueJson(i, true)).toList();
        return conditional(request, json, "core", page.link());
    }

    private Answer searchIssues(Recorded request) {
        Set<String> qualifiers = Set.of(request.query().getOrDefault("q", "").split("\\s+"));
        if (!qualifiers.contains("review-requested:@me")) {
            return Answer.json(422, Map.of("message", "Validation Failed",
                    "errors", List.of(Map.of("resource", "Search", "field", "q", "code", "invalid"))), Map.of());
        }
        List<Issue> matching = issues.stream()
                .filter(i -> i.reviewRequested)
                .filter(i -> !qualifiers.contains("is:pr") || i.pullRequest)
                .filter(i -> !qualifiers.contains("is:open") || i.state.equals("open"))
                .sorted(Comparator.comparing((Issue i) -> i.updatedAt).reversed())
                .toList();
        Page page = page(request, matching);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total_count", matching.size());
        json.put("incomplete_results", searchIncomplete);
        json.put("items", page.items().stream().map(i -> {
            Map<String, Object> item = issueJson(i, false);
            item.put("score", 1.0);
            return item;
        }).toList());
        return conditional(request, json, "search", page.link());
    }

    private record Page(List<Issue> items, String link) {
    }

    private Page page(Recorded request, List<Issue> all) {
        int perPage = Math.min(100, Integer.parseInt(request.query().getOrDefault("per_page", "30")));
        int page = Integer.parseInt(request.query().getOrDefault("page", "1"));
        int last = Math.max(1, (all.size() + perPage - 1) / perPage);
        List<Issue> items = all.subList(Math.min(all.size(), (page - 1) * perPage),
                Math.min(all.size(), page * perPage));
        List<String> links = new ArrayList<>();
        if (page < last) {
            links.add("<" + pageUrl(request, page + 1) + ">; rel=\"next\"");
            links.add("<" + pageUrl(request, last) + ">; rel=\"last\"");
        }
        if (page > 1) {
            links.add("<" + pageUrl(request, 1) + ">; rel=\"first\"");
            links.add("<" + pageUrl(request, page - 1) + ">; rel=\"prev\"");
        }
        return new Page(items, links.isEmpty() ? null : String.join(", ", links));
    }

    private String pageUrl(Recorded request, int page) {
        Map<String, String> query = new LinkedHashMap<>(request.query());
        query.put("page", String.valueOf(page));
        return baseUrl() + request.path() + "?" + query.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Answer conditional(Recorded request, Object value, String resource) {
        return conditional(request, value, resource, null);
    }

    /** 304 when the client's ETag matches (free of rate limit), otherwise 200 with a fresh ETag. */
    private synchronized Answer conditional(Recorded request, Object value, String resource, String link) {
        Answer full = Answer.json(200, value, Map.of());
        String etag = "W/\"" + sha256(full.body()) + "\"";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ETag", etag);
        headers.put("Cache-Control", "private, max-age=60, s-maxage=60");
        headers.put("X-GitHub-Media-Type", "github.v3; format=json");
        if (link != null) {
            headers.put("Link", link);
        }
        boolean notModified = etag.equals(request.header("if-none-match"));
        if (!notModified) {
            remaining--;
        }
        headers.put("x-ratelimit-limit", String.valueOf(RATE_LIMIT));
        headers.put("x-ratelimit-remaining", String.valueOf(remaining));
        headers.put("x-ratelimit-used", String.valueOf(RATE_LIMIT - remaining));
        headers.put("x-ratelimit-reset", String.valueOf(resetEpoch));
        headers.put("x-ratelimit-resource", resource);
        return notModified ? new Answer(304, headers, null) : new Answer(200, headers, full.body());
    }

    private Map<String, Object> user() {
        Map<String, Object> user = account(LOGIN);
        user.put("name", "Octo Me");
        return user;
    }

    private Map<String, Object> account(String login) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("login", login);
        user.put("id", 5_000 + Math.abs(login.hashCode() % 10_000));
        user.put("type", "User");
        user.put("html_url", "https://github.com/" + login);
        return user;
    }

    private Map<String, Object> issueJson(Issue i, boolean withRepository) {
        String api = baseUrl() + "/repos/" + i.repository;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", api + "/issues/" + i.number);
        json.put("repository_url", api);
        json.put("html_url", "https://github.com/" + i.repository + (i.pullRequest ? "/pull/" : "/issues/")
                + i.number);
        json.put("id", i.id);
        json.put("node_id", (i.pullRequest ? "PR_kw" : "I_kw") + i.id);
        json.put("number", i.number);
        json.put("title", i.title);
        json.put("user", account(i.author));
        json.put("labels", List.of());
        json.put("state", i.state);
        json.put("state_reason", i.state.equals("closed") ? "completed" : null);
        json.put("locked", false);
        json.put("assignee", i.assignedToMe ? account(LOGIN) : null);
        json.put("assignees", i.assignedToMe ? List.of(account(LOGIN)) : List.of());
        if (i.milestoneDue == null) {
            json.put("milestone", null);
        } else {
            Map<String, Object> milestone = new LinkedHashMap<>();
            milestone.put("title", "Milestone");
            milestone.put("state", "open");
            milestone.put("due_on", i.milestoneDue.toString());
            json.put("milestone", milestone);
        }
        json.put("comments", 0);
        json.put("created_at", i.createdAt.toString());
        json.put("updated_at", i.updatedAt.toString());
        json.put("closed_at", i.closedAt == null ? null : i.closedAt.toString());
        json.put("author_association", "MEMBER");
        json.put("body", i.body);
        if (i.pullRequest) {
            Map<String, Object> pr = new LinkedHashMap<>();
            pr.put("url", api + "/pulls/" + i.number);
            pr.put("html_url", "https://github.com/" + i.repository + "/pull/" + i.number);
            pr.put("diff_url", "https://github.com/" + i.repository + "/pull/" + i.number + ".diff");
            pr.put("patch_url", "https://github.com/" + i.repository + "/pull/" + i.number + ".patch");
            pr.put("merged_at", null);
            json.put("pull_request", pr);
        }
        if (withRepository) {
            Map<String, Object> repository = new LinkedHashMap<>();
            repository.put("id", Math.abs(i.repository.hashCode()));
            repository.put("name", i.repository.substring(i.repository.indexOf('/') + 1));
            repository.put("full_name", i.repository);
            repository.put("private", true);
            repository.put("owner", account(i.repository.substring(0, i.repository.indexOf('/'))));
            json.put("repository", repository);
        }
        return json;
    }

    private static Answer notFound() {
        return Answer.json(404, Map.of("message", "Not Found", "documentation_url", "https://docs.github.com/rest",
                "status", "404"), Map.of());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
