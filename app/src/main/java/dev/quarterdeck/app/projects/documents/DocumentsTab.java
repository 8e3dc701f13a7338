package dev.quarterdeck.app.projects.documents;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.projects.ProjectTabContext;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.core.agent.AgentModel;
import dev.quarterdeck.core.agent.DocumentAnalysisService;
import dev.quarterdeck.core.document.DocumentFindings;
import dev.quarterdeck.app.projects.registers.RegisterUi;
import dev.quarterdeck.app.projects.registers.Snackbar;
import dev.quarterdeck.core.document.Document;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
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
 * data folder with their SHA-256 and extracted text; open with the system viewer, preview the text, remove; Analyse
 * a document for its summary, dates, action items and risks, which go to the Inbox as proposals.
 */
public final class DocumentsTab {

    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final DocumentsModel model;
    private final StackPane root = RegisterUi.root("project-documents");
    private final Snackbar snackbar = new Snackbar(root);
    private final TableView<DocumentRow> table = new TableView<>();
    private final TextArea preview = new TextArea();
    private final Label previewTitle = new Label("Text");
    private final VBox analysis = new VBox(8);
    private final Map<UUID, DocumentAnalysisService.Result> lastResults = new HashMap<>();

    /** Attached files go to the folder of the local database (see {@link DocumentFolder}). */
    public DocumentsTab(ProjectTabContext context) {
        this(context, null);
    }

    /** Attached files go to {@code <dataFolder>/documents}; the composition root passes the app's data folder. */
    public DocumentsTab(ProjectTabContext context, Path dataFolder) {
        this(context, dataFolder, AgentModel::none);
    }

