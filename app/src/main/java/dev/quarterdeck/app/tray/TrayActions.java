package dev.quarterdeck.app.tray;

import dev.quarterdeck.core.briefing.Briefing;
import java.util.function.Consumer;

/**
 * What the tray's menu and a click on a notification do; each runs on the FX thread.
 *
 * @param openWindow     "Open Quarterdeck": show the window and bring it to the front
 * @param todaysBriefing "Today's briefing": the window on the newest briefing
 * @param syncNow        "Sync now": sync every connected account
 * @param quit           "Quit": really end the app, window and tray
 * @param openBriefing   a click on a briefing's notification: the window on that briefing
 */
public record TrayActions(Runnable openWindow, Runnable todaysBriefing, Runnable syncNow, Runnable quit,
        Consumer<Briefing> openBriefing) {
}
