package dev.quarterdeck.app.briefing;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.app.ui.Page;
import dev.quarterdeck.app.ui.WarningLine;
import dev.quarterdeck.core.agent.AgentRunner;
import dev.quarterdeck.core.briefing.Briefing;
import dev.quarterdeck.core.briefing.BriefingKind;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A briefing, rendered: the kind to show, "Compose now", a header saying what produced it ("rules" or the model's
 * name) and when, then its Markdown in a readable column.
 */
public final class BriefingView extends VBox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final double COLUMN = 760;

    private final BriefingModel model;
    private final VBox column = new VBox(8);
    private final Label produced = new Label();

    public BriefingView(BriefingModel model) {
        this.model = model;
        setId("briefing");
        getStylesheets().add(BriefingView.class.getResource("/dev/quarterdeck/app/briefing/briefing.css")
                .toExternalForm());

        ToggleGroup kinds = new ToggleGroup();
        HBox kindButtons = new HBox();
        kindButtons.getStyleClass().add("segmented");
        for (BriefingKind kind : BriefingKind.values()) {
            ToggleButton button = new ToggleButton(BriefingModel.label(kind));
            button.setId("briefing-kind-" + kind.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(kinds);
            button.setUserData(kind);
            button.setSelected(kind == model.kindProperty().get());
            button.setOnAction(e -> {
                button.setSelected(true);
                model.show(kind);
            });
            kindButtons.getChildren().add(button);
        }
        List<ToggleButton> buttons = kindButtons.getChildren().stream().map(ToggleButton.class::cast).toList();
        buttons.get(0).getStyleClass().add(Styles.LEFT_PILL);
        buttons.subList(1, buttons.size() - 1).forEach(b -> b.getStyleClass().add(Styles.CENTER_PILL));
        buttons.get(buttons.size() - 1).getStyleClass().add(Styles.RIGHT_PILL);
        model.kindProperty().addListener((obs, old, kind) -> buttons.forEach(b -> b.setSelected(b.getUserData() == kind)));

        Button compose = new Button("Compose now", Icons.of(Material2MZ.REFRESH));
        compose.setId("briefing-compose");
        compose.setTooltip(new Tooltip("Compose this briefing from the workspace as it is now"));
        compose.disableProperty().bind(model.busyProperty());
        compose.setOnAction(e -> model.composeNow());
        Button stop = new Button("Stop", Icons.of(Material2MZ.STOP));
        stop.setId("briefing-stop");
        stop.setTooltip(new Tooltip("Stop composing; nothing is stored"));
        stop.visibleProperty().bind(model.busyProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setOnAction(e -> model.stop());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        produced.setId("briefing-produced");
        produced.getStyleClass().addAll(Styles.TEXT_MUTED);
        produced.setGraphic(Icons.of(Material2AL.ARTICLE));
        HBox toolbar = new HBox(12, kindButtons, compose, stop, spacer, produced);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("briefing-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());

        Label problem = WarningLine.of("briefing-model-problem", model.modelProblemProperty());

        column.setId("briefing-text");
        column.getStyleClass().add("briefing-column");
        column.setMaxWidth(COLUMN);
        VBox centre = new VBox(column);
        centre.setAlignment(Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        VBox body = new VBox(16, toolbar, status, problem, scroll);
        Page page = new Page("Briefing", body);
        page.subtitle().setText("Your day from the workspace: meetings, top tasks, deadlines, risks, budgets, people");
        VBox.setVgrow(page, Priority.ALWAYS);
        getChildren().add(page);

        model.briefingProperty().addListener((obs, old, briefing) -> render(briefing));
        render(model.briefingProperty().get());
    }

    private void render(Briefing briefing) {
        if (briefing == null) {
            column.getChildren().clear();
            produced.setText("");
            produced.setVisible(false);
            return;
        }
        produced.setVisible(true);
        produced.setText((AgentRunner.RULES.equals(briefing.producedBy()) ? "Composed by rules"
                : "Written by " + briefing.producedBy() + " from the rules' facts") + " · "
                + WHEN.format(LocalDateTime.ofInstant(briefing.createdAt(), ZoneId.systemDefault())));
        List<Node> nodes = new ArrayList<>();
        for (MarkdownBlocks.Block block : MarkdownBlocks.parse(briefing.markdown())) {
            nodes.add(node(block));
        }
        column.getChildren().setAll(nodes);
    }

    private static Node node(MarkdownBlocks.Block block) {
        return switch (block.type()) {
            case TITLE -> label(block.text(), Styles.TITLE_3, "briefing-title");
            case HEADING -> label(block.text(), Styles.TITLE_4, "briefing-heading");
            case NOTE -> label(block.text(), Styles.TEXT_MUTED, "briefing-note");
            case PARAGRAPH -> label(block.text(), "briefing-paragraph", "briefing-paragraph");
            case BULLET, NUMBERED -> {
                Label marker = new Label(block.type() == MarkdownBlocks.Type.BULLET ? "•" : block.marker());
                marker.getStyleClass().add("briefing-marker");
                marker.setMinWidth(20);
                Label text = label(block.text(), "briefing-item", "briefing-item");
                HBox.setHgrow(text, Priority.ALWAYS);
                HBox row = new HBox(4, marker, text);
                row.getStyleClass().add("briefing-line");
                yield row;
            }
        };
    }

    private static Label label(String text, String styleClass, String role) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClass, role);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
