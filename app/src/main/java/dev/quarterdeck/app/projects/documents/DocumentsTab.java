package dev.quarterdeck.app.projects.documents;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.projects.ProjectTabContext;
import dev.quarterdeck.app.projects.registers.RegisterUi;
import dev.quarterdeck.app.projects.registers.Snackbar;
import dev.quarterdeck.core.document.Document;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Documents tab: files attached to the project (Attach… or drag and drop anywhere on the tab), copied into the
 * data folder with their SHA-256 and extracted text; open with the system viewer, preview the text, remove.
 */
public final class DocumentsTab {

    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final DocumentsModel model;
    private final StackPane root = RegisterUi.root("project-documents");
    private final Snackbar snackbar = new Snackbar(root);
    private final TableView<DocumentRow> table = new TableView<>();
    private final TextArea preview = new TextArea();
    private final Label previewTitle = new Label("Text");

    /** Attached files go to the folder of the local database (see {@link DocumentFolder}). */
    public DocumentsTab(ProjectTabContext context) {
        this(context, null);
    }

    /** Attached files go to {@code <dataFolder>/documents}; the composition root passes the app's data folder. */
    public DocumentsTab(ProjectTabContext context, Path dataFolder) {
        this.model = new DocumentsModel(context, dataFolder);
        build();
        model.rowsProperty().addListener((obs, old, rows) -> table.getItems().setAll(rows));
        model.load();
    }

    public Node view() {
        return root;
    }

    private void build() {
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Button attach = RegisterUi.accentButton("Attach files…", Material2AL.ATTACH_FILE, "document-attach");
        attach.setOnAction(e -> choose());
        Button open = RegisterUi.button("Open", Material2MZ.OPEN_IN_NEW, "document-open");
        open.setOnAction(e -> selected(model::open));
        open.setTooltip(new Tooltip("Open with the system viewer (Enter)"));
        Button remove = RegisterUi.button("Remove", Material2AL.DELETE_OUTLINE, "document-remove");
        remove.setOnAction(e -> selected(this::remove));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Label hint = RegisterUi.muted("Drop files anywhere here to attach them.");

        buildTable();
        preview.setId("document-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.getStyleClass().add("text-preview");
        preview.setText("Select a document to see its extracted text.");
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox previewCard = RegisterUi.card("Text", preview);
        previewTitle.getStyleClass().add(Styles.TITLE_4);
        previewCard.getChildren().set(0, previewTitle);
        previewCard.setPrefWidth(420);
        previewCard.setMinWidth(320);

        VBox tableCard = RegisterUi.card("Documents", RegisterUi.toolbar(1, hint, open, remove, attach), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(tableCard, Priority.ALWAYS);
        HBox body = new HBox(12, tableCard, previewCard);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox content = new VBox(12, problem, body);
        content.setStyle("-fx-padding: 16;");
        root.getChildren().add(content);

        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                attach(e.getDragboard().getFiles());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    private void buildTable() {
        table.setId("document-table");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(RegisterUi.muted("No documents yet — attach contracts, minutes or plans with “Attach "
                + "files…” or drop them here."));
        TableColumn<DocumentRow, Long> size = RegisterUi.numberColumn("Size", r -> r.document().sizeBytes(),
                r -> DocumentRow.size(r.document().sizeBytes()), 70);
        TableColumn<DocumentRow, Instant> added = RegisterUi.numberColumn("Added", r -> r.document().addedAt(),
                r -> ADDED.format(LocalDateTime.ofInstant(r.document().addedAt(), ZoneId.systemDefault())), 150);
        added.getStyleClass().remove("number-column");
        TableColumn<DocumentRow, String> hash = RegisterUi.column("SHA-256", DocumentRow::shortHash, 130);
        hash.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                DocumentRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : item);
                setTooltip(row == null ? null : new Tooltip(row.document().sha256()));
                getStyleClass().add("text-preview");
            }
        });
        table.getColumns().setAll(List.of(
                RegisterUi.column("Title", r -> r.document().title(), 160),
                RegisterUi.column("File", r -> r.document().fileName(), 180),
                RegisterUi.column("Type", r -> r.document().mediaType(), 130),
                size, added, hash,
                RegisterUi.column("Text", DocumentRow::textText, 100)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> showText(row));
        table.setRowFactory(t -> {
            TableRow<DocumentRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem().document());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                selected(model::open);
            }
        });
    }

    private void showText(DocumentRow row) {
        if (row == null) {
            previewTitle.setText("Text");
            preview.setText("Select a document to see its extracted text.");
            return;
        }
        previewTitle.setText("Text of " + row.document().fileName());
        model.text(row.document(), 20_000, text -> {
            DocumentRow current = table.getSelectionModel().getSelectedItem();
            if (current != null && current.document().id().equals(row.document().id())) {
                preview.setText(text);
            }
        });
    }

    private void selected(java.util.function.Consumer<Document> action) {
        DocumentRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            action.accept(row.document());
        }
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Attach files");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Documents (PDF, text, Markdown, CSV)", "*.pdf", "*.txt", "*.md",
                        "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene() == null ? null
                : root.getScene().getWindow());
        if (files != null) {
            attach(files);
        }
    }

    private void attach(List<File> files) {
        model.attach(files.stream().map(File::toPath).toList(), message -> snackbar.show(message, null));
    }

    private void remove(Document document) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Remove " + document.fileName()
                + " from the project? Its copy in the data folder is deleted too (the original stays where it "
                + "was).", ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(null);
        alert.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        if (alert.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            model.remove(document, () -> snackbar.show("Removed " + document.fileName(), null));
        }
    }

    /** For tests and the drop handler: attach these files as if dropped. */
    void attachPaths(List<Path> files) {
        model.attach(files, message -> snackbar.show(message, null));
    }
}
