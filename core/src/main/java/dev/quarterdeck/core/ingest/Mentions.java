package dev.quarterdeck.core.ingest;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifiers of other work a text names, as the refs connectors give those items: Jira keys
 * ({@code OPS-42}, also inside {@code …/browse/OPS-42}), GitHub issues and PRs ({@code acme/web#12},
 * {@code https://github.com/acme/web/pull/12}, and GitHub's notification subjects
 * {@code [acme/web] Title (PR #12)} or {@code [acme/web] Title (#12)}). This is how an e-mail about a Jira
 * issue or a review request is tied to the issue or PR itself.
 */
final class Mentions {

    private static final Pattern JIRA_KEY = Pattern.compile("(?<![A-Za-z0-9_-])([A-Z][A-Z0-9]{1,9}-[1-9]\\d{0,6})(?![\\w-])");
    private static final Pattern GITHUB_URL = Pattern.compile(
            "https?://[^/\\s]+/([\\w.-]+/[\\w.-]+)/(?:issues|pull)/(\\d{1,9})");
    private static final Pattern GITHUB_REF = Pattern.compile("(?<![\\w/.-])([\\w.-]+/[\\w.-]+)#(\\d{1,9})\\b");
    private static final Pattern GITHUB_SUBJECT = Pattern.compile(
            "^\\s*(?:(?:re|fwd?):\\s*)*\\[([\\w.-]+/[\\w.-]+)]\\s.*\\((?:PR |Issue )?#(\\d{1,9})\\)",
            Pattern.CASE_INSENSITIVE);

    private Mentions() {
    }

    static Set<String> in(String title, String body) {
        Set<String> found = new LinkedHashSet<>();
        add(found, title);
        Matcher subject = GITHUB_SUBJECT.matcher(title);
        if (title.indexOf('#') >= 0 && subject.find()) {
            found.add(subject.group(1) + "#" + Long.parseLong(subject.group(2)));
        }
        if (body != null && !body.isEmpty()) {
            add(found, body.length() > 4_000 ? body.substring(0, 4_000) : body);
        }
        return found;
    }

    /** Each pattern needs a character most texts lack, so a text without it skips that pattern. */
    private static void add(Set<String> found, String text) {
        if (text.indexOf('/') >= 0) {
            addGitHub(found, text);
        }
        if (text.indexOf('-') >= 0) {
            Matcher key = JIRA_KEY.matcher(text);
            while (key.find()) {
                found.add(key.group(1));
            }
        }
    }

    private static void addGitHub(Set<String> found, String text) {
        Matcher url = GITHUB_URL.matcher(text);
        while (url.find()) {
            found.add(url.group(1) + "#" + Long.parseLong(url.group(2)));
        }
        Matcher ref = GITHUB_REF.matcher(text);
        while (ref.find()) {
            found.add(ref.group(1) + "#" + Long.parseLong(ref.group(2)));
        }
    }
}
