package dev.quarterdeck.core.document;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a document, for search and (later) the agents: PDF through PDFBox, TXT/MD/CSV as UTF-8 (Latin-1 when
 * the bytes are not UTF-8). Other types have no text. Runs on the caller's thread; it may take seconds for a long
 * PDF, so the app calls it from a background job.
 */
public final class TextExtraction {

    /** The types whose text is read, by file extension. */
    public enum Kind {
        PDF("application/pdf"), TEXT("text/plain"), MARKDOWN("text/markdown"), CSV("text/csv"), OTHER(
                "application/octet-stream");

        private final String mediaType;

        Kind(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        public static Kind of(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".pdf")) {
                return PDF;
            }
            if (name.endsWith(".txt") || name.endsWith(".text")) {
                return TEXT;
            }
            if (name.endsWith(".md") || name.endsWith(".markdown")) {
                return MARKDOWN;
            }
            return name.endsWith(".csv") ? CSV : OTHER;
        }
    }

    private TextExtraction() {
    }

    /** The file's text, empty for types without text. Throws when a PDF cannot be read (damaged, encrypted). */
    public static Optional<String> extract(Path file) throws IOException {
        return switch (Kind.of(file.getFileName().toString())) {
            case PDF -> Optional.of(pdf(file));
            case TEXT, MARKDOWN, CSV -> Optional.of(plain(file));
            case OTHER -> Optional.empty();
        };
    }

    private static String pdf(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String plain(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
