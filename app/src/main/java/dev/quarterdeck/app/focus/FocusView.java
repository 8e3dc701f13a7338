package dev.quarterdeck.app.focus;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.app.ui.Page;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/** The home screen: title, the summary line, and four lanes of task cards side by side. */
public final class FocusView extends VBox {

    public FocusView(FocusModel model) {
        setId("focus");
        GridPane board = new GridPane();
        board.setHgap(12);
        board.setId("focus-board");
        for (FocusModel.LaneModel lane : model.lanes()) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / model.lanes().size());
            column.setHgrow(Priority.ALWAYS);
            board.getColumnConstraints().add(column);
            board.add(laneNode(lane), lane.lane().ordinal(), 0);
        }
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setFillHeight(true);
        board.getRowConstraints().add(row);

        Page page = new Page("Focus", board);
        page.subtitle().textProperty().bind(model.summaryProperty());
        page.subtitle().setId("focus-summary");
        VBox.setVgrow(page, Priority.ALWAYS);
        getChildren().add(page);
    }

    private static VBox laneNode(FocusModel.LaneModel lane) {
        String id = "lane-" + lane.lane().name().toLowerCase(Locale.ROOT);
        Label title = new Label(lane.lane().title().toUpperCase(Locale.ROOT));
        title.getStyleClass().add("lane-title");
        title.setMinWidth(0);
        Label count = new Label();
        count.setId(id + "-count");
        count.getStyleClass().add("count-badge");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(lane.countProperty().asString());
        count.setAccessibleText(lane.lane().title() + " count");
        HBox header = new HBox(8, title, count);
        header.getStyleClass().add("lane-header");

        VBox cards = new VBox(8);
        cards.setId(id + "-cards");
        Runnable rebuild = () -> {
            cards.getChildren().clear();
            if (lane.cards().isEmpty()) {
                cards.getChildren().add(emptyLane(lane.lane()));
            }
            lane.cards().forEach(card -> cards.getChildren().add(cardNode(card)));
        };
        lane.cards().addListener((ListChangeListener<FocusCard>) change -> rebuild.run());
        rebuild.run();

        Label more = new Label();
        more.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        more.textProperty().bind(Bindings.createStringBinding(
                () -> lane.countProperty().get() > lane.cards().size()
                        ? "… " + (lane.countProperty().get() - lane.cards().size()) + " more" : "",
                lane.countProperty(), lane.cards()));
        more.managedProperty().bind(more.textProperty().isNotEmpty());
        more.visibleProperty().bind(more.managedProperty());

        Button toggle = new Button();
        toggle.setId(id + "-toggle");
        toggle.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        toggle.textProperty().bind(Bindings.createStringBinding(
                () -> lane.expandedProperty().get() ? "Show fewer" : "Show all (" + lane.countProperty().get() + ")",
                lane.expandedProperty(), lane.countProperty()));
        toggle.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> lane.expandedProperty().get() || lane.countProperty().get() > FocusLane.PREVIEW_SIZE,
                lane.expandedProperty(), lane.countProperty()));
        toggle.managedProperty().bind(toggle.visibleProperty());
        toggle.setOnAction(e -> {
            if (lane.expandedProperty().get()) {
                lane.showFewer();
            } else {
                lane.showAll();
            }
        });

        // the cards, "… n more" and the toggle scroll together, so "Show all" sits right under the cards
        VBox body = new VBox(8, cards, more, toggle);
        body.setAlignment(Pos.TOP_LEFT);
        // room for the scroll bar once a lane shows all its cards
        body.paddingProperty().bind(Bindings.createObjectBinding(
                () -> new Insets(0, lane.expandedProperty().get() ? 12 : 0, 0, 0), lane.expandedProperty()));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("lane-scroll", "edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        VBox box = new VBox(8, header, scroll);
        box.setId(id);
        box.getStyleClass().add("lane");
        box.setMinWidth(0);
        return box;
    }

    private static Label emptyLane(FocusLane lane) {
        Label label = new Label(lane == FocusLane.DONE ? "Nothing finished this week yet."
                : "Nothing planned for " + lane.title().toLowerCase(Locale.ROOT) + ".");
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        label.setWrapText(true);
        return label;
    }

    private static VBox cardNode(FocusCard card) {
        Label title = new Label(card.title());
        title.getStyleClass().add("task-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        if (card.done()) {
            title.getStyleClass().add(Styles.TEXT_MUTED);
        }
        Label score = new Label(String.valueOf(card.score()));
        score.getStyleClass().addAll("score", Styles.TEXT_SMALL);
        score.setMinWidth(Region.USE_PREF_SIZE);
        score.setTooltip(new Tooltip("Priority score " + card.score() + " of 100"));
        score.setAccessibleText("score " + card.score());
        HBox top = new HBox(8, title, score);
        top.setAlignment(Pos.TOP_LEFT);

        HBox meta = new HBox(6);
        meta.getStyleClass().add("meta");
        meta.getChildren().add(Icons.source(card.source()));
        Label project = new Label(card.projectCode() == null ? "no project" : card.projectCode());
        project.getStyleClass().addAll(Styles.TEXT_SMALL,
                card.projectCode() == null ? Styles.TEXT_MUTED : Styles.TEXT_BOLD);
        project.setMinWidth(Region.USE_PREF_SIZE);
        meta.getChildren().add(project);
        if (!card.when().isEmpty()) {
            Label dot = new Label("·");
            dot.getStyleClass().add(Styles.TEXT_MUTED);
            dot.setMinWidth(Region.USE_PREF_SIZE);
            Label when = new Label(card.when());
            when.getStyleClass().add(Styles.TEXT_SMALL);
            if (card.overdue()) {
                when.setGraphic(Icons.of(Material2AL.ERROR_OUTLINE, 14));
                when.getStyleClass().add("overdue");
            } else {
                when.getStyleClass().add(Styles.TEXT_MUTED);
            }
            meta.getChildren().addAll(dot, when);
        }
        meta.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(4, top, meta);
        box.getStyleClass().addAll("card-box", "task-card");
        box.setAccessibleText(card.title() + (card.overdue() ? ", overdue" : ""));
        return box;
    }
}
