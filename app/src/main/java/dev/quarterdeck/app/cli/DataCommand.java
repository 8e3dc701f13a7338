package dev.quarterdeck.app.cli;

import dev.quarterdeck.core.portability.ConflictPolicy;
import java.nio.file.Path;
import java.util.Optional;

/** A headless command on the workspace's data: export, import, backup or restore. */
public sealed interface DataCommand {

    /** {@code --export json|csv --out PATH [--project CODE]}. */
    record Export(Format format, Path out, Optional<String> projectCode) implements DataCommand {
    }

    /** {@code --import PATH [--merge | --skip-conflicts] [--project CODE]}. */
    record Import(Path file, ConflictPolicy policy, Optional<String> projectCode) implements DataCommand {
    }

    /** {@code --backup}. */
    record Backup() implements DataCommand {
    }

    /** {@code --restore FILE}. */
    record Restore(Path file) implements DataCommand {
    }

    /** The formats of {@code --export}. */
    enum Format {
        JSON, CSV
    }
}
