package dev.quarterdeck.app.settings;

import dev.quarterdeck.app.files.AtomicFile;
import dev.quarterdeck.app.files.SmallJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@code settings.json} in the data folder. Writes go to a temporary file in the same folder
 * that is then moved over the old one, so a crash mid-write leaves either the old or the new file, never half
 * of one. A missing or unreadable file means defaults (an unreadable one is logged and left for the user);
 * unknown fields are ignored so an older version can read a newer file.
 * It is read before the first frame, hence {@link SmallJson}.
 */
public final class SettingsFile {

    public static final String FILE_NAME = "settings.json";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);

    private final Path file;

    public SettingsFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path path() {
        return file;
    }

    public Settings load() {
        try {
            Map<String, Object> fields = SmallJson.read(Files.readAllBytes(file));
            return new Settings(theme(fields.get("theme")), window(fields.get("window")),
                    fields.get("keepInTray") instanceof Boolean keep ? keep : null,
                    fields.get("syncMinutes") instanceof Double minutes ? (Integer) minutes.intValue() : null,
                    fields.get("githubClientId") instanceof String clientId ? clientId : null);
        } catch (NoSuchFileException e) {
            return Settings.DEFAULTS;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read {}, using default settings: {}", file, e.getMessage());
            return Settings.DEFAULTS;
        }
    }

    public void save(Settings settings) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("theme", settings.theme().name());
        settings.windowBounds().ifPresent(window -> {
            Map<String, Object> bounds = new LinkedHashMap<>();
            bounds.put("x", window.x());
            bounds.put("y", window.y());
            bounds.put("width", window.width());
            bounds.put("height", window.height());
            bounds.put("maximized", window.maximized());
            fields.put("window", bounds);
        });
        if (settings.keepInTray() != null) {
            fields.put("keepInTray", settings.keepInTray());
        }
        if (settings.syncMinutes() != null) {
            fields.put("syncMinutes", settings.syncMinutes().longValue());
        }
        if (settings.githubClientId() != null) {
            fields.put("githubClientId", settings.githubClientId());
        }
        try {
            AtomicFile.write(file, SmallJson.write(fields));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save settings to " + file, e);
        }
    }

    private static ThemeChoice theme(Object value) {
        return value instanceof String name ? ThemeChoice.valueOf(name) : null;
    }

    private static WindowBounds window(Object value) {
        if (!(value instanceof Map<?, ?> fields)) {
            return null;
        }
        return new WindowBounds(number(fields, "x"), number(fields, "y"), number(fields, "width"),
                number(fields, "height"), Boolean.TRUE.equals(fields.get("maximized")));
    }

    private static double number(Map<?, ?> fields, String name) {
        if (fields.get(name) instanceof Number number) {
            return number.doubleValue();
        }
        throw new IllegalArgumentException("window." + name + " is not a number");
    }
}
