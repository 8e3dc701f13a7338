package dev.quarterdeck.app.settings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.quarterdeck.app.files.AtomicFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@code settings.json} in the data folder. Writes go to a temporary file in the same folder
 * that is then moved over the old one, so a crash mid-write leaves either the old or the new file, never half
 * of one. A missing or unreadable file means defaults (an unreadable one is logged and left for the user);
 * unknown fields are ignored so an older version can read a newer file.
 *
 * <p>The file is read with Jackson's streaming parser rather than its data binding: it is read before the first
 * frame, and initialising data binding there cost about 0.4 s of start-up.
 */
public final class SettingsFile {

    public static final String FILE_NAME = "settings.json";
    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);
    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;

    public SettingsFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path path() {
        return file;
    }

    public Settings load() {
        try (JsonParser parser = JSON.createParser(Files.readAllBytes(file))) {
            Map<String, Object> fields = object(parser, parser.nextToken());
            return new Settings(theme(fields.get("theme")), window(fields.get("window")));
        } catch (NoSuchFileException e) {
            return Settings.DEFAULTS;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read {}, using default settings: {}", file, e.getMessage());
            return Settings.DEFAULTS;
        }
    }

    public void save(Settings settings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = JSON.createGenerator(bytes).useDefaultPrettyPrinter()) {
            out.writeStartObject();
            out.writeStringField("theme", settings.theme().name());
            if (settings.window() != null) {
                WindowBounds window = settings.window();
                out.writeObjectFieldStart("window");
                out.writeNumberField("x", window.x());
                out.writeNumberField("y", window.y());
                out.writeNumberField("width", window.width());
                out.writeNumberField("height", window.height());
                out.writeBooleanField("maximized", window.maximized());
                out.writeEndObject();
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write settings", e);
        }
        try {
            AtomicFile.write(file, bytes.toByteArray());
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

    /** An object's fields: text, numbers, booleans and nested objects; arrays and nulls are skipped. */
    private static Map<String, Object> object(JsonParser parser, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            throw new IOException("the file is not a JSON object");
        }
        Map<String, Object> fields = new HashMap<>();
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (value) {
                case START_OBJECT -> fields.put(name, object(parser, value));
                case START_ARRAY -> parser.skipChildren();
                case VALUE_STRING -> fields.put(name, parser.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> fields.put(name, parser.getDoubleValue());
                case VALUE_TRUE, VALUE_FALSE -> fields.put(name, parser.getBooleanValue());
                default -> { }
            }
        }
        return fields;
    }
}
