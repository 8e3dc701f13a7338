package dev.quarterdeck.core.briefing;

import java.util.List;

/** Writes the few Markdown constructs a briefing uses; record titles are escaped so they render as written. */
final class Markdown {

    private final StringBuilder text = new StringBuilder();

    Markdown title(String title) {
        text.append("# ").append(title).append("\n\n");
        return this;
    }

    Markdown paragraph(String paragraph) {
        text.append(paragraph).append("\n\n");
        return this;
    }

    /**
     * A section of bullet lines, at most {@code limit} of them followed by "… and N more"; {@code empty} when there
     * are none.
     */
    Markdown section(String heading, List<String> lines, String empty, int limit) {
        text.append("## ").append(heading).append("\n\n");
        if (lines.isEmpty()) {
            text.append("- ").append(empty).append('\n');
        } else {
            lines.stream().limit(limit).forEach(line -> text.append("- ").append(line).append('\n'));
            if (lines.size() > limit) {
                text.append("- \u2026 and ").append(lines.size() - limit).append(" more\n");
            }
        }
        text.append('\n');
        return this;
    }

    /** A numbered section, for rankings. */
    Markdown numbered(String heading, List<String> lines, String empty) {
        text.append("## ").append(heading).append("\n\n");
        if (lines.isEmpty()) {
            text.append("- ").append(empty).append('\n');
        }
        for (int i = 0; i < lines.size(); i++) {
            text.append(i + 1).append(". ").append(lines.get(i)).append('\n');
        }
        text.append('\n');
        return this;
    }

    /** Backslash-escapes the characters that would turn a title into emphasis, code or a link. */
    static String escape(String title) {
        StringBuilder escaped = new StringBuilder(title.length());
        for (char c : title.toCharArray()) {
            if ("\\*_`[]<>".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return text.toString().strip() + "\n";
    }
}
