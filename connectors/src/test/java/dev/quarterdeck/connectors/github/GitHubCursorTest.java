package dev.quarterdeck.connectors.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GitHubCursorTest {

    private static final Instant SINCE = Instant.parse("2026-11-20T08:05:00Z");

    @Test
    void roundTripsAndGroupsRefsByRepository() {
        GitHubCursor cursor = new GitHubCursor(SINCE, "W/\"abc\"", "\"def\"",
                Set.of("acme/web#9", "acme/web#10", "acme/api#11"));

        String text = cursor.format();

        assertThat(text).isEqualTo("{\"v\":1,\"since\":\"2026-11-20T08:05:00Z\",\"issuesEtag\":\"W/\\\"abc\\\"\","
                + "\"reviewsEtag\":\"\\\"def\\\"\",\"awaitingReview\":{\"acme/api\":[11],\"acme/web\":[9,10]}}");
        assertThat(GitHubCursor.parse(text)).isEqualTo(cursor);
    }

    @Test
    void anUnreadableCursorStartsOver() {
        assertThat(GitHubCursor.parse(null).firstSync()).isTrue();
        assertThat(GitHubCursor.parse("not json").firstSync()).isTrue();
        assertThat(GitHubCursor.parse("{\"v\":2,\"since\":\"2026-11-20T08:05:00Z\"}").firstSync()).isTrue();
        assertThat(GitHubCursor.parse("{\"v\":1,\"since\":\"yesterday\"}").firstSync()).isTrue();
    }

    @Test
    void aReviewListTooLongForTheCursorIsLeftOutRatherThanOverflowing() {
        Set<String> many = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            many.add("organisation-" + i + "/repository-" + i + "#" + i);
        }
        GitHubCursor cursor = new GitHubCursor(SINCE, "W/\"abc\"", "\"def\"", many);

        String text = cursor.format();

        assertThat(text).hasSizeLessThanOrEqualTo(GitHubCursor.MAX_LENGTH);
        GitHubCursor parsed = GitHubCursor.parse(text);
        assertThat(parsed.since()).isEqualTo(SINCE);
        assertThat(parsed.issuesEtag()).isEqualTo("W/\"abc\"");
        assertThat(parsed.reviewsEtag()).isNull();
        assertThat(parsed.awaitingReview()).isEmpty();
    }
}
