package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.LaunchOptions;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

    private static final Path HOME = Path.of("/home/lea");

    @Test
    void embeddedDatabaseShowsTheDataFolderWithTheHomeAbbreviated() {
        LaunchOptions options = new LaunchOptions(HOME.resolve(".local/share/quarterdeck"), Optional.empty(), false,
                false);
        assertThat(StoreLocation.describe(options, HOME)).isEqualTo("H2 ~/.local/share/quarterdeck");
    }

    @Test
    void aFolderOutsideHomeIsShownInFull() {
        LaunchOptions options = new LaunchOptions(Path.of("/srv/qd"), Optional.empty(), false, false);
        assertThat(StoreLocation.describe(options, HOME)).isEqualTo("H2 /srv/qd");
    }

    @Test
    void teamModeShowsHostAndDatabaseButNeverCredentials() {
        LaunchOptions options = new LaunchOptions(HOME, Optional.of(
                "jdbc:postgresql://db.example.org/quarterdeck?user=lea&password=secret"), false, false);
        assertThat(StoreLocation.describe(options, HOME)).isEqualTo("PostgreSQL db.example.org/quarterdeck");
        assertThat(StoreLocation.describeUrl("jdbc:postgresql://db:6432/qd")).isEqualTo("PostgreSQL db:6432/qd");
    }

    @Test
    void otherUrlsLoseTheirParameters() {
        assertThat(StoreLocation.describeUrl("jdbc:h2:/tmp/qd;PASSWORD=x")).isEqualTo("jdbc:h2:/tmp/qd");
    }
}
