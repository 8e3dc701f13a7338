package dev.quarterdeck.app.portability;

import dev.quarterdeck.core.portability.ConflictPolicy;
import dev.quarterdeck.core.portability.CsvColumnMapping;
import dev.quarterdeck.core.portability.CsvPreview;
import dev.quarterdeck.core.portability.ImportProblem;
import dev.quarterdeck.core.project.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything the File menu asks the user, on the JavaFX thread. {@link DialogPrompts} shows real choosers and
 * dialogs; tests answer with a fake.
 */
public interface Prompts {

    /** A file type for the choosers, e.g. "JSON export" with {@code *.json}. */
    record FileType(String description, List<String> patterns) {
        public FileType(String description, String... patterns) {
            this(description, List.of(patterns));
        }
    }

    Optional<Path> saveFile(String title, String suggestedName, FileType type);

    Optional<Path> openFile(String title, List<FileType> types);

    Optional<Path> chooseFolder(String title);

    /** A yes/no question; true for {@code confirmText}. */
    boolean confirm(String title, String message, String confirmText);

    /** Merge by ID or skip conflicts, for an import into a store that is not empty. */
    Optional<ConflictPolicy> askConflicts(String fileName);

    /** The column-mapping dialog of a task CSV. */
    Optional<CsvColumnMapping> mapColumns(String fileName, CsvPreview preview, List<Project> projects);

    /** Lists why an import was refused. */
    void showProblems(String title, List<ImportProblem> problems);

    /** A short success message (snackbar). */
    void inform(String message);

    /** A failure message shown where the user acted. */
    void fail(String message);
}
