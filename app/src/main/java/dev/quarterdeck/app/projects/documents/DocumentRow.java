package dev.quarterdeck.app.projects.documents;

import dev.quarterdeck.core.document.Document;
import java.util.Locale;
import java.util.OptionalLong;

/** A document with the size of its extracted text (empty: no text). */
public record DocumentRow(Document document, OptionalLong textBytes) {

    /** "1.2 MB", "640 KB", "312 B". */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ENGLISH, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024));
    }

    String textText() {
        return textBytes.isPresent() ? "text, " + size(textBytes.getAsLong()) : "no text";
    }

    String shortHash() {
        return document.sha256().substring(0, 12) + "…";
    }
}
