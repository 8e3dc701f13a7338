package dev.quarterdeck.app.teamdb;

import dev.quarterdeck.app.files.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The "Team database" setting: the PostgreSQL URL Quarterdeck opens instead of the embedded store when no
 * {@code --db} is given. It lives in a one-line file of its own beside {@code settings.json} because it decides
 * which store to open, before anything else is read (settings.json needs a JSON parser that costs a cold start
 * some 0.3 s). Never a password: that comes from {@code QUARTERDECK_DB_PASSWORD}, so none is written to disk.
 */
public final class TeamDatabaseSetting {

    public static final String FILE_NAME = "team-database.url";

    private TeamDatabaseSetting() {
    }

    /** The saved URL, or empty for the embedded store. */
    public static Optional<String> read(Path dataDir) {
        try {
            String url = Files.readString(dataDir.resolve(FILE_NAME), StandardCharsets.UTF_8).strip();
            return url.isEmpty() ? Optional.empty() : Optional.of(url);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the team database setting " + dataDir.resolve(FILE_NAME),
                    e);
        }
    }

    /**
     * Checks and saves {@code text} for the next start.
     *
     * @throws IllegalArgumentException with a one-line reason for the user when the URL is malformed or carries
     *                                  a password
     */
    public static DatabaseUrl save(Path dataDir, String text) {
        DatabaseUrl url = DatabaseUrl.parse(text == null ? "" : text.strip());
        if (url.parameter("password").isPresent()) {
            throw new IllegalArgumentException("leave the password out of the URL: Quarterdeck reads it from "
                    + "QUARTERDECK_DB_PASSWORD, so it is never saved to disk");
        }
        write(dataDir, url.url() + "\n");
        return url;
    }

    /** Back to the embedded store at the next start. */
    public static void clear(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + dataDir.resolve(FILE_NAME), e);
        }
    }

    private static void write(Path dataDir, String content) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            AtomicFile.write(file, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the team database setting to " + file, e);
        }
    }
}
