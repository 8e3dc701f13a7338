package dev.quarterdeck.app.graph;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.ui.Icons;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The right-hand panel with the selected task: facts, why it scores what it does, and its links. */
final class GraphDetailsPanel extends VBox {

    private final GraphModel model;
    private final VBox content = new VBox(12);

    GraphDetailsPanel(GraphModel model, Runnable zoomToSelection) {
        this.model = model;
        setId("graph-details");
        getStyleClass().add("graph-details");
        setPrefWidth(330);
        setMinWidth(330);
        setMaxWidth(330);

        Label heading = new Label("Task");
        heading.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button locate = new Button(null, Icons.of(Material2MZ.MY_LOCATION));
        locate.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        locate.setTooltip(new javafx.scene.control.Tooltip("Zoom to this task"));
        locate.setOnAction(e -> zoomToSelection.run());
        Button close = new Button(null, Icons.of(Material2AL.CLOSE));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setTooltip(new javafx.scene.control.Tooltip("Close (Esc)"));
        close.setId("graph-details-close");
        close.setOnAction(e -> model.select(null));
        HBox top = new HBox(4, heading, spacer, locate, close);
        top.setAlignment(Pos.CENTER_LEFT);

        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(top, scroll);
    }

    void show(Optional<NodeDetails> details) {
        content.getChildren().clear();
        details.ifPresent(this::fill);
    }

    private void fill(NodeDetails d) {
        Label title = new Label(d.title());
        title.setId("graph-details-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);

        Label project = muted(d.project());
        project.setId("graph-details-project");
        Label facts = new Label(d.status() + " \u00b7 " + d.lane() + " \u00b7 " + d.due());
        facts.setId("graph-details-status");
        facts.setWrapText(true);
        Label source = muted("Source: " + d.source());

        VBox head = new VBox(4, title, project, facts, source);
        if (d.blocked()) {
            Label blocked = new Label("Blocked by an open task", Icons.of(Material2AL.LOCK));
            blocked.getStyleClass().add(Styles.DANGER);
            head.getChildren().add(blocked);
        }

        Label score = new Label("Score " + d.score() + " \u00b7 " + d.band());
        score.setId("graph-details-score");
        score.getStyleClass().add(Styles.TEXT_BOLD);
        VBox scoreBox = new VBox(4, score);
        if (d.breakdown().isEmpty()) {
            scoreBox.getChildren().add(muted("No urgency, importance or signal today."));
        }
        for (String factor : d.breakdown()) {
            Label line = new Label("\u2022 " + factor);
            line.getStyleClass().add("graph-details-factor");
            line.setWrapText(true);
            scoreBox.getChildren().add(line);
        }
        if (d.recomputed() != d.score()) {
            Label note = muted("These factors add up to " + d.recomputed() + " now; the stored score changes "
                    + "when the task is next rescored.");
            note.setWrapText(true);
            scoreBox.getChildren().add(note);
        }

        Button open = new Button("Open task", Icons.of(Material2MZ.OPEN_IN_NEW));
        open.setId("graph-open-task");
        open.getStyleClass().add(Styles.ACCENT);
        open.setDefaultButton(false);
        open.setOnAction(e -> model.openTask(d.taskId()));

        content.getChildren().addAll(head, scoreBox);
        section("Critical path", d.criticalPaths());
        section("Links", d.links());
        content.getChildren().add(open);
    }

    private void section(String name, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Label heading = new Label(name);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        VBox box = new VBox(4, heading);
        for (String text : lines) {
            Label line = new Label(text);
            line.setWrapText(true);
            box.getChildren().add(line);
        }
        content.getChildren().add(box);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}
