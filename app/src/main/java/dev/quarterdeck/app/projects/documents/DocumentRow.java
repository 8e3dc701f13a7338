package dev.quarterdeck.app.projects.documents;

import dev.quarterdeck.core.document.Document;
import dev.quarterdeck.core.document.DocumentFindings;
import java.util.Locale;
import java.util.OptionalLong;

/** A document with the size of its extracted text (empty: no text) and its last analysis (null: not analysed). */
public record DocumentRow(Document document, OptionalLong textBytes, DocumentFindings analysis) {

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

    /** "1 risk", "3 dates". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    String textText() {
        return textBytes.isPresent() ? "text, " + size(textBytes.getAsLong()) : "no text";
    }

    /** "rules · 7 found", "llama3.1:8b · 3 found", or "—". */
    String analysisText() {
        if (analysis == null) {
            return "\u2014";
        }
        int found = analysis.actions().size() + analysis.risks().size() + analysis.dates().size();
        return analysis.producedBy() + " \u00b7 " + found + " found";
    }

    String shortHash() {
        return document.sha256().substring(0, 12) + "…";
    }
}
