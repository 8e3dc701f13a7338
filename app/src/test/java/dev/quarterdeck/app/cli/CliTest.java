package dev.quarterdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.app.teamdb.TeamDatabaseSetting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path temp;

    private final FakeWindow window = new FakeWindow();
    private final CountDownLatch headlessMayFinish = new CountDownLatch(1);
    private final CountDownLatch headlessStarted = new CountDownLatch(1);

    @AfterEach
    void releaseEverything() {
        window.close.countDown();
        headlessMayFinish.countDown();
    }

    /** One launch with its own output streams, as a separate process would have. */
    private final class Run {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exec(HeadlessSetup headless, String... args) {
            HostEnvironment host = new HostEnvironment("Linux", temp.resolve("home"), "lea",
                    Map.of("XDG_DATA_HOME", temp.resolve("xdg").toString()));
            Cli cli = new Cli(host, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), window, headless, Duration.ofSeconds(2));
            return cli.run(List.of(args));
        }

        int exec(String... args) {
            return exec(options -> "summary for " + options.dataDir(), args);
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }

    private static final class FakeWindow implements DesktopWindow {
        final AtomicReference<LaunchOptions> launched = new AtomicReference<>();
        final AtomicInteger launches = new AtomicInteger();
        final AtomicInteger reveals = new AtomicInteger();
        final CountDownLatch shown = new CountDownLatch(1);
        final CountDownLatch close = new CountDownLatch(1);

        @Override
        public void launch(LaunchOptions options, Runnable onShown) {
            launched.set(options);
            launches.incrementAndGet();
            onShown.run();
            shown.countDown();
            try {
                close.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void reveal() {
            reveals.incrementAndGet();
        }
    }

    private CompletableFuture<Integer> openWindowInBackground(String... args) throws InterruptedException {
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> new Run().exec(args));
        assertThat(window.shown.await(10, TimeUnit.SECONDS)).isTrue();
        return first;
    }

    @Test
    void printsTheVersion() {
        Run run = new Run();

        assertThat(run.exec("--version")).isZero();

        assertThat(run.out()).matches("Quarterdeck \\d+\\.\\d+\\.\\d+\\S*\\R");
        assertThat(run.err()).isEmpty();
        assertThat(temp.resolve("xdg")).doesNotExist();
    }

    @Test
    void printsTheHelp() {
        Run run = new Run();

        assertThat(run.exec("--help")).isZero();

        assertThat(run.out()).startsWith("Usage: quarterdeck [options]").contains("--data-dir DIR");
        assertThat(window.launches).hasValue(0);
    }

    @Test
    void anUnknownOptionIsOneLineOnStandardErrorAndStatusTwo() {
        Run run = new Run();

        assertThat(run.exec("--foo")).isEqualTo(Cli.USAGE);

        assertThat(run.err()).isEqualTo("quarterdeck: unknown option --foo (see --help)" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(window.launches).hasValue(0);
    }

    @Test
    void opensTheWindowOnTheResolvedAndCreatedDataFolder() throws Exception {
        CompletableFuture<Integer> first = openWindowInBackground("--demo", "--startup-report",
                "--db", "jdbc:postgresql://db/q?user=lea");

        LaunchOptions options = window.launched.get();
        assertThat(options).isEqualTo(new LaunchOptions(temp.resolve("xdg/quarterdeck"),
                Optional.of("jdbc:postgresql://db/q?user=lea"), true, true));
        assertThat(options.dataDir()).isDirectory();
        assertThat(options.dataDir().resolve("quarterdeck.sock")).exists();

        window.close.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(options.dataDir().resolve("quarterdeck.sock")).doesNotExist();
    }

    @Test
    void aSecondLaunchBringsTheFirstToTheFrontAndOpensNothing() throws Exception {
        CompletableFuture<Integer> first = openWindowInBackground("--data-dir", temp.resolve("q").toString());
        Run second = new Run();

        assertThat(second.exec("--data-dir", temp.resolve("q").toString(), "--demo")).isZero();

        assertThat(second.out()).isEqualTo("Quarterdeck is already running; brought it to the front."
                + System.lineSeparator());
        assertThat(window.reveals).hasValue(1);
        assertThat(window.launches).hasValue(1);
        window.close.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void aLaunchOnAnotherDataFolderIsIndependent() throws Exception {
        openWindowInBackground("--data-dir", temp.resolve("one").toString());
        AtomicReference<String> ranOn = new AtomicReference<>();
        Run other = new Run();

        assertThat(other.exec(options -> {
            ranOn.set(options.dataDir().toString());
            return "done";
        }, "--exit", "--data-dir", temp.resolve("two").toString())).isZero();

        assertThat(ranOn.get()).isEqualTo(temp.resolve("two").toString());
        assertThat(window.reveals).hasValue(0);
    }

    @Test
    void aHeadlessCommandRefusesWhileTheWindowHoldsTheFolder() throws Exception {
        openWindowInBackground("--data-dir", temp.resolve("q").toString());
        AtomicInteger headlessRuns = new AtomicInteger();
        Run headless = new Run();

        int status = headless.exec(options -> {
            headlessRuns.incrementAndGet();
            return "should not run";
        }, "--demo", "--exit", "--data-dir", temp.resolve("q").toString());

        assertThat(status).isEqualTo(Cli.FAILURE);
        assertThat(headless.err()).isEqualTo("quarterdeck: Quarterdeck is running on " + temp.resolve("q")
                + "; close it first, so that the database is not opened twice" + System.lineSeparator());
        assertThat(headlessRuns).hasValue(0);
        assertThat(window.reveals).hasValue(0);
    }

    @Test
    void aWindowRefusesWhileAHeadlessCommandHoldsTheFolder() throws Exception {
        String dir = temp.resolve("q").toString();
        CompletableFuture<Integer> headless = CompletableFuture.supplyAsync(() -> new Run().exec(options -> {
            headlessStarted.countDown();
            headlessMayFinish.await(10, TimeUnit.SECONDS);
            return "done";
        }, "--exit", "--data-dir", dir));
        assertThat(headlessStarted.await(10, TimeUnit.SECONDS)).isTrue();
        Run windowLaunch = new Run();

        assertThat(windowLaunch.exec("--data-dir", dir)).isEqualTo(Cli.FAILURE);

        assertThat(windowLaunch.err()).startsWith("quarterdeck: another quarterdeck command is working on " + dir);
        assertThat(window.launches).hasValue(0);
        headlessMayFinish.countDown();
        assertThat(headless.get(10, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void theHeadlessSummaryIsTheOnlyOutput() {
        Run run = new Run();

        assertThat(run.exec(options -> "Demo workspace created: 5 projects, 64 tasks in " + options.dataDir(),
                "--demo", "--exit", "--data-dir", temp.resolve("q").toString())).isZero();

        assertThat(run.out()).isEqualTo("Demo workspace created: 5 projects, 64 tasks in " + temp.resolve("q")
                + System.lineSeparator());
        assertThat(run.err()).isEmpty();
        assertThat(temp.resolve("q/quarterdeck.sock")).doesNotExist();
    }

    @Test
    void aHeadlessFailureIsOneLineAndStatusOne() {
        Run run = new Run();

        int status = run.exec(options -> {
            throw new IllegalStateException("migration failed", new IOException("disk\nfull"));
        }, "--exit", "--data-dir", temp.resolve("q").toString());

        assertThat(status).isEqualTo(Cli.FAILURE);
        assertThat(run.err()).isEqualTo("quarterdeck: migration failed" + System.lineSeparator());
        assertThat(temp.resolve("q/quarterdeck.sock")).doesNotExist();
    }

    @Test
    void aFileWhereTheDataFolderShouldBeIsARuntimeFailure() throws IOException {
        Path file = Files.writeString(temp.resolve("q"), "x");
        Run run = new Run();

        assertThat(run.exec("--data-dir", file.toString())).isEqualTo(Cli.FAILURE);

        assertThat(run.err()).isEqualTo("quarterdeck: the data folder " + file + " exists but is not a folder"
                + System.lineSeparator());
    }

    @Test
    void oneLineTakesTheFirstMessageInTheCauseChain() {
        assertThat(Cli.oneLine(new RuntimeException(null, new IOException("  no\n  space  ")))).isEqualTo("no space");
        assertThat(Cli.oneLine(new NullPointerException())).isEqualTo("NullPointerException");
    }

    @Test
    void theTeamDatabaseSettingIsUsedUnlessDbIsGiven() {
        Path folder = temp.resolve("q");
        TeamDatabaseSetting.save(folder, "jdbc:postgresql://db.internal/quarterdeck");
        AtomicReference<LaunchOptions> used = new AtomicReference<>();

        assertThat(new Run().exec(options -> {
            used.set(options);
            return "ok";
        }, "--exit", "--data-dir", folder.toString())).isZero();
        assertThat(used.get().databaseUrl()).contains("jdbc:postgresql://db.internal/quarterdeck");

        assertThat(new Run().exec(options -> {
            used.set(options);
            return "ok";
        }, "--exit", "--data-dir", folder.toString(), "--db", "jdbc:postgresql://other/qd")).isZero();
        assertThat(used.get().databaseUrl()).contains("jdbc:postgresql://other/qd");
    }
}
