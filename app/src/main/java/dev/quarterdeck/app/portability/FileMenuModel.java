package dev.quarterdeck.app.portability;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.connectors.plan.ProjectPlanImporter;
import dev.quarterdeck.core.backup.Backups;
import dev.quarterdeck.core.diagnostics.DiagnosticsArchive;
import dev.quarterdeck.core.diagnostics.DiagnosticsSnapshot;
import dev.quarterdeck.core.portability.ConflictPolicy;
import dev.quarterdeck.core.portability.CsvColumnMapping;
import dev.quarterdeck.core.portability.CsvPreview;
import dev.quarterdeck.core.portability.ExportTarget;
import dev.quarterdeck.core.portability.ImportResult;
import dev.quarterdeck.core.portability.JsonImporter;
import dev.quarterdeck.core.portability.StoreExport;
import dev.quarterdeck.core.portability.StoreImport;
import dev.quarterdeck.core.portability.StoreImportSummary;
import dev.quarterdeck.core.portability.TaskCsvImporter;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The commands of the File menu: export (everything or the project on screen; JSON, CSV zip or CSV folder),
 * import (JSON export or task CSV, asking merge-or-skip and showing the column mapping), import a project plan,
 * back up now, restore, export diagnostics. Questions go through {@link Prompts} on the JavaFX thread; all file
 * and store work runs in {@link BackgroundTasks}, so it shows in the status bar with progress and can be
 * cancelled there.
 */
public final class FileMenuModel {

    /** What the menu needs from the window. */
    public record Workspace(Supplier<Store> store, Supplier<Optional<UUID>> projectOnScreen, Runnable reload,
            Consumer<Store> adoptStore, Function<StoreConfig, Store> opener, Path dataDir,
            Map<String, String> about) {
    }

    static final int SAMPLE_ROWS = 8;

    private final BackgroundTasks background;
    private final Prompts prompts;
    private final Workspace workspace;
    private final Clock clock;

    public FileMenuModel(BackgroundTasks background, Prompts prompts, Workspace workspace, Clock clock) {
        this.background = background;
        this.prompts = prompts;
        this.workspace = workspace;
        this.clock = clock;
    }

    private static final Prompts.FileType JSON = new Prompts.FileType("Quarterdeck export (JSON)", "*.json");
    private static final Prompts.FileType ZIP = new Prompts.FileType("CSV files in a zip", "*.zip");
    private static final Prompts.FileType CSV = new Prompts.FileType("Task list (CSV)", "*.csv", "*.tsv", "*.txt");

    // ---- export

    public void exportEverything(ExportTarget target) {
        export(target, Optional.empty(), "quarterdeck-" + LocalDate.now(clock));
    }

    /** Exports the project on screen; without one, says how to get there. */
    public void exportThisProject(ExportTarget target) {
        Optional<UUID> id = workspace.projectOnScreen().get();
        if (id.isEmpty()) {
            prompts.fail("Open a project first: \"Export this project\" exports the project on screen.");
            return;
        }
        background.run("Finding the project", progress -> workspace.store().get().projects().find(id.get()),
                project -> project.ifPresentOrElse(
                        p -> export(target, Optional.of(p.code()), p.code().toLowerCase() + "-" + LocalDate.now(clock)),
                        () -> prompts.fail("That project no longer exists.")),
                this::failed);
    }

    private void export(ExportTarget target, Optional<String> code, String baseName) {
        Optional<Path> out = switch (target) {
            case JSON -> prompts.saveFile("Export as JSON", baseName + ".json", JSON);
            case CSV_ZIP -> prompts.saveFile("Export as CSV (zip)", baseName + ".zip", ZIP);
            case CSV_FOLDER -> prompts.chooseFolder("Export as CSV files into a folder")
                    .map(folder -> folder.resolve(baseName));
        };
        out.ifPresent(path -> background.run("Exporting", progress -> {
            progress.update(-1, "writing " + path.getFileName());
            return new StoreExport(workspace.store().get(), clock).export(target, path, code);
        }, summary -> prompts.inform(summary.describe()), this::failed));
    }

    // ---- import

    public void importFile() {
        prompts.openFile("Import a Quarterdeck export or a task list", List.of(
                new Prompts.FileType("Export or task list", "*.json", "*.csv", "*.tsv", "*.txt"), JSON, CSV))
                .ifPresent(this::importFile);
    }

    /** Imports {@code file}: a JSON export, else a task CSV. */
    public void importFile(Path file) {
        background.run("Reading " + file.getFileName(), progress -> {
            progress.update(-1, "checking the file");
            StoreImport.FileKind kind = StoreImport.FileKind.of(file);
            Store store = workspace.store().get();
            if (kind == StoreImport.FileKind.JSON_EXPORT) {
                try (InputStream in = Files.newInputStream(file)) {
                    return new Read(new JsonImporter().read(in), null, List.of(), store.isEmpty());
                }
            }
            List<Project> projects = store.projects().list();
            try (InputStream in = Files.newInputStream(file)) {
                return new Read(null, new TaskCsvImporter(projects, clock).preview(in, SAMPLE_ROWS), projects,
                        store.isEmpty());
            }
        }, read -> afterRead(file, read), this::failed);
    }

    private record Read(ImportResult<WorkspaceSnapshot> json, CsvPreview csv, List<Project> projects,
            boolean storeEmpty) {
    }

