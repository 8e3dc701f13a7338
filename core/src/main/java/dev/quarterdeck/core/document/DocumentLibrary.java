package dev.quarterdeck.core.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.common.Ids;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files attached to projects, kept in {@code <data folder>/documents/}: each file is copied there under its SHA-256
 * ({@code documents/<sha256>/<file name>}, so the same content attached twice is stored once), its extracted text
 * beside it ({@code documents/<sha256>.txt}) and, once analysed, the analysis ({@code documents/<sha256>.analysis.json}:
 * summary, dates, action items, risks). Text and analysis are derived from the content, so they live with it rather
 * than in the store. The record's {@code storedPath} is relative to the data folder.
 * Synchronous; the app runs it in background jobs.
 */
public final class DocumentLibrary {

    public static final String FOLDER = "documents";
    private static final Logger LOG = LoggerFactory.getLogger(DocumentLibrary.class);
    private static final ObjectMapper ANALYSIS_JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final Store store;
    private final Path dataFolder;
    private final Clock clock;
    private final Actor actor;

    public DocumentLibrary(Store store, Path dataFolder, Clock clock, Actor actor) {
        this.store = Require.present(store, "store");
        this.dataFolder = Require.present(dataFolder, "dataFolder").toAbsolutePath().normalize();
        this.clock = Require.present(clock, "clock");
        this.actor = Require.present(actor, "actor");
    }

    public List<Document> list(UUID projectId) {
        return store.documents().listByProject(projectId);
    }

    /**
     * Copies {@code source} into the library, extracts its text and records it for the project. A PDF whose text
     * cannot be read is still attached (the problem is logged; the document simply has no text).
     */
    public Document attach(UUID projectId, Path source) throws IOException {
        Require.present(projectId, "projectId");
        if (!Files.isRegularFile(source)) {
            throw new IOException(source + " is not a file");
        }
        String fileName = source.getFileName().toString();
        Path folder = dataFolder.resolve(FOLDER);
        Files.createDirectories(folder);
        Path staging = Files.createTempFile(folder, "incoming-", ".part");
        String sha256;
        try {
            sha256 = copyHashing(source, staging);
            Path target = folder.resolve(sha256).resolve(fileName);
            Files.createDirectories(target.getParent());
            Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            writeText(target, textFile(sha256));
        } finally {
            Files.deleteIfExists(staging);
        }
        String title = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        Document document = new Document(Ids.newId(), projectId, title.isBlank() ? fileName : title, fileName,
                TextExtraction.Kind.of(fileName).mediaType(), Files.size(source), sha256,
                FOLDER + "/" + sha256 + "/" + fileName, clock.instant(), 0);
        return store.write(actor, tx -> tx.insert(document));
    }

    /** Where the stored copy is. */
    public Path file(Document document) {
        return dataFolder.resolve(document.storedPath()).normalize();
    }

    /** The extracted text, empty when there is none (a type without text, or the extraction failed). */
    public Optional<String> text(Document document) {
        Path text = dataFolder.resolve(textFile(document.sha256()));
        try {
            return Files.exists(text) ? Optional.of(Files.readString(text, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Size in bytes of the extracted text, empty when there is none. */
    public java.util.OptionalLong textSize(Document document) {
        Path text = dataFolder.resolve(textFile(document.sha256()));
        try {
            return Files.exists(text) ? java.util.OptionalLong.of(Files.size(text)) : java.util.OptionalLong.empty();
        } catch (IOException e) {
            return java.util.OptionalLong.empty();
        }
    }

    public Path dataFolder() {
        return dataFolder;
    }

    /** Removes the record; the stored copy and its text go too unless another record refers to the same content. */
    public void remove(Document document) {
        store.write(actor, tx -> {
            tx.delete(document);
            return null;
        });
        boolean stillUsed = store.documents().listAll().stream().anyMatch(d -> d.sha256().equals(document.sha256()));
        if (!stillUsed) {
            try {
                Path copy = file(document);
                Files.deleteIfExists(copy);
                Files.deleteIfExists(copy.getParent());
                Files.deleteIfExists(dataFolder.resolve(textFile(document.sha256())));
                Files.deleteIfExists(dataFolder.resolve(analysisFile(document.sha256())));
            } catch (IOException e) {
                LOG.warn("Could not delete the stored copy of {}: {}", document.fileName(), e.getMessage());
            }
        }
    }

    /** The last analysis of the document's content, if it has been analysed. */
    public Optional<DocumentFindings> analysis(Document document) {
        Path file = dataFolder.resolve(analysisFile(document.sha256()));
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ANALYSIS_JSON.readValue(file.toFile(), DocumentFindings.class));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read the analysis of {}: {}", document.fileName(), e.getMessage());
            return Optional.empty();
        }
    }

    /** Keeps {@code findings} as the document's analysis, replacing an earlier one (written atomically). */
    public void saveAnalysis(Document document, DocumentFindings findings) throws IOException {
        Path target = dataFolder.resolve(analysisFile(document.sha256()));
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "analysis-", ".part");
        try {
            ANALYSIS_JSON.writeValue(temp.toFile(), findings);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String analysisFile(String sha256) {
        return FOLDER + "/" + sha256 + ".analysis.json";
    }

    private static String textFile(String sha256) {
        return FOLDER + "/" + sha256 + ".txt";
    }

    private void writeText(Path stored, String textFile) {
        Path target = dataFolder.resolve(textFile);
        if (Files.exists(target)) {
            return;
        }
        try {
            Optional<String> text = TextExtraction.extract(stored);
            if (text.isPresent()) {
                Files.writeString(target, text.get(), StandardCharsets.UTF_8);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("No text from {}: {}", stored.getFileName(), e.getMessage());
        }
    }

    private static String copyHashing(Path source, Path target) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
