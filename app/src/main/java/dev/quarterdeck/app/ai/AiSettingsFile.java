package dev.quarterdeck.app.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarterdeck.core.ai.ModelSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public AiSettingsFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public ModelSettings load() {
        try {
            JsonNode node = json.readTree(Files.readAllBytes(file));
            ModelSettings defaults = ModelSettings.defaults();
            return new ModelSettings(URI.create(node.path("baseUrl").asText(defaults.baseUrl().toString())),
                    node.path("model").asText(defaults.model()),
                    node.path("embeddingModel").asText(defaults.embeddingModel()),
                    Duration.ofSeconds(node.path("timeoutSeconds").asLong(defaults.requestTimeout().toSeconds())),
                    node.path("enabled").asBoolean(true));
        } catch (NoSuchFileException e) {
            return ModelSettings.defaults();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read {}, using the default AI settings: {}", file, e.getMessage());
            return ModelSettings.defaults();
        }
    }

    public void save(ModelSettings settings) {
        ObjectNode node = json.createObjectNode();
        node.put("baseUrl", settings.baseUrl().toString());
        node.put("model", settings.model());
        node.put("embeddingModel", settings.embeddingModel());
        node.put("timeoutSeconds", settings.requestTimeout().toSeconds());
        node.put("enabled", settings.enabled());
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            try {
                Files.write(temp, json.writeValueAsBytes(node));
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the AI settings to " + file, e);
        }
    }
}