    private void afterRead(Path file, Read read) {
        String name = file.getFileName().toString();
        if (read.json() != null) {
            if (!read.json().isSuccess()) {
                prompts.showProblems("Nothing imported from " + name, read.json().problems());
                return;
            }
            Optional<ConflictPolicy> policy = read.storeEmpty() ? Optional.of(ConflictPolicy.MERGE)
                    : prompts.askConflicts(name);
            policy.ifPresent(p -> write("Importing " + name, name,
                    store -> new StoreImport(store, clock).importSnapshot(read.json().value(), p)));
            return;
        }
        if (!read.csv().problems().isEmpty()) {
            prompts.showProblems("Nothing imported from " + name, read.csv().problems());
            return;
        }
        prompts.mapColumns(name, read.csv(), read.projects()).ifPresent(mapping -> write("Importing " + name, name,
                store -> importCsv(store, file, mapping)));
    }

    private StoreImportSummary importCsv(Store store, Path file, CsvColumnMapping mapping) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new StoreImport(store, clock).importTaskCsv(in, mapping, file.getFileName().toString());
        }
    }

    private interface StoreWork {
        StoreImportSummary apply(Store store) throws Exception;
    }

    private void write(String title, String name, StoreWork work) {
        background.run(title, progress -> {
            progress.update(-1, "writing to the store");
            return work.apply(workspace.store().get());
        }, summary -> {
            if (!summary.succeeded()) {
                prompts.showProblems("Nothing imported from " + name, summary.problems());
                return;
            }
            workspace.reload().run();
            prompts.inform("Imported " + name + ": " + summary.describe());
        }, this::failed);
    }

    // ---- project plans

    public void importProjectPlan() {
        prompts.openFile("Import a project plan", List.of(new Prompts.FileType(
                "Project plans (Microsoft Project, GanttProject, ProjectLibre, Primavera)",
                ProjectPlanImporter.EXTENSIONS.stream().map(e -> "*." + e).toList())))
                .ifPresent(this::importProjectPlan);
    }

    public void importProjectPlan(Path file) {
        String name = file.getFileName().toString();
        background.run("Importing plan " + name, progress -> {
            progress.update(-1, "reading the plan");
            Store store = workspace.store().get();
            Set<String> taken = store.projects().list().stream().map(Project::code).collect(Collectors.toSet());
            String code = ProjectPlanImporter.suggestCode(name.replaceFirst("\\.[^.]+$", ""), taken);
            WorkspaceSnapshot plan = new ProjectPlanImporter(clock).read(file, code, Currency.getInstance("EUR"));
            if (progress.isCancelled()) {
                return null;
            }
            progress.update(-1, "writing the project");
            return new StoreImport(store, clock).importSnapshot(plan, ConflictPolicy.MERGE);
        }, summary -> {
            if (summary == null) {
                return;
            }
            if (!summary.succeeded()) {
                prompts.showProblems("Nothing imported from " + name, summary.problems());
                return;
            }
            workspace.reload().run();
            prompts.inform("Imported plan " + name + ": " + summary.describe());
        }, this::failed);
    }

    // ---- backups

    public void backUpNow() {
        background.run("Backing up", progress -> {
            progress.update(-1, "writing the backup");
            return new Backups(workspace.dataDir(), clock).backUp(workspace.store().get());
        }, backup -> prompts.inform("Backed up to " + backup.file().getFileName() + " ("
                + Math.max(1, backup.sizeBytes() / 1024) + " KiB) in " + backup.file().getParent()), this::failed);
    }

    public void restore() {
        prompts.openFile("Restore a backup", List.of(new Prompts.FileType("Quarterdeck backups", "*.zip")))
                .ifPresent(this::restore);
    }

    /** Where backups are kept, so the restore chooser can start there. */
    public Path backupFolder() {
        return new Backups(workspace.dataDir(), clock).folder();
    }

    public void restore(Path backup) {
        if (!prompts.confirm("Restore " + backup.getFileName() + "?", "The workspace will be replaced by the "
                + "backup. The current state is backed up first (into " + new Backups(workspace.dataDir(), clock)
                        .folder() + "), so you can go back.", "Restore")) {
            return;
        }
        background.run("Restoring " + backup.getFileName(), progress -> {
            progress.update(-1, "backing up the current state, then restoring");
            Backups backups = new Backups(workspace.dataDir(), clock);
            try {
                return backups.restore(workspace.store().get(), backup, workspace.opener());
            } catch (Backups.RestoreFailed e) {
                workspace.adoptStore().accept(e.reopened());
                throw e;
            }
        }, restored -> {
            workspace.adoptStore().accept(restored);
            workspace.reload().run();
            prompts.inform("Restored " + backup.getFileName());
        }, this::failed);
    }

    // ---- diagnostics

    public void exportDiagnostics() {
        prompts.saveFile("Export diagnostics", "quarterdeck-diagnostics-" + LocalDate.now(clock) + ".zip", ZIP)
                .ifPresent(this::exportDiagnostics);
    }

    public void exportDiagnostics(Path zip) {
        background.run("Exporting diagnostics", progress -> {
            progress.update(-1, "collecting logs and settings");
            DiagnosticsSnapshot snapshot = DiagnosticsSnapshot.read(workspace.store().get(), 50);
            DiagnosticsArchive.write(zip, DiagnosticsArchive.Sources.of(workspace.dataDir()), workspace.about(),
                    snapshot);
            return zip;
        }, path -> prompts.inform("Diagnostics written to " + path + " (secrets removed)"), this::failed);
    }

    private void failed(Throwable failure) {
        String message = failure.getMessage() == null || failure.getMessage().isBlank()
                ? failure.getClass().getSimpleName() : failure.getMessage();
        prompts.fail(message.strip());
    }
}
