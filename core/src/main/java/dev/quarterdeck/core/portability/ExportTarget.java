package dev.quarterdeck.core.portability;

import java.nio.file.Path;
import java.util.Locale;

/** The three shapes an export can take. */
public enum ExportTarget {
    /** One JSON document. */
    JSON,
    /** One CSV file per table in a folder. */
    CSV_FOLDER,
    /** One CSV file per table inside a zip archive. */
    CSV_ZIP;

    /** CSV goes into a zip when the path ends with {@code .zip}, else into a folder. */
    public static ExportTarget csvFor(Path out) {
        return out.getFileName() != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")
                ? CSV_ZIP : CSV_FOLDER;
    }
}
