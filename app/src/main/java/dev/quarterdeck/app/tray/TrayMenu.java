package dev.quarterdeck.app.tray;

import java.util.List;

/** The tray menu's entries, top to bottom, each with what it does (FX thread). */
public record TrayMenu(List<Entry> entries) {

    public static final String OPEN = "Open Quarterdeck";
    public static final String TODAYS_BRIEFING = "Today's briefing";
    public static final String SYNC_NOW = "Sync now";
    public static final String QUIT = "Quit";

    public record Entry(String label, Runnable action) {
    }

    public TrayMenu {
        entries = List.copyOf(entries);
    }

    static TrayMenu of(TrayActions actions) {
        return new TrayMenu(List.of(new Entry(OPEN, actions.openWindow()),
                new Entry(TODAYS_BRIEFING, actions.todaysBriefing()), new Entry(SYNC_NOW, actions.syncNow()),
                new Entry(QUIT, actions.quit())));
    }

    public List<String> labels() {
        return entries.stream().map(Entry::label).toList();
    }
}
