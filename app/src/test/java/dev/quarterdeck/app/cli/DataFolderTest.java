package dev.quarterdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/lea");

    private static Path resolve(String os, Map<String, String> variables) {
        return DataFolder.resolve(Optional.empty(), new HostEnvironment(os, HOME, "lea", variables));
    }

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(resolve("Linux", Map.of("XDG_DATA_HOME", "/data/lea")))
                .isEqualTo(Path.of("/data/lea/quarterdeck"));
    }

    @Test
    void linuxDefaultsToLocalShare() {
        assertThat(resolve("Linux", Map.of())).isEqualTo(Path.of("/home/lea/.local/share/quarterdeck"));
        assertThat(resolve("FreeBSD", Map.of())).isEqualTo(Path.of("/home/lea/.local/share/quarterdeck"));
    }

    @Test
    void linuxIgnoresARelativeOrBlankXdgDataHome() {
        assertThat(resolve("Linux", Map.of("XDG_DATA_HOME", "relative/share")))
                .isEqualTo(Path.of("/home/lea/.local/share/quarterdeck"));
        assertThat(resolve("Linux", Map.of("XDG_DATA_HOME", "")))
                .isEqualTo(Path.of("/home/lea/.local/share/quarterdeck"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(resolve("Windows 11", Map.of("APPDATA", "/users/lea/appdata/roaming")))
                .isEqualTo(Path.of("/users/lea/appdata/roaming", "Quarterdeck"));
        assertThat(resolve("Windows 10", Map.of()))
                .isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("Quarterdeck"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(resolve("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored")))
                .isEqualTo(Path.of("/home/lea/Library/Application Support/Quarterdeck"));
    }

    @Test
    void theEnvironmentOverridesThePlatformAndTheCommandLineOverridesBoth() {
        Map<String, String> variables = Map.of("QUARTERDECK_DATA", "/env/q", "XDG_DATA_HOME", "/data/lea");
        HostEnvironment host = new HostEnvironment("Linux", HOME, "lea", variables);

        assertThat(DataFolder.resolve(Optional.empty(), host)).isEqualTo(Path.of("/env/q"));
        assertThat(DataFolder.resolve(Optional.of(Path.of("/cli/q")), host)).isEqualTo(Path.of("/cli/q"));
    }

    @Test
    void relativeOverridesAreTakenFromTheWorkingDirectory() {
        Path cwd = Path.of("").toAbsolutePath();
        HostEnvironment host = new HostEnvironment("Linux", HOME, "lea", Map.of("QUARTERDECK_DATA", "env/./q"));

        assertThat(DataFolder.resolve(Optional.empty(), host)).isEqualTo(cwd.resolve("env/q"));
        assertThat(DataFolder.resolve(Optional.of(Path.of("cli/../q")), host)).isEqualTo(cwd.resolve("q"));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void createsAMissingFolderAndItsParentsOwnerOnly(@TempDir Path temp) throws IOException {
        Path folder = temp.resolve("a/b/quarterdeck");

        assertThat(DataFolder.ensureExists(folder)).isEqualTo(folder);

        assertThat(folder).isDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void leavesAnExistingFolderAsItIs(@TempDir Path temp) throws IOException {
        Path folder = Files.createDirectory(temp.resolve("q"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-x---"));

        DataFolder.ensureExists(folder);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwxr-x---");
    }

    @Test
    void refusesAFileInTheWay(@TempDir Path temp) throws IOException {
        Path file = Files.writeString(temp.resolve("q"), "not a folder");

        assertThatThrownBy(() -> DataFolder.ensureExists(file))
                .isInstanceOf(IOException.class).hasMessageContaining("exists but is not a folder");
    }
}
