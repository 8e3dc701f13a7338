package dev.quarterdeck.core.agent;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The significant words of a title or message, for comparing records by what they are about. Lower-cased, split at
 * anything that is not a letter or a digit (a dot between digits stays, so "1.31" is one word), common English and
 * mail words dropped, and a light stemming that makes "crash-loops" and "crash-looping" meet: a trailing "ing" or
 * "s" is cut when enough of the word remains. Words need three letters, or two characters with a digit ("Q3").
 */
final class Words {

    private static final Set<String> STOP = Set.of(
            "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
            "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does",
            "doing", "down", "during", "each", "few", "for", "from", "further", "get", "got", "had", "has", "have",
            "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its",
            "just", "let", "me", "more", "most", "my", "need", "needs", "new", "no", "nor", "not", "now", "of", "off",
            "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "please", "same", "she", "should",
            "so", "some", "such", "than", "thank", "thanks", "that", "the", "their", "them", "then", "there", "these",
            "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "via", "was", "we",
            "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you",
            "your", "yours", "re", "fw", "fwd", "hi", "hello", "dear", "regards", "best", "cheers", "today",
            "tomorrow", "yesterday", "attached", "see", "know", "one", "two", "three", "make", "sure", "minute",
                    "hour", "day",
            "week", "month", "year", "time", "date", "morning", "afternoon", "evening", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december");

    private Words() {
    }

    /** The significant words of {@code text}, in order of first appearance. */
    static Set<String> of(String text) {
        return surfaces(text).keySet();
    }

    /** Each significant word of {@code text} with the first form it was written in ("looping" for "loop"). */
    static Map<String, String> surfaces(String text) {
        Map<String, String> words = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        int n = lower.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(lower.charAt(i)) || isInnerDecimalPoint(lower, i))) {
                i++;
            }
            if (i > start) {
                String surface = lower.substring(start, i);
                String word = stem(surface);
                if (isSignificant(word)) {
                    words.putIfAbsent(word, surface);
                }
            }
        }
        return words;
    }

    /** The significant words of several texts together. */
    static Set<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            words.addAll(of(text));
        }
        return words;
    }

    /** Shared words over all words (Jaccard); 0 when both are empty. */
    static double jaccard(Collection<String> a, Collection<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** How many words the two have in common. */
    static long shared(Collection<String> a, Collection<String> b) {
        return a.stream().filter(b::contains).count();
    }

    private static boolean isInnerDecimalPoint(String text, int i) {
        return text.charAt(i) == '.' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }

    private static String stem(String word) {
        if (word.length() >= 7 && word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() >= 4 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static boolean isSignificant(String word) {
        if (STOP.contains(word)) {
            return false;
        }
        boolean hasDigit = false;
        boolean allDigits = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean digit = Character.isDigit(c);
            hasDigit |= digit;
            allDigits &= digit || c == '.';
        }
        if (allDigits) {
            // "1.31" names a version; a bare "140" or "2025" is just a number
            return word.contains(".");
        }
        return hasDigit ? word.length() >= 2 : word.length() >= 3;
    }
}
