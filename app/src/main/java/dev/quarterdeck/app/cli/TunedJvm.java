package dev.quarterdeck.app.cli;

import dev.quarterdeck.app.shell.StartupReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Runs the window in a second JVM started with options for a desktop start, when Quarterdeck was started the
 * plain way ({@code java -jar quarterdeck.jar …}, which cannot carry JVM options). On these 2-core machines the C2
 * compiler and G1's helper threads take a core from a cold start for code that runs once: the client compiler
 * and the serial collector start the window about 1.3 s sooner (measured in {@code docs/adr/0008}). The installer
 * sets the same options in its launcher, so it never comes here.
 *
 * <p>Start-up time stays honest: the tuned JVM learns when this one started ({@link #STARTED_AT}) and
 * {@code --startup-report} counts from there.
 */
public final class TunedJvm {

    /** System property of the tuned JVM: when the first JVM started, in epoch milliseconds. */
    public static final String STARTED_AT = StartupReport.STARTED_AT_PROPERTY;
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private TunedJvm() {
    }

    /**
     * The command that runs {@code appArguments} in a tuned JVM, or empty when this JVM should run them itself:
     * already tuned, not a window start, or started with JVM options or a class path of the user's (their
     * choice wins), or the platform does not tell how this process was started.
     */
    public static Optional<List<String>> command(Arguments.Mode mode, List<String> appArguments,
            ProcessHandle.Info self, String startedAtProperty, LongSupplier jvmStartMillis) {
        if (mode != Arguments.Mode.WINDOW || startedAtProperty != null) {
            return Optional.empty();
        }
        Optional<String> java = self.command();
        Optional<String[]> arguments = self.arguments();
        if (java.isEmpty() || arguments.isEmpty()) {
            return Optional.empty();
        }
        String[] given = arguments.get();
        boolean plainJar = given.length == appArguments.size() + 2 && "-jar".equals(given[0]);
        if (!plainJar) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.addAll(OPTIONS);
        // the JVM's own start time, not the process's: on Linux that one is derived from a boot time in whole
        // seconds and can be up to a second early
        command.add("-D" + STARTED_AT + "=" + jvmStartMillis.getAsLong());
        command.add("-jar");
        command.add(given[1]);
        command.addAll(appArguments);
        return Optional.of(command);
    }

    /**
     * Runs {@code command} with this process's standard streams and returns its exit code. Ending this process
     * (Ctrl+C, a kill) ends the tuned one too, through its shutdown hooks, so the store closes cleanly.
     */
    public static int run(List<String> command) throws java.io.IOException, InterruptedException {
        Process tuned = new ProcessBuilder(command).inheritIO().start();
        Thread stopTuned = new Thread(() -> {
            if (tuned.isAlive()) {
                tuned.destroy();
            }
        }, "quarterdeck-stop-tuned-jvm");
        Runtime.getRuntime().addShutdownHook(stopTuned);
        int status = tuned.waitFor();
        Runtime.getRuntime().removeShutdownHook(stopTuned);
        return status;
    }
}
