package dev.quarterdeck.connectors.github;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the issues and pull requests a text mentions, as refs like {@code owner/repo#123}: {@code #123} (same
 * repository), {@code owner/repo#123}, and links {@code https://host/owner/repo/issues/123} or {@code …/pull/123}.
 */
final class GitHubReferences {

    private static final Pattern MENTION = Pattern.compile(
            "https?://[^/\\s]+/([\\w.-]+/[\\w.-]+)/(?:issues|pull)/(\\d{1,9})"
                    + "|(?<![\\w/.-])([\\w.-]+/[\\w.-]+)#(\\d{1,9})\\b"
                    + "|(?<![\\w&/#])#(\\d{1,9})\\b");

    private GitHubReferences() {
    }

    /** Distinct refs in order of first mention, without {@code self}. */
    static List<String> find(String text, String repository, String self) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Set<String> refs = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String ref;
            if (m.group(1) != null) {
                ref = m.group(1) + "#" + Long.parseLong(m.group(2));
            } else if (m.group(3) != null) {
                ref = m.group(3) + "#" + Long.parseLong(m.group(4));
            } else {
                ref = repository + "#" + Long.parseLong(m.group(5));
            }
            if (!ref.equalsIgnoreCase(self)) {
                refs.add(ref);
            }
        }
        return List.copyOf(refs);
    }
}
