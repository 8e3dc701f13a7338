package dev.quarterdeck.app.projects.intake;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.quarterdeck.app.projects.ProjectTexts;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.core.project.FieldProblem;
import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The intake form, in sections: basics; objectives and success criteria; scope; budget; first risks;
 * stakeholders. Each field has its problem right under it (colour, icon and text). Used for new projects and, with
 * the lists left out, to edit one.
 */
public final class IntakeView extends VBox {

    private final IntakeModel model;
    private final Map<String, Label> errors = new HashMap<>();

    /**
     * @param onSaved  called with the stored project after Create/Save
     * @param onCancel called when the user leaves without saving
     */
    public IntakeView(IntakeModel model, Consumer<Project> onSaved, Runnable onCancel) {
        this.model = model;
        setId("intake");
        getStyleClass().add("page");
        setSpacing(16);

        Label title = new Label(model.isEdit() ? "Edit " + model.editing().code() : "New project");
        title.getStyleClass().add(Styles.TITLE_2);
        Label hint = new Label(model.isEdit()
                ? "Budget lines, risks and stakeholders are kept in their tabs."
                : "Only name and code are required; everything else can be filled in later.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);

        VBox sections = new VBox(16, basics(), objectives(), scope(), budget());
        if (!model.isEdit()) {
            sections.getChildren().addAll(
                    rows("First risks", "risks", "Add risk", model.risks(), model::addRisk, this::riskRow,
                            "No risks yet — add what could go wrong; they are numbered R-001, R-002, …"),
                    rows("Stakeholders", "stakeholders", "Add stakeholder", model.stakeholders(),
                            model::addStakeholder, this::stakeholderRow, "No stakeholders yet."));
        }
        sections.setMaxWidth(960);
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);

        Button save = new Button(model.isEdit() ? "Save" : "Create project", Icons.of(Material2AL.CHECK));
        save.setId("intake-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> model.save(onSaved));
        Button cancel = new Button("Cancel");
        cancel.setId("intake-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onCancel.run());
        Label formProblem = new Label();
        formProblem.setId("intake-problem");
        formProblem.textProperty().bind(model.formProblem());
        formProblem.getStyleClass().add(Styles.DANGER);
        formProblem.setGraphic(Icons.of(Material2AL.ERROR_OUTLINE, 16));
        formProblem.visibleProperty().bind(model.formProblem().isNotEmpty());
        formProblem.setWrapText(true);
        HBox actions = new HBox(8, save, cancel, formProblem);
        actions.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(new VBox(4, title, hint), scroll, actions);
        model.problems().addListener((MapChangeListener<String, String>) change -> showProblem(change.getKey()));
    }

    private void showProblem(String field) {
        Label label = errors.get(field);
        if (label != null) {
            String message = model.problems().get(field);
            label.setText(message == null ? "" : message);
        }
    }

    // ---- sections

    private Node basics() {
        GridPane grid = grid();
        grid.add(field("Name", "name", text(model.name, "Atlas office move")), 0, 0, 2, 1);
        grid.add(field("Code", "code", text(model.code, "ATLAS")), 2, 0);
        grid.add(field("Owner", "owner", text(model.owner, "who runs it")), 0, 1);
        grid.add(field("Sponsor", "sponsor", text(model.sponsor, "who pays for it")), 1, 1);
        grid.add(field("Priority", "priority", choice(model.priority, Priority.values())), 2, 1);
        grid.add(field("Start", "start", date(model.start)), 0, 2);
        grid.add(field("Due", "due", date(model.due)), 1, 2);
        grid.add(field("Status", "status", choice(model.status, ProjectStatus.values())), 2, 2);
        TextArea description = area(model.description, "What the project is and why it matters.", 3);
        grid.add(field("Description", "description", description), 0, 3, 3, 1);
        return section("Basics", grid);
    }

    private Node objectives() {
        GridPane grid = grid();
        grid.add(field("Objectives (one per line)", "objectives",
                area(model.objectives, "Everyone moved by 30 September", 4)), 0, 0, 1, 1);
        grid.add(field("Success criteria (one per line)", "successCriteria",
                area(model.successCriteria, "No day without a desk", 4)), 1, 0, 2, 1);
        return section("Objectives and success criteria", grid);
    }

    private Node scope() {
        GridPane grid = grid();
        grid.add(field("In scope", "scopeIn", area(model.scopeIn, "What the project delivers", 3)), 0, 0);
        grid.add(field("Out of scope", "scopeOut", area(model.scopeOut, "What it does not", 3)), 1, 0, 2, 1);
        return section("Scope", grid);
    }

    private Node budget() {
        GridPane grid = grid();
        grid.add(field("Currency", "currency", text(model.currency, "EUR")), 0, 0);
        TextField total = text(model.budgetTotal, "240,000");
        total.setAlignment(Pos.CENTER_RIGHT);
        grid.add(field("Budget total", "budgetTotal", total), 1, 0);
        VBox box = new VBox(12, grid);
        if (!model.isEdit()) {
            box.getChildren().add(rows(null, "lines", "Add budget line", model.lines(), model::addLine,
                    this::lineRow, "No budget lines yet — without them the total is the plan."));
        }
        return section("Budget", box);
    }

    /** A list section whose rows are rebuilt when rows are added or removed (their field keys carry the index). */
    private <R> Node rows(String heading, String list, String addText, ObservableList<R> items,
            Runnable add, RowBuilder<R> builder, String empty) {
        VBox rows = new VBox(12);
        rows.setId("intake-" + list);
        Runnable rebuild = () -> {
            errors.keySet().removeIf(key -> key.startsWith(list + "["));
            rows.getChildren().clear();
            if (items.isEmpty()) {
                Label none = new Label(empty);
                none.getStyleClass().add(Styles.TEXT_MUTED);
                rows.getChildren().add(none);
            }
            for (int i = 0; i < items.size(); i++) {
                R item = items.get(i);
                Button remove = new Button(null, Icons.of(Material2MZ.REMOVE_CIRCLE_OUTLINE));
                remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
                remove.setTooltip(new Tooltip("Remove this row"));
                remove.setOnAction(e -> items.remove(item));
                Node row = builder.build(item, i);
                HBox line = new HBox(8, row, remove);
                HBox.setHgrow(row, javafx.scene.layout.Priority.ALWAYS);
                line.setAlignment(Pos.TOP_LEFT);
                rows.getChildren().add(line);
                for (String key : List.copyOf(errors.keySet())) {
                    showProblem(key);
                }
            }
        };
        items.addListener((ListChangeListener<R>) c -> rebuild.run());
        rebuild.run();
        Button addButton = new Button(addText, Icons.of(Material2AL.ADD));
        addButton.setId("intake-add-" + list);
        addButton.getStyleClass().add(Styles.FLAT);
        addButton.setOnAction(e -> add.run());
        VBox box = new VBox(12, rows, addButton);
        return heading == null ? box : section(heading, box);
    }

    @FunctionalInterface
    private interface RowBuilder<R> {
        Node build(R row, int index);
    }

    private Node lineRow(IntakeModel.LineRow row, int i) {
        GridPane grid = grid();
        grid.add(field("Category", FieldProblem.entry("lines", i, "category"), text(row.category, "Removals")), 0, 0,
                2, 1);
        TextField planned = text(row.planned, "40,000");
        planned.setAlignment(Pos.CENTER_RIGHT);
        grid.add(field("Planned", FieldProblem.entry("lines", i, "planned"), planned), 2, 0);
        return grid;
    }

    private Node riskRow(IntakeModel.RiskRow row, int i) {
        GridPane grid = grid4();
        grid.add(field("Title", FieldProblem.entry("risks", i, "title"), text(row.title, "Lease not signed")), 0, 0,
                2, 1);
        grid.add(field("Likelihood 1–5", FieldProblem.entry("risks", i, "likelihood"), text(row.likelihood, "3")),
                2, 0);
        grid.add(field("Impact 1–5", FieldProblem.entry("risks", i, "impact"), text(row.impact, "3")), 3, 0);
        grid.add(field("Category", FieldProblem.entry("risks", i, "category"), text(row.category, "Legal")), 0, 1);
        grid.add(field("Owner", FieldProblem.entry("risks", i, "owner"), text(row.owner, "")), 1, 1);
        grid.add(field("Mitigation", FieldProblem.entry("risks", i, "mitigation"), text(row.mitigation, "")), 2, 1,
                2, 1);
        return grid;
    }

    private Node stakeholderRow(IntakeModel.StakeholderRow row, int i) {
        GridPane grid = grid4();
        grid.add(field("Name", FieldProblem.entry("stakeholders", i, "name"), text(row.name, "Mia Berg")), 0, 0);
        grid.add(field("Role", FieldProblem.entry("stakeholders", i, "role"), text(row.role, "Sponsor")), 1, 0);
        grid.add(field("Organisation", FieldProblem.entry("stakeholders", i, "organisation"),
                text(row.organisation, "")), 2, 0, 2, 1);
        grid.add(field("E-mail", FieldProblem.entry("stakeholders", i, "email"), text(row.email, "")), 0, 1, 2, 1);
        grid.add(field("Influence 1–5", FieldProblem.entry("stakeholders", i, "influence"),
                text(row.influence, "3")), 2, 1);
        grid.add(field("Interest 1–5", FieldProblem.entry("stakeholders", i, "interest"), text(row.interest, "3")),
                3, 1);
        return grid;
    }

    // ---- building blocks

    /** A label, the control, and the field's problem under it (hidden while there is none). */
    private Node field(String label, String key, Region control) {
        Label caption = new Label(label);
        caption.getStyleClass().add(Styles.TEXT_SMALL);
        caption.setLabelFor(control);
        control.setId("intake-" + key.replace('[', '-').replace("].", "-"));
        control.setMaxWidth(Double.MAX_VALUE);
        Label error = new Label();
        error.setId("error-" + key.replace('[', '-').replace("].", "-"));
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.setGraphic(Icons.of(Material2AL.ERROR_OUTLINE, 14));
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        error.textProperty().addListener((obs, old, text) -> {
            control.pseudoClassStateChanged(Styles.STATE_DANGER, text != null && !text.isEmpty());
        });
        errors.put(key, error);
        showProblem(key);
        if (control instanceof javafx.scene.control.TextInputControl input) {
            input.textProperty().addListener((obs, old, text) -> model.problems().remove(key));
        }
        return new VBox(4, caption, control, error);
    }

    private static VBox section(String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(12, heading, body);
        box.getStyleClass().add("card-box");
        box.setStyle("-fx-padding: 16;");
        return box;
    }

    private static GridPane grid() {
        return columns(3);
    }

    private static GridPane grid4() {
        return columns(4);
    }

    private static GridPane columns(int count) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        for (int i = 0; i < count; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / count);
            column.setHgrow(javafx.scene.layout.Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        return grid;
    }

    private static TextField text(StringProperty value, String prompt) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(value);
        field.setPromptText(prompt);
        return field;
    }

    private static TextArea area(StringProperty value, String prompt, int rows) {
        TextArea area = new TextArea();
        area.textProperty().bindBidirectional(value);
        area.setPromptText(prompt);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        return area;
    }

    private static DatePicker date(ObjectProperty<java.time.LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.valueProperty().bindBidirectional(value);
        picker.setPromptText("yyyy-mm-dd");
        // ISO dates, as the messages and the rest of the app write them (the default follows the OS locale)
        picker.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        return picker;
    }

    private static <E extends Enum<E>> ComboBox<E> choice(ObjectProperty<E> value, E[] options) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(options);
        box.valueProperty().bindBidirectional(value);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E item) {
                return item == null ? "" : ProjectTexts.words(item);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        return box;
    }

}
