package dev.quarterdeck.app.focus;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.task.TaskPanelView;
import dev.quarterdeck.app.ui.Hints;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.app.ui.Page;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The home screen: title, the summary line, the quick-add field and four lanes of task cards side by side, with
 * the task panel as a drawer on the right and an Undo notice at the bottom. Ticking a card (or Space) completes
 * it, Enter or a double-click opens it, dragging it to another lane pins it there (the context menu does the same
 * from the keyboard), Ctrl+Z undoes the latest change and Ctrl+N goes to the quick-add field.
 */
public final class FocusView extends StackPane {

    static final String TASK_FORMAT = "application/x-quarterdeck-task";
    static final Duration NOTICE_TIME = Duration.seconds(6);

    private final FocusModel model;
    private final CustomTextField quickAddField = new CustomTextField();
    private final StackPane noticeLayer = new StackPane();
    private final PauseTransition noticeTimer = new PauseTransition(NOTICE_TIME);

    public FocusView(FocusModel model) {
        this.model = model;
        setId("focus");
        getStylesheets().add(FocusView.class.getResource("focus.css").toExternalForm());
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
        VBox.setVgrow(board, Priority.ALWAYS);

        VBox body = new VBox(12, quickAddRow(model.quickAdd()), board);
        Page page = new Page("Focus", body);
        page.subtitle().textProperty().bind(model.summaryProperty());
        page.subtitle().setId("focus-summary");
        HBox.setHgrow(page, Priority.ALWAYS);
        page.setMinWidth(0);

        // a drawer over the right of the board, so that opening it does not squeeze the lanes
        TaskPanelView panel = new TaskPanelView(model.panel());
        StackPane.setAlignment(panel, Pos.CENTER_RIGHT);

        noticeLayer.setPickOnBounds(false);
        noticeLayer.setAlignment(Pos.BOTTOM_CENTER);
        noticeLayer.setPadding(new Insets(0, 0, 24, 0));
        noticeLayer.setMouseTransparent(false);
        model.noticeProperty().addListener((obs, old, notice) -> showNotice(notice));
        noticeTimer.setOnFinished(e -> noticeLayer.getChildren().clear());

        getChildren().addAll(page, panel, noticeLayer);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::undoShortcut);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                        this::focusQuickAdd);
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.panel().shownProperty().get()) {
                model.panel().close();
                e.consume();
            }
        });
    }

    private static final KeyCodeCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    /** Ctrl+Z undoes the latest change, except while a text field has typing of its own to undo. */
    private void undoShortcut(KeyEvent event) {
        if (!UNDO.match(event)) {
            return;
        }
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        if (owner instanceof TextInputControl text && text.isUndoable()) {
            return;
        }
        model.undo();
        event.consume();
    }

    private void focusQuickAdd() {
        quickAddField.requestFocus();
        quickAddField.end();
    }

    private Node quickAddRow(QuickAddModel quickAdd) {
        quickAddField.setId("quick-add");
        quickAddField.setPromptText("Quick add\u2026  e.g. Send Q3 forecast fri #ATLAS   (Ctrl+N)");
        quickAddField.setLeft(Icons.of(Material2AL.ADD, 16));
        quickAddField.textProperty().bindBidirectional(quickAdd.textProperty());
        quickAddField.setOnAction(e -> quickAdd.submit());
        quickAddField.setPrefColumnCount(36);
        quickAddField.setMaxWidth(520);
        Hints.install(quickAddField, "Dates: today, tomorrow, fri, next week, in 3 days, 2026-12-03. "
                + "Project: #CODE. Enter adds the task.");
        quickAddField.disableProperty().bind(quickAdd.busyProperty());
        quickAddField.getStyleClass().add("quick-add");

        Label preview = new Label();
        preview.setId("quick-add-preview");
        preview.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        preview.setGraphic(Icons.of(Material2AL.CHECK_CIRCLE_OUTLINE, 14));
        preview.textProperty().bind(quickAdd.previewProperty());
        preview.managedProperty().bind(quickAdd.previewProperty().isNotEmpty());
        preview.visibleProperty().bind(preview.managedProperty());

        Label error = new Label();
        error.setId("quick-add-error");
        error.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        error.setGraphic(Icons.of(Material2AL.ERROR_OUTLINE, 14));
        error.textProperty().bind(quickAdd.errorProperty());
        error.managedProperty().bind(quickAdd.errorProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        quickAdd.errorProperty().addListener((obs, old, text) -> quickAddField.pseudoClassStateChanged(
                Styles.STATE_DANGER, !text.isEmpty()));

        HBox row = new HBox(12, quickAddField, preview, error);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setId("quick-add-row");
        return row;
    }

    private void showNotice(FocusModel.Notice notice) {
        noticeTimer.stop();
        noticeLayer.getChildren().clear();
        if (notice == null) {
            return;
        }
        Notification note = new Notification(notice.text(), Icons.of(notice.error() ? Material2AL.ERROR_OUTLINE
                : Material2AL.CHECK_CIRCLE_OUTLINE, 18));
        note.setId("focus-notice");
        note.getStyleClass().add(Styles.ELEVATED_2);
        note.getStyleClass().add(notice.error() ? Styles.DANGER : Styles.SUCCESS);
        note.setMaxWidth(560);
        note.setMaxHeight(Region.USE_PREF_SIZE);
        if (notice.undoable()) {
            Button undo = new Button("Undo");
            undo.setId("focus-notice-undo");
            Hints.install(undo, "Undo (Ctrl+Z)");
            undo.setOnAction(e -> {
                noticeLayer.getChildren().clear();
                model.undo();
            });
            note.setPrimaryActions(undo);
        }
        note.setOnClose(e -> noticeLayer.getChildren().clear());
        // the notice stays while the pointer is on it, so its Undo cannot vanish under the cursor
        note.setOnMouseEntered(e -> noticeTimer.pause());
        note.setOnMouseExited(e -> noticeTimer.playFromStart());
        noticeLayer.getChildren().add(note);
        noticeTimer.playFromStart();
    }

    private VBox laneNode(FocusModel.LaneModel lane) {
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

        // one control for the rest of the lane: "Show all (n)" lists every task of the lane, "Show fewer" goes back
        Button toggle = new Button();
        toggle.setId(id + "-toggle");
        toggle.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        toggle.textProperty().bind(Bindings.createStringBinding(
                () -> lane.expandedProperty().get() ? "Show fewer" : "Show all (" + lane.countProperty().get() + ")",
                lane.expandedProperty(), lane.countProperty()));
        toggle.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> lane.expandedProperty().get() || lane.countProperty().get() > lane.cards().size(),
                lane.expandedProperty(), lane.countProperty(), lane.cards()));
        toggle.managedProperty().bind(toggle.visibleProperty());
        toggle.setOnAction(e -> {
            if (lane.expandedProperty().get()) {
                lane.showFewer();
            } else {
                lane.showAll();
            }
        });

        VBox body = new VBox(8, cards, toggle);
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
        acceptDrops(box, lane.lane());
        return box;
    }

    /** Dropping a card on a lane pins it to that lane's horizon; on Done it completes the task. */
    private void acceptDrops(VBox box, FocusLane target) {
        box.setOnDragOver(e -> {
            if (e.getGestureSource() instanceof Node source && source.getUserData() instanceof FocusCard card
                    && !card.done() && laneOf(card) != target) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        box.setOnDragEntered(e -> {
            if (e.getGestureSource() instanceof Node source && source.getUserData() instanceof FocusCard card
                    && !card.done() && laneOf(card) != target) {
                box.pseudoClassStateChanged(DROP_TARGET, true);
            }
        });
        box.setOnDragExited(e -> box.pseudoClassStateChanged(DROP_TARGET, false));
        box.setOnDragDropped(e -> {
            boolean done = false;
            if (e.getGestureSource() instanceof Node source && source.getUserData() instanceof FocusCard card) {
                model.moveTo(card, target);
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private static final javafx.css.PseudoClass DROP_TARGET = javafx.css.PseudoClass.getPseudoClass("drop-target");

    private FocusLane laneOf(FocusCard card) {
        for (FocusModel.LaneModel lane : model.lanes()) {
            if (lane.cards().contains(card)) {
                return lane.lane();
            }
        }
        return null;
    }

    private Node emptyLane(FocusLane lane) {
        Label label = new Label(lane == FocusLane.DONE ? "Nothing finished this week yet. Tick a card when it is done."
                : "Nothing planned for " + lane.title().toLowerCase(Locale.ROOT) + ".");
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        label.setWrapText(true);
        if (lane == FocusLane.DONE) {
            return label;
        }
        Button add = new Button("Quick add");
        add.setId("lane-" + lane.name().toLowerCase(Locale.ROOT) + "-add");
        add.setGraphic(Icons.of(Material2AL.ADD, 14));
        add.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, Styles.ACCENT);
        Hints.install(add, "Add a task (Ctrl+N)");
        add.setOnAction(e -> {
            String word = switch (lane) {
                case TODAY -> "today";
                case WEEK -> "fri";
                default -> "in 3 weeks";
            };
            if (model.quickAdd().textProperty().get().isBlank()) {
                model.quickAdd().textProperty().set(" " + word);
                quickAddField.positionCaret(0);
            }
            quickAddField.requestFocus();
            quickAddField.positionCaret(0);
        });
        VBox box = new VBox(8, label, add);
        box.getStyleClass().add("empty-lane");
        return box;
    }

    private Node cardNode(FocusCard card) {
        CheckBox tick = new CheckBox();
        tick.setId("complete-" + card.taskId());
        tick.setSelected(card.done());
        tick.setDisable(card.done());
        tick.setFocusTraversable(false);
        Hints.install(tick, card.done() ? "Done" : "Complete (Space)");
        tick.setAccessibleText("Complete " + card.title());
        tick.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && !card.done()) {
                model.complete(card);
            }
        });

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
        Hints.install(score, "Priority score " + card.score() + " of 100 \u2014 open the task to see why");
        score.setAccessibleText("score " + card.score());
        HBox top = new HBox(8, tick, title);
        if (card.pinned()) {
            Label pin = new Label(null, Icons.of(Material2MZ.PUSH_PIN, 14));
            pin.getStyleClass().add("pin");
            pin.setId("pin-" + card.taskId());
            Hints.install(pin, "Pinned to this lane; right-click to unpin");
            pin.setAccessibleText("pinned");
            pin.setMinWidth(Region.USE_PREF_SIZE);
            top.getChildren().add(pin);
        }
        top.getChildren().add(score);
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
            Label dot = new Label("\u00b7");
            dot.getStyleClass().add(Styles.TEXT_MUTED);
            dot.setMinWidth(Region.USE_PREF_SIZE);
            Label when = new Label(card.when());
            when.getStyleClass().add(Styles.TEXT_SMALL);
            // "overdue · yesterday" beside a project code can be wider than a lane: wrap rather than cut it
            when.setWrapText(true);
            when.setMinWidth(0);
            HBox.setHgrow(when, Priority.ALWAYS);
            if (card.overdue()) {
                when.setGraphic(Icons.of(Material2AL.ERROR_OUTLINE, 14));
                when.getStyleClass().add("overdue");
            } else {
                when.getStyleClass().add(Styles.TEXT_MUTED);
            }
            meta.getChildren().addAll(dot, when);
        }
        meta.setAlignment(Pos.CENTER_LEFT);
        meta.setPadding(new Insets(0, 0, 0, 26));

        VBox box = new VBox(4, top, meta);
        box.setId("card-" + card.taskId());
        box.setUserData(card);
        box.getStyleClass().addAll("card-box", "task-card");
        box.setAccessibleText(card.title() + (card.overdue() ? ", overdue" : "") + (card.pinned() ? ", pinned" : ""));
        box.setFocusTraversable(true);
        box.setOnMouseClicked(e -> {
            box.requestFocus();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                model.panel().open(card.taskId());
            }
        });
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.panel().open(card.taskId());
                e.consume();
            } else if (e.getCode() == KeyCode.SPACE && !card.done()) {
                model.complete(card);
                e.consume();
            }
        });
        box.setOnContextMenuRequested(e -> {
            contextMenu(card).show(box, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        if (!card.done()) {
            box.setOnDragDetected(e -> {
                Dragboard board = box.startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(card.title());
                board.setContent(content);
                board.setDragView(box.snapshot(null, null));
                e.consume();
            });
        }
        return box;
    }

    /** The keyboard (Shift+F10, the menu key) and mouse alternative to dragging. */
    ContextMenu contextMenu(FocusCard card) {
        MenuItem open = new MenuItem("Open task");
        open.setOnAction(e -> model.panel().open(card.taskId()));
        ContextMenu menu = new ContextMenu(open);
        if (!card.done()) {
            MenuItem complete = new MenuItem("Complete");
            complete.setOnAction(e -> model.complete(card));
            menu.getItems().addAll(complete, new SeparatorMenuItem());
            FocusLane current = laneOf(card);
            for (FocusLane lane : List.of(FocusLane.TODAY, FocusLane.WEEK, FocusLane.MONTH)) {
                MenuItem move = new MenuItem("Move to " + lane.title().toLowerCase(Locale.ROOT));
                move.setId("move-to-" + lane.name().toLowerCase(Locale.ROOT));
                move.setDisable(lane == current && card.pinned());
                move.setOnAction(e -> model.moveTo(card, lane));
                menu.getItems().add(move);
            }
            if (card.pinned()) {
                MenuItem unpin = new MenuItem("Unpin");
                unpin.setId("unpin");
                unpin.setOnAction(e -> model.unpin(card));
                menu.getItems().add(unpin);
            }
        }
        return menu;
    }
}
