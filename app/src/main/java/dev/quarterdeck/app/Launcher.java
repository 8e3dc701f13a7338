package dev.quarterdeck.app;

import dev.quarterdeck.app.cli.Arguments;
import dev.quarterdeck.app.cli.Cli;
import dev.quarterdeck.app.cli.CommandLine;
import dev.quarterdeck.app.cli.HostEnvironment;
import dev.quarterdeck.app.cli.ShellWindow;
import dev.quarterdeck.app.cli.StoreSetup;
import dev.quarterdeck.app.cli.TunedJvm;
import dev.quarterdeck.app.cli.UsageException;
import dev.quarterdeck.app.instance.SingleInstance;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The main class of {@code quarterdeck.jar}. Not a JavaFX {@code Application}: on the class path JavaFX refuses
 * to start a main class that extends it. The only place that touches {@code System.out}, {@code System.err} and
 * {@code System.exit}; everything else is in {@link Cli}.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        Optional<Integer> tuned = runTuned(arguments);
        if (tuned.isPresent()) {
            System.exit(tuned.get());
        }
        HostEnvironment host = HostEnvironment.current();
        Cli cli = new Cli(host, System.out, System.err, new ShellWindow(),
                new StoreSetup(host, Clock.systemDefaultZone()), SingleInstance.DEFAULT_TIMEOUT);
        int status = cli.run(arguments);
        System.out.flush();
        // Exit explicitly: JavaFX, the database or AWT may leave non-daemon threads behind.
        System.exit(status);
    }

    /** Runs the window in a {@link TunedJvm} when that applies; empty when this JVM should run it. */
    private static Optional<Integer> runTuned(List<String> arguments) {
        Arguments.Mode mode;
        try {
            mode = CommandLine.parse(arguments).mode();
        } catch (UsageException e) {
            return Optional.empty();
        }
        Optional<List<String>> command = TunedJvm.command(mode, arguments, ProcessHandle.current().info(),
                System.getProperty(TunedJvm.STARTED_AT), () -> ManagementFactory.getRuntimeMXBean().getStartTime());
        if (command.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(TunedJvm.run(command.get()));
        } catch (IOException e) {
            // Not fatal: this JVM can run the window too, only starts it slower.
            System.err.println("quarterdeck: could not start a tuned JVM (" + e.getMessage() + "); starting here");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(1);
        }
    }
}
