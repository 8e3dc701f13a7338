package dev.quarterdeck.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A document's text as sentences. Lines are joined into paragraphs (PDF text breaks lines mid-sentence); a blank
 * line, a heading ({@code #}), a list item ({@code -}, {@code *}, {@code •}, {@code 1.}, {@code [ ]}) or a line that
 * starts with "Action", "TODO" or "Risk" starts a new one. Paragraphs are cut after {@code . ! ?} followed by a
 * capital letter or digit. List markers and heading hashes are removed.
 */
final class Sentences {

    private static final Pattern STARTS_UNIT = Pattern.compile(
            "^(#+\\s|[-*\u2022]\\s|\\d{1,2}[.)]\\s|\\[[ xX]?]\\s|(?i:action|todo|to do|risk|decision)\\b)");
    private static final Pattern MARKER = Pattern.compile("^(#+|[-*\u2022]|\\d{1,2}[.)]|\\[[ xX]?])\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d\"\u201c(])");
    static final int MAX_LENGTH = 1_000;
    private static final int SHORT_LINE = 60;

    private Sentences() {
    }

    static List<String> of(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean previousStandsAlone = false;
        for (String raw : text.replace('\r', '\n').split("\n")) {
            String line = raw.strip();
            boolean startsUnit = STARTS_UNIT.matcher(line).find();
            if (line.isEmpty() || startsUnit || (previousStandsAlone && Character.isUpperCase(line.charAt(0)))) {
                flush(current, paragraphs);
            }
            // a heading, a labelled line or a short first line ("Lease agreement, Quay Street 4") followed by a
            // capitalised line is a line of its own; a wrapped sentence goes on in lower case or with a digit
            previousStandsAlone = !line.isEmpty() && !endsSentence(line)
                    && (startsUnit || (current.length() == 0 && line.length() < SHORT_LINE));
            if (!line.isEmpty()) {
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(MARKER.matcher(line).replaceFirst(""));
            }
        }
        flush(current, paragraphs);
        List<String> sentences = new ArrayList<>();
        for (String paragraph : paragraphs) {
            for (String sentence : SENTENCE_END.split(paragraph)) {
                String clean = sentence.strip().replaceAll("\\s+", " ");
                if (!clean.isEmpty()) {
                    sentences.add(clean.length() <= MAX_LENGTH ? clean : clean.substring(0, MAX_LENGTH - 1) + "\u2026");
                }
            }
        }
        return sentences;
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '!' || last == '?';
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}
