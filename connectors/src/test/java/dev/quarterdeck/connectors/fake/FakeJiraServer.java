package dev.quarterdeck.connectors.fake;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local Jira Cloud REST API v3 for tests: {@code GET /rest/api/3/myself}, {@code GET /rest/api/3/search/jql}
 * (jql, fields, maxResults, nextPageToken; answers {@code {issues, nextPageToken?, isLast}}; without {@code fields}
 * only id/key/self, as the real one) and the removed {@code /rest/api/3/search} (410). HTTP Basic with e-mail + API
 * token. It understands the JQL the connector writes: {@code assignee = currentUser()}, optional
 * {@code statusCategory != Done}, optional relative {@code updated >= "-Nm"} (against the test clock), and
 * {@code ORDER BY updated DESC}; any other JQL gets Jira's 400.
 */
public final class FakeJiraServer extends FakeApiServer {

    private static final DateTimeFormatter JIRA_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);
    private static final Pattern RELATIVE_UPDATED = Pattern.compile("updated >= \"?-(\\d+)m\"?");
    private static final Set<String> KNOWN_CLAUSES = Set.of("assignee = currentUser()", "statusCategory != Done");

    /** One issue; the status category is new, indeterminate or done. */
    public static final class Issue {
        final String key;
        final long id;
        String summary;
        String status = "To Do";
        String statusCategory = "new";
        String priority = "Medium";
        String type = "Task";
        LocalDate due;
        final Instant created;
        Instant updated;
        boolean assignedToMe = true;
        String parent;
        final List<Map<String, Object>> links = new ArrayList<>();
        Object description;
        final String reporterName;
        final String reporterEmail;

        Issue(String key, long id, String summary, Instant created, String reporterName, String reporterEmail) {
            this.key = key;
            this.id = id;
            this.summary = summary;
            this.created = created;
            this.updated = created;
            this.reporterName = reporterName;
            this.reporterEmail = reporterEmail;
        }

        public Issue priority(String name) {
            priority = name;
            return this;
        }

        public Issue due(LocalDate date) {
            due = date;
            return this;
        }

        public Issue status(String name, String category, Instant at) {
            status = name;
            statusCategory = category;
            updated = at;
            return this;
        }

        public Issue parent(String key) {
            parent = key;
            return this;
        }

        public Issue unassigned() {
            assignedToMe = false;
            return this;
        }

        /** An ADF document (a Map/List tree) or null. */
        public Issue description(Object adf) {
            description = adf;
            return this;
        }

        public Issue link(String typeName, String inward, String outward, String otherKey, boolean outwardLink) {
            Map<String, Object> type = new LinkedHashMap<>();
            type.put("id", "1000" + links.size());
            type.put("name", typeName);
            type.put("inward", inward);
            type.put("outward", outward);
            Map<String, Object> other = new LinkedHashMap<>();
            other.put("id", String.valueOf(20_000 + links.size()));
            other.put("key", otherKey);
            other.put("fields", Map.of("summary", "Linked " + otherKey,
                    "status", Map.of("name", "To Do", "statusCategory", Map.of("key", "new"))));
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("id", String.valueOf(30_000 + links.size()));
            link.put("type", type);
            link.put(outwardLink ? "outwardIssue" : "inwardIssue", other);
            links.add(link);
            return this;
        }

        public Issue touch(Instant at, String newSummary) {
            updated = at;
            summary = newSummary;
            return this;
        }
    }

    private final String email;
    private final String token;
    private final Clock clock;
    private final List<Issue> issues = new CopyOnWriteArrayList<>();

    public FakeJiraServer(String email, String token, Clock clock) {
        this.email = email;
        this.token = token;
        this.clock = clock;
    }

    public Issue issue(String key, String summary, Instant created) {
        Issue issue = new Issue(key, 10_000L + issues.size(), summary, created, "Rui Reporter", "rui@acme.example");
        issues.add(issue);
        return issue;
    }

    public Issue find(String key) {
        return issues.stream().filter(i -> i.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no issue " + key));
    }

    @Override
    protected Answer answer(Recorded request, String body) {
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString((email + ":" + token).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(request.header("authorization"))) {
            return new Answer(401, Map.of("Content-Type", "text/plain;charset=UTF-8"),
                    "Client must be authenticated to access this resource.");
        }
        return switch (request.path()) {
            case "/rest/api/3/myself" -> Answer.json(200, myself(), Map.of());
            case "/rest/api/3/search" -> Answer.json(410, Map.of("errorMessages", List.of("The requested API has "
                    + "been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is "
                    + "available at https://developer.atlassian.com/changelog/#CHANGE-2046"), "errors", Map.of()),
                    Map.of());
            case "/rest/api/3/search/jql" -> search(request);
            default -> Answer.json(404, Map.of("errorMessages", List.of("Not found"), "errors", Map.of()), Map.of());
        };
    }

    private Answer search(Recorded request) {
        String jql = request.query().getOrDefault("jql", "");
        Query query = parse(jql);
        if (query == null) {
            return Answer.json(400, Map.of("errorMessages", List.of("Error in the JQL Query: this fake only "
                    + "understands the connector's queries: " + jql), "errors", Map.of()), Map.of());
        }
        List<Issue> matching = issues.stream()
                .filter(i -> i.assignedToMe)
                .filter(i -> !query.notDone() || !i.statusCategory.equals("done"))
                .filter(i -> query.updatedAfter() == null || !i.updated.isBefore(query.updatedAfter()))
                .sorted(Comparator.comparing((Issue i) -> i.updated).reversed())
                .toList();
        int maxResults = Math.min(100, Integer.parseInt(request.query().getOrDefault("maxResults", "50")));
        int offset = 0;
        String pageToken = request.query().get("nextPageToken");
        if (pageToken != null) {
            offset = decodeToken(pageToken, jql);
            if (offset < 0) {
                return Answer.json(400, Map.of("errorMessages", List.of("Invalid nextPageToken."), "errors",
                        Map.of()), Map.of());
            }
        }
        List<String> fields = request.query().containsKey("fields")
                ? List.of(request.query().get("fields").split(",")) : List.of();
        int end = Math.min(matching.size(), offset + maxResults);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("issues", matching.subList(Math.min(offset, end), end).stream()
                .map(i -> issueJson(i, fields)).toList());
        boolean last = end >= matching.size();
        if (!last) {
            json.put("nextPageToken", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((end + "|" + jql).getBytes(StandardCharsets.UTF_8)));
        }
        json.put("isLast", last);
        return Answer.json(200, json, Map.of());
    }

    private record Query(boolean notDone, Instant updatedAfter) {
    }

    private Query parse(String jql) {
        String[] orderSplit = jql.split("(?i) ORDER BY ");
        if (orderSplit.length != 2 || !orderSplit[1].strip().equalsIgnoreCase("updated DESC")) {
            return null;
        }
        boolean assignee = false;
        boolean notDone = false;
        Instant updatedAfter = null;
        for (String clause : orderSplit[0].split(" AND ")) {
            String c = clause.strip();
            Matcher relative = RELATIVE_UPDATED.matcher(c);
            if (relative.matches()) {
                updatedAfter = clock.instant().minus(Duration.ofMinutes(Long.parseLong(relative.group(1))));
            } else if (KNOWN_CLAUSES.contains(c)) {
                assignee |= c.startsWith("assignee");
                notDone |= c.startsWith("statusCategory");
            } else {
                return null;
            }
        }
        return assignee ? new Query(notDone, updatedAfter) : null;
    }

    private static int decodeToken(String token, String jql) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = decoded.indexOf('|');
            return bar > 0 && decoded.substring(bar + 1).equals(jql) ? Integer.parseInt(decoded.substring(0, bar))
                    : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private Map<String, Object> issueJson(Issue i, List<String> fields) {
        String site = baseUrl().toString();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("expand", "");
        json.put("id", String.valueOf(i.id));
        json.put("self", site + "/rest/api/3/issue/" + i.id);
        json.put("key", i.key);
        if (fields.isEmpty()) {
            return json;
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("summary", i.summary);
        all.put("status", Map.of("self", site + "/rest/api/3/status/3", "name", i.status, "id", "3",
                "statusCategory", Map.of("id", categoryId(i.statusCategory), "key", i.statusCategory,
                        "name", categoryName(i.statusCategory))));
        all.put("priority", i.priority == null ? null : Map.of("self", site + "/rest/api/3/priority/1",
                "name", i.priority, "id", "1"));
        all.put("duedate", i.due == null ? null : i.due.toString());
        all.put("issuelinks", i.links);
        all.put("parent", i.parent == null ? null : Map.of("id", "9999", "key", i.parent,
                "fields", Map.of("summary", "Parent " + i.parent)));
        all.put("created", JIRA_TIME.format(i.created));
        all.put("updated", JIRA_TIME.format(i.updated));
        all.put("issuetype", Map.of("id", "10001", "name", i.type, "subtask", false));
        all.put("project", Map.of("id", "10000", "key", i.key.substring(0, i.key.indexOf('-')), "name", "Project"));
        all.put("assignee", i.assignedToMe ? myself() : null);
        all.put("reporter", Map.of("accountId", "557058:reporter", "displayName", i.reporterName,
                "emailAddress", i.reporterEmail, "active", true));
        all.put("description", i.description);
        Map<String, Object> selected = new LinkedHashMap<>();
        for (String field : fields) {
            if (all.containsKey(field.strip())) {
                selected.put(field.strip(), all.get(field.strip()));
            }
        }
        json.put("fields", selected);
        return json;
    }

    private Map<String, Object> myself() {
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("self", baseUrl() + "/rest/api/3/user?accountId=557058:me");
        me.put("accountId", "557058:me");
        me.put("accountType", "atlassian");
        me.put("emailAddress", email);
        me.put("displayName", "Mia Example");
        me.put("active", true);
        me.put("timeZone", "Europe/Berlin");
        return me;
    }

    private static int categoryId(String key) {
        return switch (key) {
            case "new" -> 2;
            case "done" -> 3;
            default -> 4;
        };
    }

    private static String categoryName(String key) {
        return switch (key) {
            case "new" -> "To Do";
            case "done" -> "Done";
            default -> "In Progress";
        };
    }
}
