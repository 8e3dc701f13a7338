package dev.quarterdeck.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaVersionTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    /** Start-up skips Flyway when the installed schema equals CURRENT, so CURRENT must be the newest migration. */
    @Test
    void currentIsTheNewestMigration() throws IOException, URISyntaxException {
        Path migrations = Path.of(SchemaVersion.class.getResource("/db/migration").toURI());
        int newest;
        try (Stream<Path> files = Files.list(migrations)) {
            newest = files.map(f -> MIGRATION.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElseThrow();
        }

        assertThat(SchemaVersion.CURRENT).isEqualTo(newest);
    }
}
