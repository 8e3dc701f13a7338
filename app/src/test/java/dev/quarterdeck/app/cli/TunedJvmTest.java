package dev.quarterdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TunedJvmTest {

    private static final Instant STARTED = Instant.parse("2026-11-22T08:00:00.250Z");

    /** How the platform describes a process: what {@link ProcessHandle#info()} returns. */
    private record Started(Optional<String> command, Optional<String[]> arguments, Optional<Instant> startInstant)
            implements ProcessHandle.Info {

        static Started with(String... arguments) {
            return new Started(Optional.of("/opt/jdk/bin/java"), Optional.of(arguments), Optional.of(STARTED));
        }

        @Override
        public Optional<String> commandLine() {
            return Optional.empty();
        }

        @Override
        public Optional<Duration> totalCpuDuration() {
            return Optional.empty();
        }

        @Override
        public Optional<String> user() {
            return Optional.empty();
        }
    }

    @Test
    void aPlainJarStartOfTheWindowRunsInATunedJvmThatKnowsWhenTheFirstStarted() {
        Optional<List<String>> command = TunedJvm.command(Arguments.Mode.WINDOW, List.of("--demo"),
                Started.with("-jar", "app/target/quarterdeck.jar", "--demo"), null, STARTED::toEpochMilli);

        assertThat(command).contains(List.of("/opt/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dquarterdeck.startedAt=" + STARTED.toEpochMilli(), "-jar", "app/target/quarterdeck.jar", "--demo"));
    }

    @Test
    void commandLineWorkStaysInThisJvm() {
        for (Arguments.Mode mode : List.of(Arguments.Mode.HELP, Arguments.Mode.VERSION, Arguments.Mode.HEADLESS)) {
            assertThat(TunedJvm.command(mode, List.of(), Started.with("-jar", "quarterdeck.jar"), null,
                    STARTED::toEpochMilli))
                    .as(mode.name()).isEmpty();
        }
    }

    @Test
    void theUsersOwnJvmOptionsOrClassPathWin() {
        assertThat(TunedJvm.command(Arguments.Mode.WINDOW, List.of(),
                Started.with("-Xmx2g", "-jar", "quarterdeck.jar"), null, STARTED::toEpochMilli)).isEmpty();
        assertThat(TunedJvm.command(Arguments.Mode.WINDOW, List.of(),
                Started.with("-cp", "lib/*", "dev.quarterdeck.app.Launcher"), null, STARTED::toEpochMilli)).isEmpty();
    }

    @Test
    void theTunedJvmDoesNotStartAnother() {
        assertThat(TunedJvm.command(Arguments.Mode.WINDOW, List.of(), Started.with("-jar", "quarterdeck.jar"),
                String.valueOf(STARTED.toEpochMilli()), STARTED::toEpochMilli)).isEmpty();
    }

    @Test
    void withoutTheProcessDetailsThisJvmRunsTheWindow() {
        Started unknown = new Started(Optional.of("java"), Optional.empty(), Optional.of(STARTED));
        assertThat(TunedJvm.command(Arguments.Mode.WINDOW, List.of(), unknown, null, STARTED::toEpochMilli)).isEmpty();
    }

    @Test
    void runPassesTheExitCodeOn() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        assertThat(TunedJvm.run(List.of(java, "-version"))).isZero();
        assertThat(TunedJvm.run(List.of(java, "-XX:NoSuchOption"))).isNotZero();
    }
}
