package dev.quarterdeck.app.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.quarterdeck.app.files.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@code settings.json} in the data folder. Writes go to a temporary file in the same folder
 * that is then moved over the old one, so a crash mid-write leaves either the old or the new file, never half
 * of one. A missing or unreadable file means defaults (an unreadable one is logged and left for the user).
 */
public final class SettingsFile {

    public static final String FILE_NAME = "settings.json";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public SettingsFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path path() {
        return file;
    }

    public Settings load() {
        try {
            Settings settings = json.readValue(Files.readAllBytes(file), Settings.class);
            return settings == null ? Settings.DEFAULTS : settings;
        } catch (NoSuchFileException e) {
            return Settings.DEFAULTS;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read {}, using default settings: {}", file, e.getMessage());
            return Settings.DEFAULTS;
        }
    }

    public void save(Settings settings) {
        try {
            AtomicFile.write(file, json.writeValueAsBytes(settings));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save settings to " + file, e);
        }
    }
}
