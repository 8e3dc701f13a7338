package dev.quarterdeck.core.portability;

/** The identity of the JSON export document; see {@code docs/export-format.md}. */
public final class ExportFormat {

    /** Value of the document's {@code format} field. */
    public static final String NAME = "quarterdeck-export";

    /** The only version this code writes and reads. A reader meeting another version refuses the whole file. */
    public static final int VERSION = 1;

    private ExportFormat() {
    }
}
