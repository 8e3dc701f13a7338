package dev.quarterdeck.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    @TempDir
    Path dataDir;

    @Test
    void missingFileMeansDefaults() {
        assertThat(new SettingsFile(dataDir).load()).isEqualTo(Settings.DEFAULTS);
        assertThat(Settings.DEFAULTS.theme()).isEqualTo(ThemeChoice.SYSTEM);
    }

    @Test
    void savedSettingsComeBack() {
        SettingsFile file = new SettingsFile(dataDir);
        Settings settings = new Settings(ThemeChoice.DARK, new WindowBounds(10, 20, 1400, 900, false), false, 45,
                "Iv1.abc");

        file.save(settings);

        assertThat(new SettingsFile(dataDir).load()).isEqualTo(settings);
        assertThat(dataDir).isDirectoryContaining(p -> p.getFileName().toString().equals("settings.json"));
    }

    @Test
    void saveReplacesTheFileAndLeavesNoTemporaryFiles() throws Exception {
        SettingsFile file = new SettingsFile(dataDir);
        file.save(new Settings(ThemeChoice.LIGHT, null));
        file.save(new Settings(ThemeChoice.DARK, null));

        assertThat(file.load().theme()).isEqualTo(ThemeChoice.DARK);
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }

    @Test
    void createsTheDataFolderWhenMissing() {
        Path nested = dataDir.resolve("a/b");
        new SettingsFile(nested).save(new Settings(ThemeChoice.LIGHT, null));
        assertThat(new SettingsFile(nested).load().theme()).isEqualTo(ThemeChoice.LIGHT);
    }

    @Test
    void unreadableFileFallsBackToDefaultsAndIsLeftAlone() throws Exception {
        Path path = dataDir.resolve(SettingsFile.FILE_NAME);
        Files.writeString(path, "{ this is not json");

        assertThat(new SettingsFile(dataDir).load()).isEqualTo(Settings.DEFAULTS);
        assertThat(Files.readString(path)).isEqualTo("{ this is not json");
    }

    @Test
    void unknownFieldsFromANewerVersionAreIgnored() throws Exception {
        Files.writeString(dataDir.resolve(SettingsFile.FILE_NAME), "{\"theme\":\"LIGHT\",\"closeToTray\":true}");
        assertThat(new SettingsFile(dataDir).load()).isEqualTo(new Settings(ThemeChoice.LIGHT, null));
    }

    @Test
    void systemChoiceFollowsGtkThemeOnJavaFx21() {
        assertThat(SystemColorScheme.prefersDark(Map.of())).isFalse();
        assertThat(SystemColorScheme.prefersDark(Map.of("GTK_THEME", "Adwaita:dark"))).isTrue();
        assertThat(SystemColorScheme.prefersDark(Map.of("GTK_THEME", "Yaru-dark"))).isTrue();
        assertThat(SystemColorScheme.prefersDark(Map.of("GTK_THEME", "Adwaita"))).isFalse();

        assertThat(ThemeChoice.SYSTEM.isDark(true)).isTrue();
        assertThat(ThemeChoice.SYSTEM.isDark(false)).isFalse();
        assertThat(ThemeChoice.LIGHT.isDark(true)).isFalse();
        assertThat(ThemeChoice.DARK.isDark(false)).isTrue();
    }
}
