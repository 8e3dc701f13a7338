package dev.quarterdeck.app;

import dev.quarterdeck.app.cli.Cli;
import dev.quarterdeck.app.cli.HostEnvironment;
import dev.quarterdeck.app.cli.ShellWindow;
import dev.quarterdeck.app.cli.StoreSetup;
import dev.quarterdeck.app.instance.SingleInstance;
import java.time.Clock;
import java.util.List;

/**
 * The main class of {@code quarterdeck.jar}. Not a JavaFX {@code Application}: on the class path JavaFX refuses
 * to start a main class that extends it. The only place that touches {@code System.out}, {@code System.err} and
 * {@code System.exit}; everything else is in {@link Cli}.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        HostEnvironment host = HostEnvironment.current();
        Cli cli = new Cli(host, System.out, System.err, new ShellWindow(),
                new StoreSetup(host, Clock.systemDefaultZone()), SingleInstance.DEFAULT_TIMEOUT);
        int status = cli.run(List.of(args));
        System.out.flush();
        // Exit explicitly: JavaFX, the database or AWT may leave non-daemon threads behind.
        System.exit(status);
    }
}
