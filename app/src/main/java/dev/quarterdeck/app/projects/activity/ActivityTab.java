package dev.quarterdeck.app.projects.activity;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.quarterdeck.app.projects.ProjectTabContext;
import dev.quarterdeck.app.ui.EmptyState;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/** The project's audit trail: every change to its records, newest first, filterable by kind, actor and text. */
public final class ActivityTab {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final ActivityModel model;
    private final ZoneId zone;

    public ActivityTab(ProjectTabContext context) {
        this.model = new ActivityModel(context);
        this.zone = context.clock().getZone();
    }

    public ActivityModel model() {
        return model;
    }

    public Node view() {
        TableView<ActivityRow> table = new TableView<>(model.shown());
        table.setId("project-activity-table");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(32);
        table.setPlaceholder(new EmptyState(Material2AL.HISTORY, "No activity",
                "Changes to this project's records appear here; none match the filters."));
        TableColumn<ActivityRow, String> when = column("When", r -> WHEN.format(r.event().at().atZone(zone)), 150);
        when.setComparator((a, b) -> 0);
        when.setSortable(false);
        table.getColumns().setAll(List.of(when,
                column("Who", ActivityRow::actor, 130),
                column("Record", ActivityRow::kind, 120),
                column("Change", ActivityRow::change, 200),
                column("What", ActivityRow::record, 320)));

        ComboBox<String> entity = new ComboBox<>(model.entities());
        entity.setId("activity-entity");
        entity.valueProperty().bindBidirectional(model.entityProperty());
        ComboBox<String> actor = new ComboBox<>(model.actors());
        actor.setId("activity-actor");
        actor.valueProperty().bindBidirectional(model.actorProperty());
        TextField text = new TextField();
        text.setPromptText("Filter by record or change…");
        text.textProperty().bindBidirectional(model.textProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Label entityLabel = new Label("Record");
        Label actorLabel = new Label("Who");
        HBox filters = new HBox(8, entityLabel, entity, actorLabel, actor, text);
        filters.setAlignment(Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add(Styles.DANGER);
        problem.managedProperty().bind(model.problemProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());

        javafx.scene.control.Button older = new javafx.scene.control.Button("Show older changes");
        older.setId("activity-older");
        older.getStyleClass().add(Styles.FLAT);
        older.setOnAction(e -> model.loadOlder());
        older.visibleProperty().bind(model.hasOlderProperty());
        older.managedProperty().bind(older.visibleProperty());
        Label count = new Label();
        count.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.shown().size()
                + (model.shown().size() == 1 ? " change" : " changes") + (model.hasOlderProperty().get()
                        ? " shown, newest first" : ""), model.shown(), model.hasOlderProperty()));
        HBox footer = new HBox(8, count, older);
        footer.setAlignment(Pos.CENTER_LEFT);

        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, filters, problem, table, footer);
        box.setId("project-tab-activity");
        box.setStyle("-fx-padding: 16 0 0 0;");
        model.load();
        return box;
    }

    private static TableColumn<ActivityRow, String> column(String title, Function<ActivityRow, String> value,
            double width) {
        TableColumn<ActivityRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
