package dev.quarterdeck.app.portability;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.core.portability.ImportProblem;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/** Why an import was refused: one row per problem with its line, place and reason; nothing was imported. */
public final class ProblemsPane extends VBox {

    public ProblemsPane(List<ImportProblem> problems) {
        super(12);
        setId("import-problems");
        setPrefSize(760, 360);
        Label icon = new Label(null, Icons.of(Material2AL.ERROR_OUTLINE));
        icon.getStyleClass().add(Styles.DANGER);
        Label summary = new Label(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " found — nothing was imported. Fix the file and import it again.");
        summary.setId("problems-summary");
        summary.setWrapText(true);
        HBox head = new HBox(8, icon, summary);
        head.setAlignment(Pos.CENTER_LEFT);

        TableView<ImportProblem> table = new TableView<>();
        table.setId("problems-table");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ImportProblem, String> line = new TableColumn<>("Line");
        line.setCellValueFactory(p -> new ReadOnlyStringWrapper(p.getValue().line() == 0 ? "—"
                : Long.toString(p.getValue().line())));
        line.setStyle("-fx-alignment: CENTER-RIGHT;");
        line.setPrefWidth(60);
        line.setMaxWidth(80);
        TableColumn<ImportProblem, String> where = new TableColumn<>("Where");
        where.setCellValueFactory(p -> new ReadOnlyStringWrapper(p.getValue().location()));
        where.setPrefWidth(200);
        TableColumn<ImportProblem, String> reason = new TableColumn<>("Reason");
        reason.setCellValueFactory(p -> new ReadOnlyStringWrapper(p.getValue().message()));
        table.getColumns().addAll(List.of(line, where, reason));
        table.getItems().setAll(problems);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(head, table);
    }
}