    /**
     * @param dataFolder null: the folder of the local database (see {@link DocumentFolder})
     * @param agentModel the language model Analyse asks, read when an analysis starts
     */
    public DocumentsTab(ProjectTabContext context, Path dataFolder, Supplier<AgentModel> agentModel) {
        this.model = new DocumentsModel(context, dataFolder, agentModel);
        build();
        model.rowsProperty().addListener((obs, old, rows) -> {
            DocumentRow selected = table.getSelectionModel().getSelectedItem();
            table.getItems().setAll(rows);
            if (selected != null) {
                rows.stream().filter(r -> r.document().id().equals(selected.document().id())).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
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

        VBox tableCard = RegisterUi.card("Documents", RegisterUi.toolbar(1, hint, open, remove, attach), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(tableCard, Priority.ALWAYS);
        VBox side = new VBox(12, analysisCard(), previewCard);
        VBox.setVgrow(previewCard, Priority.ALWAYS);
        side.setPrefWidth(440);
        side.setMinWidth(340);
        HBox body = new HBox(12, tableCard, side);
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
                RegisterUi.column("Text", DocumentRow::textText, 100),
                RegisterUi.column("Analysis", DocumentRow::analysisText, 130)));
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

    private VBox analysisCard() {
        Button analyse = RegisterUi.accentButton("Analyse", Material2AL.INSIGHTS, "document-analyse");
        analyse.setTooltip(new Tooltip("Summary, dates, action items and risks; they go to the Inbox as proposals"));
        analyse.setOnAction(e -> selected(this::analyse));
        analyse.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(model.analysingProperty()));
        Button cancel = RegisterUi.button("Cancel", Material2MZ.STOP, "document-analyse-cancel");
        cancel.setOnAction(e -> model.cancelAnalysis());
        ProgressIndicator spinner = new ProgressIndicator(-1);
        spinner.setPrefSize(18, 18);
        Label step = RegisterUi.muted("");
        step.setId("document-analysis-step");
        step.textProperty().bind(model.analysisStepProperty());
        for (Node node : List.of(cancel, spinner, step)) {
            node.visibleProperty().bind(model.analysingProperty());
            node.managedProperty().bind(node.visibleProperty());
        }
        HBox actions = new HBox(8, analyse, cancel, spinner, step);
        actions.setAlignment(Pos.CENTER_LEFT);
        analysis.setId("document-analysis");
        ScrollPane scroll = new ScrollPane(analysis);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(300);
        scroll.setMaxHeight(380);
        scroll.getStyleClass().add(Styles.FLAT);
        scroll.setStyle("-fx-background-color: transparent;");
        showAnalysis(null);
        return RegisterUi.card("Analysis", actions, scroll);
    }

    private void analyse(Document document) {
        model.analyse(document, result -> {
            lastResults.put(document.id(), result);
            int count = result.proposals().size();
            snackbar.show((count == 0 ? "No new proposals" : count + (count == 1 ? " proposal" : " proposals"))
                    + " from " + document.fileName() + " in the Inbox (" + producer(result.findings()) + ")", null);
            DocumentRow current = table.getSelectionModel().getSelectedItem();
            if (current != null && current.document().id().equals(document.id())) {
                showAnalysis(new DocumentRow(document, current.textBytes(), result.findings()));
            }
        }, message -> snackbar.show(message, null));
    }

    private static String producer(DocumentFindings findings) {
        return findings.byRules() ? "found by rules" : "found by " + findings.producedBy();
    }

    private void showAnalysis(DocumentRow row) {
        analysis.getChildren().clear();
        if (row == null) {
            analysis.getChildren().add(RegisterUi.muted("Select a document to analyse it."));
            return;
        }
        DocumentFindings findings = row.analysis();
        if (findings == null) {
            analysis.getChildren().add(RegisterUi.muted("Not analysed yet. Analyse reads it for a summary, dates, "
                    + "action items and risks and sends them to the Inbox as proposals — by the language model when "
                    + "AI is on and it answers, otherwise by rules."));
            return;
        }
        Label by = new Label(capitalise(producer(findings)) + " · "
                + ADDED.format(LocalDateTime.ofInstant(findings.analysedAt(), ZoneId.systemDefault())));
        by.setId("document-analysis-by");
        by.getStyleClass().addAll(Styles.TEXT_SMALL, findings.byRules() ? Styles.TEXT_MUTED : Styles.ACCENT);
        by.setGraphic(Icons.of(findings.byRules() ? Material2AL.FACT_CHECK : Material2AL.INSIGHTS));
        Label summary = new Label(findings.summary().isBlank() ? "(no summary)" : findings.summary());
        summary.setId("document-summary");
        summary.setWrapText(true);
        Label counts = RegisterUi.muted(DocumentRow.count(findings.actions().size(), "action item") + " · "
                + DocumentRow.count(findings.risks().size(), "risk") + " · "
                + DocumentRow.count(findings.dates().size(), "date"));
        analysis.getChildren().addAll(by, summary, counts);
        DocumentAnalysisService.Result last = lastResults.get(row.document().id());
        if (last != null) {
            Label sent = new Label(DocumentRow.count(last.proposals().size(), "new proposal") + " in the Inbox"
                    + (last.proposals().isEmpty() ? " (the others are already there or were rejected)" : "."));
            sent.setId("document-analysis-result");
            sent.getStyleClass().add(Styles.SUCCESS);
            analysis.getChildren().add(sent);
        }
        for (DocumentFindings.ActionItem action : findings.actions()) {
            analysis.getChildren().add(finding(Material2AL.CHECK_BOX_OUTLINE_BLANK, action.text()
                    + (action.due() == null ? "" : " — due " + DUE.format(action.due()))
                    + (action.owner() == null ? "" : " (" + action.owner() + ")")));
        }
        for (DocumentFindings.RiskItem risk : findings.risks()) {
            analysis.getChildren().add(finding(Material2MZ.WARNING, "Risk: " + risk.title() + " — likelihood "
                    + risk.likelihood() + " × impact " + risk.impact()));
        }
        for (DocumentFindings.KeyDate date : findings.dates()) {
            analysis.getChildren().add(finding(Material2AL.EVENT, DUE.format(date.date()) + " — "
                    + date.what()));
        }
        if (!findings.refused().isEmpty()) {
            Label refused = RegisterUi.muted("Not used from the model's answer: " + String.join("; ",
                    findings.refused()));
            refused.setGraphic(Icons.of(Material2MZ.REPORT_PROBLEM));
            analysis.getChildren().add(refused);
        }
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static Label finding(org.kordamp.ikonli.Ikon icon, String text) {
        Label label = new Label(text, Icons.of(icon));
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        return label;
    }

    private void showText(DocumentRow row) {
        showAnalysis(row);
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
