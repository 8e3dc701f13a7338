package dev.quarterdeck.connectors.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarterdeck.connectors.http.Json;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where the last GitHub sync stopped: {@code since} (the newest {@code updated_at} seen, GitHub's own clock), the
 * ETags of the assigned-issues and review-request queries, and the PRs that were awaiting my review (so one that
 * leaves the list is reported closed). Stored as compact JSON, at most {@link #MAX_LENGTH} characters: the refs are
 * grouped by repository, and if they still do not fit they are left out (vanished reviews then go unnoticed until
 * the list is shorter).
 *
 * <pre>
 * {"v":1,"since":"2026-11-20T08:00:00Z","issuesEtag":"W/\"…\"","reviewsEtag":"…",
 *  "awaitingReview":{"o/r":[12]}}
 * </pre>
 */
record GitHubCursor(Instant since, String issuesEtag, String reviewsEtag, Set<String> awaitingReview) {

    static final int MAX_LENGTH = 4_000;
    static final GitHubCursor FIRST_SYNC = new GitHubCursor(null, null, null, Set.of());

    GitHubCursor {
        awaitingReview = Set.copyOf(awaitingReview);
    }

    /** A cursor from a previous sync; an unreadable one starts over (a full sync is always safe). */
    static GitHubCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return FIRST_SYNC;
        }
        try {
            JsonNode root = Json.MAPPER.readTree(text);
            if (root == null || root.path("v").asInt() != 1) {
                return FIRST_SYNC;
            }
            String since = Json.text(root, "since");
            Set<String> awaiting = new TreeSet<>();
            root.path("awaitingReview").properties().forEach(repo -> repo.getValue()
                    .forEach(number -> awaiting.add(repo.getKey() + "#" + number.asLong())));
            return new GitHubCursor(since == null ? null : Instant.parse(since), Json.text(root, "issuesEtag"),
                    Json.text(root, "reviewsEtag"), awaiting);
        } catch (JsonProcessingException | DateTimeParseException e) {
            return FIRST_SYNC;
        }
    }

    boolean firstSync() {
        return since == null;
    }

    String format() {
        String full = toJson(true);
        return full.length() <= MAX_LENGTH ? full : toJson(false);
    }

    private String toJson(boolean withReviews) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("v", 1);
        if (since != null) {
            root.put("since", since.toString());
        }
        if (issuesEtag != null) {
            root.put("issuesEtag", issuesEtag);
        }
        if (withReviews) {
            if (reviewsEtag != null) {
                root.put("reviewsEtag", reviewsEtag);
            }
            ObjectNode awaiting = root.putObject("awaitingReview");
            byRepository().forEach((repo, numbers) -> {
                ArrayNode list = awaiting.putArray(repo);
                numbers.forEach(list::add);
            });
        }
        return root.toString();
    }

    private Map<String, Set<Long>> byRepository() {
        Map<String, Set<Long>> grouped = new TreeMap<>();
        for (String ref : awaitingReview) {
            int hash = ref.lastIndexOf('#');
            grouped.computeIfAbsent(ref.substring(0, hash), k -> new TreeSet<>())
                    .add(Long.parseLong(ref.substring(hash + 1)));
        }
        return grouped;
    }
}
