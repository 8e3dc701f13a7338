package dev.quarterdeck.app.shell;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * {@code --startup-report}: once a frame with data has been rendered, prints {@code startup-ms: N} (N = now minus
 * the JVM's start time) and ends the app; on a store failure prints {@code startup-error: <message>} and ends
 * with exit code 1. These lines are part of the command-line contract, which is why this class writes to the
 * standard output it is given.
 *
 * <p>"Rendered" is judged by pulses: the data is laid out in the pulse after it was applied; asking for one more
 * pulse and reporting in it guarantees the frame of the previous pulse has been drawn.
 */
public final class StartupReport {

    /** System property set on a JVM that a launcher started for the window: when the first JVM started (epoch ms). */
    public static final String STARTED_AT_PROPERTY = "quarterdeck.startedAt";

    private final PrintStream out;
    private final Runnable exit;
    private boolean reported;

    /** @param exit ends the app, with the exit code set by {@link #exitCode()} */
    public StartupReport(PrintStream out, Runnable exit) {
        this.out = out;
        this.exit = exit;
    }

    private int exitCode;

    public int exitCode() {
        return exitCode;
    }

    /** Call on the FX thread right after data has been put into the scene. */
    public void dataShown(Scene scene) {
        if (reported) {
            return;
        }
        reported = true;
        Runnable[] listener = new Runnable[1];
        int[] pulses = {0};
        listener[0] = () -> {
            pulses[0]++;
            if (pulses[0] == 1) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            long millis = millisSinceJvmStart();
            out.println("startup-ms: " + millis);
            out.flush();
            exitCode = 0;
            Platform.runLater(exit);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /**
     * Milliseconds since Quarterdeck started: since the first JVM's start when the launcher ran the window in a
     * second, tuned JVM (it passes {@link #STARTED_AT_PROPERTY}), else since this JVM's. The first call loads java.management and every platform MXBean
     * (some 150 classes), so outside the report itself call it only when debug logging is on.
     */
    static long millisSinceJvmStart() {
        long now = System.currentTimeMillis();
        Long firstJvmStart = Long.getLong(STARTED_AT_PROPERTY);
        return now - (firstJvmStart != null ? firstJvmStart : ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    public void failed(String message) {
        if (reported) {
            return;
        }
        reported = true;
        out.println("startup-error: " + message.replace('\n', ' '));
        out.flush();
        exitCode = 1;
        Platform.runLater(exit);
    }
}
