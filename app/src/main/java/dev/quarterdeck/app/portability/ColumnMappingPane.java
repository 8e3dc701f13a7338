package dev.quarterdeck.app.portability;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.quarterdeck.core.portability.CsvColumnMapping;
import dev.quarterdeck.core.portability.CsvPreview;
import dev.quarterdeck.core.portability.CsvSource;
import dev.quarterdeck.core.portability.TaskField;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.Horizon;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The body of the column-mapping dialog: which source the header looks like, a column chooser per task field
 * (pre-filled from the header), where rows without a project go, and the first rows of the file with the mapped
 * field named above each column.
 */
public final class ColumnMappingPane extends VBox {

    private static final String NOT_IMPORTED = "— not imported —";
    private static final String INBOX = "No project (inbox)";

    private final CsvPreview preview;
    private final List<Project> projects;
    private final Map<TaskField, ComboBox<String>> choosers = new EnumMap<>(TaskField.class);
    private final ComboBox<String> project = new ComboBox<>();
    private final ComboBox<Horizon> horizon = new ComboBox<>();
    private final TableView<List<String>> table = new TableView<>();

    public ColumnMappingPane(String fileName, CsvPreview preview, List<Project> projects) {
        super(16);
        this.preview = preview;
        this.projects = List.copyOf(projects);
        setId("column-mapping");
        setPadding(new Insets(8, 0, 0, 0));
        setPrefWidth(880);
        setMinWidth(880);

        Label recognised = new Label(describe(preview.suggested().source()) + " · " + preview.headers().size()
                + " columns · " + fileName);
        recognised.setId("mapping-source");
        recognised.getStyleClass().add(Styles.TEXT_MUTED);

        GridPane fields = new GridPane();
        fields.setHgap(12);
        fields.setVgap(8);
        fields.getColumnConstraints().addAll(label(), grow(), label(), grow());
        List<String> options = new ArrayList<>();
        options.add(NOT_IMPORTED);
        for (int i = 0; i < preview.headers().size(); i++) {
            options.add(columnName(i));
        }
        int slot = 0;
        for (TaskField field : TaskField.values()) {
            if (!field.appliesTo(preview.suggested().source())) {
                continue;
            }
            ComboBox<String> chooser = new ComboBox<>();
            chooser.getItems().setAll(options);
            chooser.setId("map-" + field.name().toLowerCase(Locale.ROOT));
            chooser.setMaxWidth(Double.MAX_VALUE);
            chooser.getSelectionModel().select(preview.suggested().column(field).map(c -> c + 1).orElse(0));
            chooser.valueProperty().addListener((obs, old, value) -> refreshTable());
            choosers.put(field, chooser);
            Label name = new Label(fieldName(field) + (field == TaskField.TITLE ? " *" : ""));
            fields.add(name, (slot % 2) * 2, slot / 2);
            fields.add(chooser, (slot % 2) * 2 + 1, slot / 2);
            slot++;
        }

        project.getItems().add(INBOX);
        projects.forEach(p -> project.getItems().add(p.code() + " · " + p.name()));
        project.getSelectionModel().select(0);
        project.setId("map-default-project");
        horizon.getItems().setAll(Horizon.values());
        horizon.getSelectionModel().select(preview.suggested().defaultHorizon());
        Label noProject = new Label("Rows without a project go to");
        Label noDate = new Label("and without a date or priority to");
        noProject.setMinWidth(Region.USE_PREF_SIZE);
        noDate.setMinWidth(Region.USE_PREF_SIZE);
        horizon.setMinWidth(Region.USE_PREF_SIZE);
        HBox defaults = new HBox(12, noProject, project, noDate, horizon);
        defaults.setAlignment(Pos.CENTER_LEFT);

        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setId("mapping-preview");
        table.setPrefHeight(220);
        table.setPlaceholder(new Label("The file has a header row and no rows under it."));
        table.getItems().setAll(preview.sampleRows());
        refreshTable();
        VBox.setVgrow(table, Priority.ALWAYS);

        Label sample = new Label("First rows of the file");
        sample.getStyleClass().add(Styles.TEXT_BOLD);
        getChildren().addAll(recognised, fields, defaults, sample, table);
    }

    /** The mapping as chosen. */
    public CsvColumnMapping mapping() {
        CsvColumnMapping mapping = preview.suggested();
        for (Map.Entry<TaskField, ComboBox<String>> chooser : choosers.entrySet()) {
            int index = chooser.getValue().getSelectionModel().getSelectedIndex();
            mapping = index <= 0 ? mapping.without(chooser.getKey()) : mapping.with(chooser.getKey(), index - 1);
        }
        int chosen = project.getSelectionModel().getSelectedIndex();
        return mapping.withDefaults(chosen <= 0 ? null : projects.get(chosen - 1).id(), horizon.getValue());
    }

    /** True when a column is chosen as the title (the one field an import cannot do without). */
    public boolean hasTitle() {
        return choosers.get(TaskField.TITLE).getSelectionModel().getSelectedIndex() > 0;
    }

    ComboBox<String> chooser(TaskField field) {
        return choosers.get(field);
    }

    private void refreshTable() {
        Map<Integer, TaskField> mapped = new java.util.HashMap<>();
        choosers.forEach((field, chooser) -> {
            int index = chooser.getSelectionModel().getSelectedIndex();
            if (index > 0) {
                mapped.put(index - 1, field);
            }
        });
        List<TableColumn<List<String>, String>> columns = new ArrayList<>();
        for (int i = 0; i < preview.headers().size(); i++) {
            int column = i;
            TaskField field = mapped.get(i);
            TableColumn<List<String>, String> tableColumn = new TableColumn<>(preview.headers().get(i)
                    + (field == null ? "" : "\n→ " + fieldName(field)));
            tableColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(column < row.getValue().size()
                    ? row.getValue().get(column) : ""));
            tableColumn.setPrefWidth(140);
            if (field == null) {
                tableColumn.getStyleClass().add("unmapped-column");
            }
            columns.add(tableColumn);
        }
        table.getColumns().setAll(columns);
    }

    private String columnName(int index) {
        String header = preview.headers().get(index);
        return (index + 1) + ": " + (header.isBlank() ? "(no name)" : header);
    }

    static String describe(CsvSource source) {
        return switch (source) {
            case TODOIST -> "Recognised a Todoist export";
            case JIRA -> "Recognised a Jira export";
            case GENERIC -> "A spreadsheet: check the columns below";
        };
    }

    static String fieldName(TaskField field) {
        String name = field.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static ColumnConstraints label() {
        ColumnConstraints constraints = new ColumnConstraints();
        constraints.setMinWidth(110);
        return constraints;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints constraints = new ColumnConstraints();
        constraints.setHgrow(Priority.ALWAYS);
        constraints.setMinWidth(180);
        return constraints;
    }
}
