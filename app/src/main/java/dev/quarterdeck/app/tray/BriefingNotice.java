package dev.quarterdeck.app.tray;

import dev.quarterdeck.core.briefing.Briefing;

/**
 * What a tray notification says about a new briefing: the briefing's own title, and its first section's heading
 * with the first line under it, so the balloon tells something before it is clicked.
 */
public record BriefingNotice(String title, String text) {

    static final int MAX_TEXT = 180;

    public static BriefingNotice of(Briefing briefing) {
        String title = "New briefing";
        String heading = null;
        String firstLine = null;
        for (String raw : briefing.markdown().split("\n")) {
            String line = raw.strip();
            if (line.startsWith("# ") && title.equals("New briefing")) {
                title = plain(line.substring(2));
            } else if (line.startsWith("## ") && heading == null) {
                heading = plain(line.substring(3));
            } else if (heading != null && firstLine == null && isListItem(line)) {
                firstLine = plain(line.replaceFirst("^(-|\\d+\\.)\\s+", ""));
            }
        }
        String summary = heading == null ? "" : heading + (firstLine == null ? "" : ": " + firstLine);
        if (summary.length() > MAX_TEXT) {
            summary = summary.substring(0, MAX_TEXT - 1) + "\u2026";
        }
        // one line: the tray balloons of some desktops (AWT's own on X11) do not break at a newline
        String joint = summary.isEmpty() ? "" : summary.matches(".*[.!?…]$") ? summary + " " : summary + ". ";
        return new BriefingNotice(title, joint + "Click to open the briefing.");
    }

    private static boolean isListItem(String line) {
        return line.startsWith("- ") || line.matches("\\d+\\. .*");
    }

    /** The text as it reads: Markdown escapes and emphasis marks removed. */
    private static String plain(String markdown) {
        return markdown.replaceAll("\\\\(.)", "$1").replace("**", "").strip();
    }
}
