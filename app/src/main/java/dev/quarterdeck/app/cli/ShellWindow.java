package dev.quarterdeck.app.cli;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.app.shell.QuarterdeckWindow;

/** The real JavaFX window. JavaFX classes load only when a method here runs, never for --help or --version. */
public final class ShellWindow implements DesktopWindow {

    @Override
    public void launch(LaunchOptions options, Runnable onShown) {
        QuarterdeckWindow.launch(options, StoreSetup.storeConfig(options, HostEnvironment.current()), System.out,
                onShown);
    }

    @Override
    public void reveal() {
        QuarterdeckWindow.reveal();
    }
}
