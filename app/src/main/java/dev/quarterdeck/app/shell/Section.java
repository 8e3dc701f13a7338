package dev.quarterdeck.app.shell;

import java.util.Optional;

/** The top-level places of the main window, in sidebar and shortcut order (Ctrl+1 … Ctrl+9). */
public enum Section {
    FOCUS("Focus"),
    INBOX("Inbox"),
    GRAPH("Graph"),
    PROJECTS("Projects"),
    CONNECTORS("Connectors"),
    SETTINGS("Settings"),
    BRIEFING("Briefing"),
    ASK("Ask");

    private final String title;

    Section(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The digit that selects this section with Ctrl (1-based). */
    public int shortcutDigit() {
        return ordinal() + 1;
    }

    /** How the shortcut is written in tooltips. */
    public String shortcutText() {
        return "Ctrl+" + shortcutDigit();
    }

    public static Optional<Section> forDigit(int digit) {
        Section[] all = values();
        return digit >= 1 && digit <= all.length ? Optional.of(all[digit - 1]) : Optional.empty();
    }
}
