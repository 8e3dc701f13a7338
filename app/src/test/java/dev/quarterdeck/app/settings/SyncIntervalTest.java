package dev.quarterdeck.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncIntervalTest {

    @TempDir
    Path dataDir;

    @Test
    void readsWhatUsersType() {
        assertThat(SyncInterval.parse("15 min").interval()).isEqualTo(SyncInterval.minutes(15));
        assertThat(SyncInterval.parse("45").interval()).isEqualTo(SyncInterval.minutes(45));
        assertThat(SyncInterval.parse(" 45m ").interval()).isEqualTo(SyncInterval.minutes(45));
        assertThat(SyncInterval.parse("2 h").interval()).isEqualTo(SyncInterval.minutes(120));
        assertThat(SyncInterval.parse("2 Hours").interval()).isEqualTo(SyncInterval.minutes(120));
        assertThat(SyncInterval.parse("1 h 30 min").interval()).isEqualTo(SyncInterval.minutes(90));
        assertThat(SyncInterval.parse("1h30").interval()).isEqualTo(SyncInterval.minutes(90));
        assertThat(SyncInterval.parse("Every 30 min").interval()).isEqualTo(SyncInterval.minutes(30));
        assertThat(SyncInterval.parse("24 h").interval()).isEqualTo(SyncInterval.minutes(1440));
        assertThat(SyncInterval.parse("Manual only").interval()).isEqualTo(SyncInterval.MANUAL);
        assertThat(SyncInterval.parse("off").interval()).isEqualTo(SyncInterval.MANUAL);
    }

    @Test
    void saysWhyATextIsNotAnInterval() {
        assertThat(SyncInterval.parse("4 min").problem()).contains("at most every 5 min");
        assertThat(SyncInterval.parse("0").problem()).contains("at most every 5 min");
        assertThat(SyncInterval.parse("25 h").problem()).contains("at least once every 24 h");
        assertThat(SyncInterval.parse("1 h 1 min").ok()).isTrue();
        assertThat(SyncInterval.parse("24 h 1 min").problem()).contains("24 h");
        assertThat(SyncInterval.parse("soon").problem()).contains("like 15 min");
        assertThat(SyncInterval.parse("15 days").problem()).contains("like 15 min");
        assertThat(SyncInterval.parse("").problem()).contains("Choose how often");
        assertThatThrownBy(() -> SyncInterval.minutes(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyPresetReadsBackAsItself() {
        for (SyncInterval preset : SyncInterval.PRESETS) {
            assertThat(SyncInterval.parse(preset.text()).interval()).isEqualTo(preset);
            assertThat(SyncInterval.fromStoredMinutes(preset.storedMinutes())).isEqualTo(preset);
        }
        assertThat(SyncInterval.minutes(90).text()).isEqualTo("1 h 30 min");
        assertThat(SyncInterval.minutes(120).text()).isEqualTo("2 h");
        assertThat(SyncInterval.DEFAULT.every()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void isKeptInTheSettingsFileAndAnEditedOutOfRangeValueMeansTheDefault() {
        SettingsFile file = new SettingsFile(dataDir);
        assertThat(file.load().syncInterval()).isEqualTo(SyncInterval.DEFAULT);
        file.save(Settings.DEFAULTS.withSyncInterval(SyncInterval.MANUAL).withGithubClientId(" Iv23abc "));
        assertThat(file.load().syncInterval()).isEqualTo(SyncInterval.MANUAL);
        assertThat(file.load().githubClientId()).isEqualTo("Iv23abc");
        file.save(Settings.DEFAULTS.withSyncInterval(SyncInterval.minutes(360)));
        assertThat(file.load().syncInterval()).isEqualTo(SyncInterval.minutes(360));
        assertThat(new Settings(ThemeChoice.DARK, null, null, 2, null).syncInterval()).isEqualTo(SyncInterval.DEFAULT);
        assertThat(new Settings(ThemeChoice.DARK, null, null, 100_000, null).syncInterval())
                .isEqualTo(SyncInterval.DEFAULT);
    }
}
