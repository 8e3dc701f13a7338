package dev.quarterdeck.core.briefing;

import java.util.List;

/**
 * One section of a briefing as the rules found it: its heading, its lines (each naming the record it states something
 * about), what to say when there are none, how many lines to show, and whether the lines are a ranking. The rules
 * render these as Markdown; the model is given them as the facts it may write from.
 */
record BriefingSection(String heading, List<String> lines, String empty, int limit, boolean numbered) {

    BriefingSection {
        lines = List.copyOf(lines);
    }

    static BriefingSection bullets(String heading, List<String> lines, String empty, int limit) {
        return new BriefingSection(heading, lines, empty, limit, false);
    }

    static BriefingSection ranking(String heading, List<String> lines, String empty) {
        return new BriefingSection(heading, lines, empty, lines.size(), true);
    }

    /** The lines a reader is shown: at most {@link #limit()} of them. */
    List<String> shown() {
        return lines.size() <= limit ? lines : lines.subList(0, limit);
    }
}
