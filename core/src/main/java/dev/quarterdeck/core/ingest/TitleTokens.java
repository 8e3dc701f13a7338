package dev.quarterdeck.core.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a title that say what the work is, for text similarity: lower case, without the wrapping that
 * notifications add ({@code Re:}, {@code Fwd:}, {@code [JIRA]}, {@code [acme/web]}, {@code (PR #12)},
 * {@code Review:}, issue keys) and without words that every title has ("the", "please", "update"…). Identifiers
 * are compared separately ({@link Mentions}), so they are dropped here.
 */
final class TitleTokens {

    private static final Pattern NOISE = Pattern.compile(
            "(?i)^\\s*((re|fwd?|aw|wg|review|review requested|reminder|invitation|updated invitation|accepted"
                    + "|declined)\\s*:\\s*)+"
                    + "|\\[[^\\]]{0,60}]"
                    + "|\\((?:pr |issue )?#\\d+\\)"
                    + "|(?<![A-Za-z0-9_-])[A-Z][A-Z0-9]{1,9}-\\d+(?![\\w-])"
                    + "|[\\w.-]+/[\\w.-]+#\\d+"
                    + "|https?://\\S+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "for",
            "at", "by", "with", "from", "is", "are", "be", "it", "this", "that", "we", "you", "i", "me", "my",
            "our", "your", "please", "pls", "fyi", "re", "fw", "fwd", "jira", "github", "pr", "issue", "ticket",
            "created", "assigned", "updated", "commented", "mentioned", "requested", "review", "new", "via",
            "notification", "you've", "been", "has", "have", "was", "will", "can", "about");

    private TitleTokens() {
    }

    /** Notification subjects that wrap another item's title: the wrapped title is what counts. */
    private static final List<Pattern> WRAPPERS = List.of(
            Pattern.compile("(?i)^(?:updated )?invitation(?: from google calendar)?:\\s*(.+?)\\s+@\\s.*$"),
            Pattern.compile("(?i)^(?:document|file|spreadsheet|presentation) shared with you:\\s*\"?(.+?)\"?$"),
            Pattern.compile("(?i)^.{1,80}? shared \"(.+)\" with you$"),
            Pattern.compile("(?i)^invitation to (?:edit|comment|view):\\s*(.+)$"));

    static Set<String> of(String title) {
        String core = title;
        String lower = title.toLowerCase(Locale.ROOT);
        // Every wrapper names an invitation or a share; most titles skip the four patterns (ingestion runs this
        // for every item and every open task).
        if (lower.contains("invitation") || lower.contains("shared")) {
            for (Pattern wrapper : WRAPPERS) {
                Matcher m = wrapper.matcher(title);
                if (m.matches()) {
                    core = m.group(1);
                    break;
                }
            }
        }
        String cleaned = mayHaveNoise(core) ? NOISE.matcher(core).replaceAll(" ") : core;
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : NON_WORD.split(cleaned.toLowerCase(Locale.ROOT))) {
            if (word.length() >= 2 && !STOP.contains(word)) {
                tokens.add(stem(word));
            }
        }
        return tokens;
    }

    /** Every kind of {@link #NOISE} needs one of these characters: a colon, bracket, hash, hyphen or slash. */
    private static boolean mayHaveNoise(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '[' || c == '#' || c == '-' || c == '/') {
                return true;
            }
        }
        return false;
    }

    /** A light plural/verb stemmer: "deploys", "deployed", "deploying" all become "deploy". */
    private static String stem(String word) {
        if (word.length() > 5 && word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() > 4 && word.endsWith("ed")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** |a ∩ b| / |a ∪ b|. */
    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = common(a, b);
        return (double) common / (a.size() + b.size() - common);
    }

    /** |a ∩ b| / min(|a|, |b|): high when one title contains the other (a notification wraps the title). */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return (double) common(a, b) / Math.min(a.size(), b.size());
    }

    private static int common(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String token : small) {
            if (large.contains(token)) {
                n++;
            }
        }
        return n;
    }
}
