package dev.quarterdeck.app.cli;

import dev.quarterdeck.app.LaunchOptions;

/** The window as the command line sees it; an interface so that the launch logic is testable without JavaFX. */
public interface DesktopWindow {

    /** Shows the window and blocks until the application exits. */
    void launch(LaunchOptions options, Runnable onShown);

    /** Brings the running window to the front; callable from any thread. */
    void reveal();
}
