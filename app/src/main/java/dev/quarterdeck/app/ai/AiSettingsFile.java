package dev.quarterdeck.app.ai;

import dev.quarterdeck.app.files.AtomicFile;
import dev.quarterdeck.app.files.SmallJson;
import dev.quarterdeck.core.ai.ModelSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local-model settings, in {@value #FILE_NAME} in the data folder: they describe this machine (where its Ollama
 * runs), so they are not in the shared store. Written atomically; an unreadable file gives the defaults.
 */
public final class AiSettingsFile {

    static final String FILE_NAME = "ai-settings.json";
    private static final Logger LOG = LoggerFactory.getLogger(AiSettingsFile.class);

    private final Path file;

    public AiSettingsFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public ModelSettings load() {
        try {
            Map<String, Object> fields = SmallJson.read(Files.readAllBytes(file));
            ModelSettings defaults = ModelSettings.defaults();
            return new ModelSettings(URI.create(text(fields, "baseUrl", defaults.baseUrl().toString())),
                    text(fields, "model", defaults.model()),
                    text(fields, "embeddingModel", defaults.embeddingModel()),
                    Duration.ofSeconds(fields.get("timeoutSeconds") instanceof Number seconds ? seconds.longValue()
                            : defaults.requestTimeout().toSeconds()),
                    !Boolean.FALSE.equals(fields.get("enabled")));
        } catch (NoSuchFileException e) {
            return ModelSettings.defaults();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read {}, using the default AI settings: {}", file, e.getMessage());
            return ModelSettings.defaults();
        }
    }

    private static String text(Map<String, Object> fields, String name, String fallback) {
        return fields.get(name) instanceof String value ? value : fallback;
    }

    public void save(ModelSettings settings) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("baseUrl", settings.baseUrl().toString());
        fields.put("model", settings.model());
        fields.put("embeddingModel", settings.embeddingModel());
        fields.put("timeoutSeconds", settings.requestTimeout().toSeconds());
        fields.put("enabled", settings.enabled());
        try {
            AtomicFile.write(file, SmallJson.write(fields));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the AI settings to " + file, e);
        }
    }
}
