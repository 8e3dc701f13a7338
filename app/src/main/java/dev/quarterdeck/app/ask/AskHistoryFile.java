package dev.quarterdeck.app.ask;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.quarterdeck.app.files.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
    private ObjectMapper json;

    public AskHistoryFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public List<AskMessage> load() {
        try {
            List<AskMessage> messages = json().readValue(Files.readAllBytes(file), new TypeReference<List<AskMessage>>() {
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
            AtomicFile.write(file, json().writeValueAsBytes(kept));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the conversation to " + file, e);
        }
    }

    /** Made on first use, in the background: this file is created with the window and data binding is slow to start. */
    private synchronized ObjectMapper json() {
        if (json == null) {
            json = new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
        }
        return json;
    }
}
