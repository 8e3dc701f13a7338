package dev.quarterdeck.core.portability;

import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Exports the store: everything, or one project with what belongs to it. Files are written next to the target
 * and moved into place when complete, so a failed export never leaves half a file under the chosen name.
 * Secrets (connector accounts, tokens, settings) are not part of a workspace snapshot, so they are never exported.
 */
public final class StoreExport {

    /** What was exported, for the confirmation message. */
    public record Summary(Path target, int projects, int tasks) {
        public String describe() {
            return projects + (projects == 1 ? " project, " : " projects, ") + tasks
                    + (tasks == 1 ? " task" : " tasks") + " exported to " + target;
        }
    }

    private final Store store;
    private final Clock clock;

    public StoreExport(Store store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param projectCode export only this project (empty: everything)
     * @throws IllegalArgumentException when no project has that code
     */
    public Summary export(ExportTarget target, Path out, Optional<String> projectCode) throws IOException {
        WorkspaceSnapshot whole = store.snapshot();
        WorkspaceSnapshot snapshot = projectCode.map(code -> ProjectSlice.of(whole, code)).orElse(whole);
        Path absolute = out.toAbsolutePath();
        switch (target) {
            case JSON -> writeAtomically(absolute, stream -> new JsonExporter().write(snapshot, clock.instant(), stream));
            case CSV_ZIP -> writeAtomically(absolute, stream -> new CsvExporter().writeZip(snapshot, clock.instant(),
                    stream));
            case CSV_FOLDER -> new CsvExporter().writeFolder(snapshot, absolute);
            default -> throw new IllegalStateException("unhandled export target " + target);
        }
        return new Summary(absolute, snapshot.projects().size(), snapshot.tasks().size());
    }

    private interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path target, StreamWriter writer) throws IOException {
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.write(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
