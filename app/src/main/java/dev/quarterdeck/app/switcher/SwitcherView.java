package dev.quarterdeck.app.switcher;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.ui.Icons;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The quick switcher's panel: a search field over a result list. Enter opens, arrows move, Esc is the shell's. */
public final class SwitcherView extends VBox {

    private final SwitcherModel model;
    private final CustomTextField field = new CustomTextField();
    private final ListView<SwitcherItem> list = new ListView<>();

    public SwitcherView(SwitcherModel model) {
        this.model = model;
        getStyleClass().add("switcher");
        setId("switcher");
        setMaxSize(600, Region.USE_PREF_SIZE);
        setPrefWidth(600);

        field.setId("switcher-query");
        field.setPromptText("Go to a project or task…");
        field.setLeft(Icons.of(Material2MZ.SEARCH));
        field.textProperty().bindBidirectional(model.queryProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);

        list.setId("switcher-results");
        list.setItems(model.results());
        list.setCellFactory(view -> new ItemCell());
        list.setFixedCellSize(36);
        // as tall as the results (up to ten rows), one row for the placeholder
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> 36.0 * Math.min(Math.max(model.results().size(), 1), 10) + 4, model.results()));
        list.setMinHeight(Region.USE_PREF_SIZE);
        list.setPlaceholder(placeholder());
        list.getStyleClass().add(Styles.DENSE);
        list.setFocusTraversable(false);
        model.selectedIndexProperty().addListener((obs, old, index) -> select(index.intValue()));
        // replacing the items clears the list's selection even when the model's index stays the same
        model.results().addListener((ListChangeListener<SwitcherItem>) change ->
                select(model.selectedIndexProperty().get()));
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) {
                model.selectedIndexProperty().set(index.intValue());
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                model.open();
            }
        });

        Label hint = new Label("Enter opens · ↑↓ choose · Esc closes");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        getChildren().addAll(field, list, hint);
    }

    public void focusQuery() {
        field.requestFocus();
        field.selectAll();
    }

    private Label placeholder() {
        Label label = new Label();
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.textProperty().bind(model.queryProperty().map(text -> text.isBlank()
                ? "Type a project code, a project name or words from a task title"
                : "Nothing matches “" + text.strip() + "”"));
        return label;
    }

    private void select(int index) {
        if (index < 0) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getSelectionModel().select(index);
            list.scrollTo(index);
        }
    }

    private void onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.DOWN) {
            model.moveSelection(1);
            event.consume();
        } else if (event.getCode() == KeyCode.UP) {
            model.moveSelection(-1);
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER) {
            model.open();
            event.consume();
        }
    }

    private static final class ItemCell extends ListCell<SwitcherItem> {

        @Override
        protected void updateItem(SwitcherItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            boolean project = item.kind() == SwitcherItem.Kind.PROJECT;
            var icon = Icons.of(project ? Material2AL.FOLDER : Material2AL.CHECK_BOX_OUTLINE_BLANK, 18);
            Label title = new Label(item.title());
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            Label kind = new Label((project ? "Project · " : "Task · ") + item.detail());
            kind.getStyleClass().add("switcher-kind");
            HBox row = new HBox(8, icon, title, kind);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
            setAccessibleText((project ? "Project " : "Task ") + item.title() + ", " + item.detail());
        }
    }
}
