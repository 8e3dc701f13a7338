package dev.quarterdeck.app.ask;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation with Ask Quarterdeck, kept in {@value #FILE_NAME} in the data folder: it is the user's own, so it
 * stays on this machine even in team mode, and it is written atomically (temp file, then move). The newest
 * {@value #KEPT} messages are kept.
 */
public final class AskHistoryFile {

    static final String FILE_NAME = "ask-history.json";
    static final int KEPT = 500;
    private static final Logger LOG = LoggerFactory.getLogger(AskHistoryFile.class);

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    public AskHistoryFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public List<AskMessage> load() {
        try {
            List<AskMessage> messages = json.readValue(Files.readAllBytes(file), new TypeReference<List<AskMessage>>() {
            });
            return messages == null ? List.of() : List.copyOf(messages);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read {}, starting a new conversation: {}", file, e.getMessage());
            return List.of();
        }
    }

    public void save(List<AskMessage> messages) {
        List<AskMessage> kept = messages.size() <= KEPT ? messages : messages.subList(messages.size() - KEPT,
                messages.size());
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            try {
                Files.write(temp, json.writeValueAsBytes(kept));
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the conversation to " + file, e);
        }
    }
}
