package dev.quarterdeck.core.portability;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreException;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports files into the store, all or nothing: a JSON export (merge or skip conflicts when the store is not
 * empty) or a task CSV (new tasks, so never a conflict). Every problem is reported with its line; nothing is
 * written unless the whole file is valid, and then everything is written in one transaction. Thread-safe.
 */
public final class StoreImport {

    /** The kinds of file {@link #importFile} reads. */
    public enum FileKind {
        JSON_EXPORT, TASK_CSV;

        /** By extension first ({@code .json}, {@code .csv}); otherwise a file whose first character is '{' is JSON. */
        public static FileKind of(Path file) throws IOException {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".json")) {
                return JSON_EXPORT;
            }
            if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
                return TASK_CSV;
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                int c = in.read();
                if (c == 0xEF) { // UTF-8 byte order mark
                    in.skipNBytes(2);
                    c = in.read();
                }
                while (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                    c = in.read();
                }
                return c == '{' ? JSON_EXPORT : TASK_CSV;
            }
        }
    }

    public static final Actor ACTOR = Actor.system("import");

    private final Store store;
    private final Clock clock;

    public StoreImport(Store store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Imports {@code file} by its kind. A task CSV is read with the mapping its header suggests; rows without a
     * project go to {@code defaultProjectCode} (empty: the inbox).
     */
    public StoreImportSummary importFile(Path file, ConflictPolicy policy, Optional<String> defaultProjectCode)
            throws IOException {
        if (FileKind.of(file) == FileKind.JSON_EXPORT) {
            try (InputStream in = Files.newInputStream(file)) {
                return importJson(in, policy);
            }
        }
        CsvPreview preview;
        try (InputStream head = Files.newInputStream(file)) {
            preview = new TaskCsvImporter(store.projects().list(), clock).preview(head, 0);
        }
        if (!preview.problems().isEmpty()) {
            return StoreImportSummary.refused(preview.problems());
        }
        CsvColumnMapping mapping = preview.suggested();
        if (defaultProjectCode.isPresent()) {
            Optional<Project> project = store.projects().list().stream()
                    .filter(p -> p.code().equals(defaultProjectCode.get())).findFirst();
            if (project.isEmpty()) {
                return StoreImportSummary.refused(List.of(ImportProblem.inFile(
                        "no project with code " + defaultProjectCode.get())));
            }
            mapping = mapping.withDefaults(project.get().id(), mapping.defaultHorizon());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return importTaskCsv(in, mapping, file.getFileName().toString());
        }
    }

    /** Reads a JSON export and writes it; a non-empty store needs {@code MERGE} or {@code SKIP_CONFLICTS}. */
    public StoreImportSummary importJson(InputStream in, ConflictPolicy policy) throws IOException {
        ImportResult<WorkspaceSnapshot> read = new JsonImporter().read(in);
        if (!read.isSuccess()) {
            return StoreImportSummary.refused(read.problems());
        }
        return importSnapshot(read.value(), policy);
    }

    /** Writes an already valid workspace (a JSON export, a project plan) under {@code policy}. */
    public StoreImportSummary importSnapshot(WorkspaceSnapshot incoming, ConflictPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        if (store.isEmpty()) {
            return write(incoming, 0, List.of());
        }
        if (policy == ConflictPolicy.ASK) {
            return StoreImportSummary.refused(List.of(ImportProblem.inFile("the store is not empty: choose whether "
                    + "to merge by ID (records in the file replace stored ones with the same ID) or to skip "
                    + "conflicts (stored records win)")));
        }
        ConflictFilter conflicts = new ConflictFilter(store.snapshot());
        if (policy == ConflictPolicy.MERGE) {
            List<ImportProblem> problems = conflicts.keyConflicts(incoming);
            return problems.isEmpty() ? write(incoming, 0, List.of()) : StoreImportSummary.refused(problems);
        }
        ConflictFilter.Filtered filtered = conflicts.withoutStored(incoming);
        return write(filtered.kept(), filtered.skipped(), List.of());
    }

    /** Reads a task CSV through {@code mapping} and adds its tasks and links. */
    public StoreImportSummary importTaskCsv(InputStream in, CsvColumnMapping mapping, String sourceName)
            throws IOException {
        var read = new TaskCsvImporter(store.projects().list(), clock).read(in, mapping, sourceName);
        if (!read.isSuccess()) {
            return StoreImportSummary.refused(read.problems());
        }
        CsvTasks tasks = read.value();
        WorkspaceSnapshot snapshot = new WorkspaceSnapshot(List.of(), tasks.tasks(), tasks.links(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return write(snapshot, 0, tasks.notes());
    }

    private StoreImportSummary write(WorkspaceSnapshot snapshot, int skipped, List<ImportProblem> notes) {
        try {
            dev.quarterdeck.core.store.ImportResult result = store.importSnapshot(ACTOR, snapshot);
            return new StoreImportSummary(result.created(), result.updated(), result.unchanged(), skipped, List.of(),
                    notes);
        } catch (StoreException e) {
            return StoreImportSummary.refused(List.of(ImportProblem.inFile("the store refused the import: "
                    + e.getMessage())));
        }
    }
}
