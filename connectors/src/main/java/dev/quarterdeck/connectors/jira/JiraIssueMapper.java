package dev.quarterdeck.connectors.jira;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quarterdeck.connectors.http.ApiResponse;
import dev.quarterdeck.connectors.http.Json;
import dev.quarterdeck.connectors.http.Snippets;
import dev.quarterdeck.core.connector.ConnectorException;
import dev.quarterdeck.core.ingest.IngestionPipeline;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.task.SourceKind;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a Jira Cloud issue from {@code /rest/api/3/search/jql} into a {@link SourceItem}: ref = the issue key, url =
 * {@code <site>/browse/<key>}, the reporter as sender, the due date, the parent and every linked issue as
 * references. The snippet's first line carries what SourceItem has no field for, e.g.
 * {@code Priority: Highest · Status: In Progress · Type: Bug}, followed by the description as plain text; an
 * item's priority is "Highest" exactly when its snippet starts with {@link #HIGHEST_PRIORITY}.
 */
final class JiraIssueMapper {

    static final String HIGHEST_PRIORITY = "Priority: Highest";
    static final String FIELDS = "summary,status,priority,duedate,issuelinks,parent,created,updated,issuetype,"
            + "project,assignee,reporter,description";
    private static final String SERVICE = "Jira";
    private static final int DESCRIPTION_LENGTH = 1_000;
    /** Jira writes offsets without a colon: {@code 2026-11-20T09:30:00.000+0000}. */
    private static final DateTimeFormatter JIRA_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .appendPattern("[XXX][XX][X]")
            .toFormatter();

    private JiraIssueMapper() {
    }

    static String key(JsonNode issue, ApiResponse response) throws ConnectorException {
        return Json.requiredText(issue, "key", SERVICE, response);
    }

    /** Jira's three status categories are new, indeterminate and done. */
    static boolean done(JsonNode issue) {
        return "done".equals(Json.text(issue.path("fields").path("status").path("statusCategory"), "key"));
    }

    static SourceItem toItem(JsonNode issue, URI site, Instant seenAt, ApiResponse response)
            throws ConnectorException {
        String key = key(issue, response);
        JsonNode fields = issue.get("fields");
        if (fields == null || !fields.isObject()) {
            throw Json.malformed(SERVICE, "issue " + key + " without fields", response, null);
        }
        JsonNode reporter = fields.path("reporter");
        try {
            return new SourceItem(
                    UUID.nameUUIDFromBytes(("JIRA:" + site.getHost() + ":" + key).getBytes(StandardCharsets.UTF_8)),
                    SourceKind.JIRA,
                    key,
                    Snippets.shorten(Json.requiredText(fields, "summary", SERVICE, response), 500),
                    snippet(fields),
                    Json.text(reporter, "emailAddress"),
                    Json.text(reporter, "displayName"),
                    time(Json.requiredText(fields, "created", SERVICE, response), response),
                    date(Json.text(fields, "duedate"), response),
                    null,
                    references(key, fields),
                    URI.create(site + "/browse/" + key),
                    null,
                    null,
                    null,
                    null,
                    seenAt);
        } catch (IllegalArgumentException e) {
            throw Json.malformed(SERVICE, "issue " + key + ": " + e.getMessage(), response, e);
        }
    }

    private static String snippet(JsonNode fields) {
        List<String> facts = new ArrayList<>();
        String priority = Json.text(fields.path("priority"), "name");
        if (priority != null) {
            facts.add("Priority: " + priority);
        }
        String status = Json.text(fields.path("status"), "name");
        if (status != null) {
            facts.add("Status: " + status);
        }
        String type = Json.text(fields.path("issuetype"), "name");
        if (type != null) {
            facts.add("Type: " + type);
        }
        String description = Snippets.plain(AdfText.of(fields.get("description")), DESCRIPTION_LENGTH);
        String header = String.join(" · ", facts);
        if (header.isEmpty()) {
            return description;
        }
        return description.isEmpty() ? header : header + "\n" + description;
    }

    /** The parent (as {@code parent:KEY}, which ingestion links as PARENT), then every linked issue. */
    private static List<String> references(String self, JsonNode fields) {
        Set<String> refs = new LinkedHashSet<>();
        String parent = Json.text(fields.path("parent"), "key");
        if (parent != null && !parent.equals(self)) {
            refs.add(IngestionPipeline.PARENT_PREFIX + parent);
        }
        for (JsonNode link : fields.path("issuelinks")) {
            for (String side : List.of("outwardIssue", "inwardIssue")) {
                String linked = Json.text(link.path(side), "key");
                if (linked != null) {
                    refs.add(linked);
                }
            }
        }
        refs.remove(self);
        return List.copyOf(refs);
    }

    static Instant time(String text, ApiResponse response) throws ConnectorException {
        try {
            return OffsetDateTime.parse(text, JIRA_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw Json.malformed(SERVICE, "a time Jira does not write", response, e);
        }
    }

    private static LocalDate date(String text, ApiResponse response) throws ConnectorException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Json.malformed(SERVICE, "a due date that is not YYYY-MM-DD", response, e);
        }
    }
}
