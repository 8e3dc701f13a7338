package dev.quarterdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.teamdb.DatabaseUrl;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the launcher as users do: in its own JVM, judged by exit status, stdout and stderr. */
class LauncherProcessTest {

    @TempDir
    Path temp;

    record Result(int status, String out, String err) {
    }

    /**
     * The class path of this test JVM without test classes and test jars (in a reactor build a module's tests
     * arrive as {@code target/test-classes} or as a {@code -tests.jar}).
     */
    static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/")
                        && !entry.endsWith("-tests.jar"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    static List<String> javaCommand(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(applicationClassPath());
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    Result run(String... args) throws IOException, InterruptedException {
        return run(temp, Map.of(), args);
    }

    /** Runs the launcher in a child JVM with a private XDG_DATA_HOME under {@code temp} and extra variables. */
    static Result run(Path temp, Map<String, String> variables, String... args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(javaCommand(List.of(), args))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARTERDECK_"));
        builder.environment().put("XDG_DATA_HOME", temp.resolve("xdg").toString());
        builder.environment().putAll(variables);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the launcher ends").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theChildRunsTheBuiltClassesNotTheTestOnes() {
        assertThat(applicationClassPath().split(File.pathSeparator))
                .anyMatch(entry -> entry.endsWith(Path.of("app", "target", "classes").toString()))
                .noneMatch(entry -> entry.contains("test-classes") || entry.endsWith("-tests.jar"));
        // without logback-test.xml the child logs as the app does (LogConfigurator: console at WARN)
        assertThat(applicationClassPath().split(File.pathSeparator))
                .noneMatch(entry -> Files.exists(Path.of(entry, "logback-test.xml")));
    }

    @Test
    void printsTheVersion() throws Exception {
        Result result = run("--version");

        assertThat(result.status()).isZero();
        assertThat(result.out()).matches("Quarterdeck \\d+\\.\\d+\\.\\d+\\S*\\R");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void printsTheHelpWithEveryOption() throws Exception {
        Result result = run("--help");

        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("Usage: quarterdeck [options]")
                .contains("--data-dir DIR", "--db URL", "--demo", "--exit", "--startup-report", "--version",
                        "-h, --help");
        assertThat(result.err()).isEmpty();
        assertThat(temp.resolve("xdg")).as("no data folder for --help").doesNotExist();
    }

    @Test
    void rejectsAnUnknownOptionWithStatusTwo() throws Exception {
        Result result = run("--foo");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("quarterdeck: unknown option --foo (see --help)" + System.lineSeparator());
    }

    @Test
    void createsTheDemoWorkspaceHeadlesslyThenSkipsIt() throws Exception {
        Path dataDir = temp.resolve("data");

        Result first = run("--demo", "--exit", "--data-dir", dataDir.toString());
        Result second = run("--demo", "--exit", "--data-dir", dataDir.toString());

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).matches("Demo workspace created: 5 projects, \\d{2,} tasks in "
                + java.util.regex.Pattern.quote(dataDir.toString()) + "\\R");
        assertThat(second.status()).as(second.err()).isZero();
        assertThat(second.out()).isEqualTo("Store not empty, demo skipped (" + dataDir + ")" + System.lineSeparator());
        assertThat(dataDir.resolve("quarterdeck.mv.db")).exists();
        assertThat(dataDir.resolve("quarterdeck.sock")).as("the socket is removed on exit").doesNotExist();
    }

    /** The real window in a child JVM, drawn by Monocle without a display (as the UI tests do). */
    @Test
    void aSecondLaunchRevealsTheRunningWindowAndACrashLeavesNothingThatBlocks() throws Exception {
        Path dataDir = temp.resolve("data");
        Path windowOut = temp.resolve("window-out.txt");
        ProcessBuilder builder = new ProcessBuilder(javaCommand(List.of("-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true"),
                "--data-dir", dataDir.toString()))
                .redirectErrorStream(true).redirectOutput(windowOut.toFile());
        Process window = builder.start();
        try {
            Path socket = dataDir.resolve("quarterdeck.sock");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(socket) && window.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(window.isAlive()).as(() -> "window process alive; its output: " + read(windowOut)).isTrue();
            assertThat(socket).exists();

            Result second = run("--data-dir", dataDir.toString());
            Result headless = run("--demo", "--exit", "--data-dir", dataDir.toString());

            assertThat(second.status()).as(second.err()).isZero();
            assertThat(second.out())
                    .isEqualTo("Quarterdeck is already running; brought it to the front." + System.lineSeparator());
            assertThat(headless.status()).isEqualTo(1);
            assertThat(headless.out()).isEmpty();
            assertThat(headless.err()).isEqualTo("quarterdeck: Quarterdeck is running on " + dataDir
                    + "; close it first, so that the database is not opened twice" + System.lineSeparator());
            assertThat(window.isAlive()).isTrue();

            window.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertThat(socket).as("a killed instance leaves its socket file").exists();

            Result afterCrash = run("--exit", "--data-dir", dataDir.toString());
            assertThat(afterCrash.status()).as(afterCrash.err()).isZero();
            assertThat(afterCrash.out()).isEqualTo("Store ready in " + dataDir + System.lineSeparator());
        } finally {
            window.destroyForcibly();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    @Test
    void rejectsABadDatabaseUrlWithStatusTwo() throws Exception {
        Result result = run("--db", "postgres://h/q", "--exit");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).startsWith("quarterdeck: --db: 'postgres://h/q' is not a PostgreSQL URL")
                .endsWith("(see --help)" + System.lineSeparator());
    }
}
