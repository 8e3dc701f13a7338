package dev.quarterdeck.connectors.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quarterdeck.connectors.http.ApiResponse;
import dev.quarterdeck.connectors.http.Json;
import dev.quarterdeck.connectors.http.Snippets;
import dev.quarterdeck.core.connector.ConnectorException;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.task.SourceKind;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Turns a GitHub issue or pull request (from {@code /issues} or {@code /search/issues}) into a {@link SourceItem}:
 * ref {@code owner/repo#123}, the issue's html_url, title, a body snippet, the author as sender, the milestone's due
 * date, and the issues its title and body mention as references. A review request's title reads
 * "Review: <PR title>", because the work it stands for is the review.
 */
final class GitHubIssueMapper {

    static final String REVIEW_PREFIX = "Review: ";
    private static final int SNIPPET_LENGTH = 1_000;
    private static final String SERVICE = "GitHub";

    private GitHubIssueMapper() {
    }

    /** The issue's ref, from {@code repository.full_name} or, in search results, {@code repository_url}. */
    static String ref(JsonNode issue, ApiResponse response) throws ConnectorException {
        return repository(issue, response) + "#" + number(issue, response);
    }

    static boolean closed(JsonNode issue) {
        return "closed".equals(Json.text(issue, "state"));
    }

    static Instant updatedAt(JsonNode issue, ApiResponse response) throws ConnectorException {
        return instant(Json.requiredText(issue, "updated_at", SERVICE, response), response);
    }

    static SourceItem toItem(JsonNode issue, boolean reviewRequest, Instant seenAt, ApiResponse response)
            throws ConnectorException {
        String repository = repository(issue, response);
        String ref = repository + "#" + number(issue, response);
        String title = Snippets.shorten(Json.requiredText(issue, "title", SERVICE, response), 500);
        String body = Json.text(issue, "body");
        String url = Json.requiredText(issue, "html_url", SERVICE, response);
        JsonNode milestone = issue.get("milestone");
        String dueOn = milestone == null ? null : Json.text(milestone, "due_on");
        try {
            return new SourceItem(
                    UUID.nameUUIDFromBytes(("GITHUB:" + ref).getBytes(StandardCharsets.UTF_8)),
                    SourceKind.GITHUB,
                    ref,
                    reviewRequest ? Snippets.shorten(REVIEW_PREFIX + title, 500) : title,
                    Snippets.plain(body, SNIPPET_LENGTH),
                    null,
                    Json.text(issue.path("user"), "login"),
                    instant(Json.requiredText(issue, "created_at", SERVICE, response), response),
                    dueOn == null ? null : LocalDate.ofInstant(instant(dueOn, response), ZoneOffset.UTC),
                    null,
                    GitHubReferences.find(title + "\n" + (body == null ? "" : body), repository, ref),
                    URI.create(url),
                    null,
                    null,
                    null,
                    null,
                    seenAt);
        } catch (IllegalArgumentException e) {
            throw Json.malformed(SERVICE, "issue " + ref + ": " + e.getMessage(), response, e);
        }
    }

    private static String repository(JsonNode issue, ApiResponse response) throws ConnectorException {
        String fullName = Json.text(issue.path("repository"), "full_name");
        if (fullName != null) {
            return fullName;
        }
        String repositoryUrl = Json.requiredText(issue, "repository_url", SERVICE, response);
        int repos = repositoryUrl.lastIndexOf("/repos/");
        if (repos < 0) {
            throw Json.malformed(SERVICE, "repository_url without /repos/", response, null);
        }
        return repositoryUrl.substring(repos + "/repos/".length());
    }

    private static long number(JsonNode issue, ApiResponse response) throws ConnectorException {
        JsonNode number = issue.get("number");
        if (number == null || !number.canConvertToLong()) {
            throw Json.malformed(SERVICE, "an issue without a number", response, null);
        }
        return number.asLong();
    }

    private static Instant instant(String text, ApiResponse response) throws ConnectorException {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw Json.malformed(SERVICE, "a time that is not ISO 8601", response, e);
        }
    }
}
