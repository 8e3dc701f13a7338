package dev.quarterdeck.app.shell;

import dev.quarterdeck.app.LaunchOptions;

/**
 * TEMPORARY STAND-IN on the {@code cli} branch, only so that the launcher compiles before the {@code app}
 * branch's real window lands. The merge replaces this file with the real class of the same name and signature.
 * It opens nothing and says so.
 */
public final class QuarterdeckWindow {

    private QuarterdeckWindow() {
    }

    public static void launch(LaunchOptions options, Runnable onShown) {
        throw new UnsupportedOperationException("the window is not in this build yet (cli branch stand-in)");
    }

    public static void reveal() {
        throw new UnsupportedOperationException("the window is not in this build yet (cli branch stand-in)");
    }
}
