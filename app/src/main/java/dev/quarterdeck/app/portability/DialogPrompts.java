package dev.quarterdeck.app.portability;

import dev.quarterdeck.core.portability.ConflictPolicy;
import dev.quarterdeck.core.portability.CsvColumnMapping;
import dev.quarterdeck.core.portability.CsvPreview;
import dev.quarterdeck.core.portability.ImportProblem;
import dev.quarterdeck.core.project.Project;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real {@link Prompts}: the platform's file choosers and modal dialogs over the main window. */
public final class DialogPrompts implements Prompts {

    private final Supplier<Window> owner;
    private final Snackbar snackbar;
    private Path lastFolder = Path.of(System.getProperty("user.home"));

    public DialogPrompts(Supplier<Window> owner, Snackbar snackbar) {
        this.owner = owner;
        this.snackbar = snackbar;
    }

    /** The folder the next chooser opens in (the backups folder for "Restore…"). */
    public void startIn(Path folder) {
        if (Files.isDirectory(folder)) {
            lastFolder = folder;
        }
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, FileType type) {
        FileChooser chooser = chooser(title, List.of(type));
        chooser.setInitialFileName(suggestedName);
        return remember(Optional.ofNullable(chooser.showSaveDialog(owner.get())));
    }

    @Override
    public Optional<Path> openFile(String title, List<FileType> types) {
        return remember(Optional.ofNullable(chooser(title, types).showOpenDialog(owner.get())));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        Optional<Path> folder = Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
        folder.ifPresent(f -> lastFolder = f);
        return folder;
    }

    private FileChooser chooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        types.forEach(type -> chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(type.description(), type.patterns())));
        if (Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return chooser;
    }

    private Optional<Path> remember(Optional<File> file) {
        file.map(File::toPath).map(Path::getParent).ifPresent(folder -> lastFolder = folder);
        return file.map(File::toPath);
    }

    @Override
    public boolean confirm(String title, String message, String confirmText) {
        ButtonType confirm = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, confirm, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner.get());
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public Optional<ConflictPolicy> askConflicts(String fileName) {
        ButtonType merge = new ButtonType("Merge by ID", ButtonBar.ButtonData.YES);
        ButtonType skip = new ButtonType("Skip conflicts", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", merge, skip, ButtonType.CANCEL);
        alert.setTitle("Import " + fileName);
        alert.setHeaderText("Your workspace is not empty");
        Label text = new Label("Merge by ID: records in the file replace stored records with the same ID, and "
                + "new ones are added.\nSkip conflicts: your stored records win; only records the workspace does "
                + "not have yet are added.");
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.initOwner(owner.get());
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(merge::equals).isPresent()) {
            return Optional.of(ConflictPolicy.MERGE);
        }
        return answer.filter(skip::equals).map(b -> ConflictPolicy.SKIP_CONFLICTS);
    }

    @Override
    public Optional<CsvColumnMapping> mapColumns(String fileName, CsvPreview preview, List<Project> projects) {
        ColumnMappingPane pane = new ColumnMappingPane(fileName, preview, projects);
        ButtonType importButton = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        Dialog<CsvColumnMapping> dialog = new Dialog<>();
        dialog.setTitle("Import tasks from " + fileName);
        dialog.setHeaderText("Match the columns to task fields");
        dialog.getDialogPane().setContent(pane);
        dialog.getDialogPane().setMinWidth(920);
        dialog.getDialogPane().getButtonTypes().setAll(importButton, ButtonType.CANCEL);
        dialog.setResizable(true);
        dialog.initOwner(owner.get());
        dialog.getDialogPane().lookupButton(importButton).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!pane.hasTitle()) {
                fail("Choose the column that holds the task titles.");
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == importButton ? pane.mapping() : null);
        return dialog.showAndWait();
    }

    @Override
    public void showProblems(String title, List<ImportProblem> problems) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().setContent(new ProblemsPane(problems));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.initOwner(owner.get());
        dialog.showAndWait();
    }

    @Override
    public void inform(String message) {
        snackbar.show(message, false);
    }

    @Override
    public void fail(String message) {
        snackbar.show(message, true);
    }
}
