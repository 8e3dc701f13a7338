package dev.quarterdeck.app.projects.registers;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.ui.Icons;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2MZ;

/** Small building blocks the register tabs share: cards, columns, toolbars, the tab's root with its stylesheet. */
public final class RegisterUi {

    private static final String STYLESHEET = "/dev/quarterdeck/app/projects/registers/registers.css";

    private RegisterUi() {
    }

    /** The root of a tab: a stack (content below, snackbar above) carrying the registers' stylesheet. */
    public static StackPane root(String id) {
        StackPane root = new StackPane();
        root.setId(id);
        root.getStyleClass().add("register-tab");
        root.getStylesheets().add(RegisterUi.class.getResource(STYLESHEET).toExternalForm());
        return root;
    }

    private static final javafx.scene.input.KeyCombination UNDO = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    /**
     * Ctrl+Z in the tab undoes its last change ({@code undo}) while {@code canUndo} holds; in a text field Ctrl+Z
     * undoes typing instead.
     */
    public static void undoOnShortcut(Node root, java.util.function.BooleanSupplier canUndo, Runnable undo) {
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) && canUndo.getAsBoolean()
                    && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                undo.run();
                e.consume();
            }
        });
    }

    public static VBox card(String title, Node... body) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(8, heading);
        box.getChildren().addAll(body);
        box.getStyleClass().add("register-card");
        return box;
    }

    public static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    public static Button button(String text, Ikon ikon, String id) {
        Button button = new Button(text, ikon == null ? null : Icons.of(ikon));
        button.setId(id);
        return button;
    }

    public static Button accentButton(String text, Ikon ikon, String id) {
        Button button = button(text, ikon, id);
        button.getStyleClass().add(Styles.ACCENT);
        return button;
    }

    public static TextField filterField(String prompt, String id) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.setId(id);
        field.setPrefColumnCount(18);
        return field;
    }

    /** A row of controls, the last ones pushed to the right by a spacer placed at {@code spacerAt}. */
    public static HBox toolbar(int spacerAt, Node... nodes) {
        HBox bar = new HBox(8);
        bar.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < nodes.length; i++) {
            if (i == spacerAt) {
                javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                bar.getChildren().add(spacer);
            }
            bar.getChildren().add(nodes[i]);
        }
        return bar;
    }

    public static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** A right-aligned column (numbers, money) that sorts by {@code key}, not by the text. */
    public static <T, K extends Comparable<? super K>> TableColumn<T, K> numberColumn(String title, Function<T, K> key,
            Function<T, String> text, double width) {
        TableColumn<T, K> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(key.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(K item, boolean empty) {
                super.updateItem(item, empty);
                T row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(row == null ? null : text.apply(row));
            }
        });
        column.getStyleClass().add("number-column");
        return column;
    }

    /**
     * A column whose cells show a text with a style class chosen per row (severity as colour and text), with an
     * optional icon; sorts by {@code key}.
     */
    public static <T, K extends Comparable<? super K>> TableColumn<T, K> flaggedColumn(String title, Function<T, K> key,
            Function<T, String> text, Function<T, String> styleClass, Function<T, Ikon> icon, double width) {
        TableColumn<T, K> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(key.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(K item, boolean empty) {
                super.updateItem(item, empty);
                T row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label label = new Label(text.apply(row));
                String style = styleClass.apply(row);
                if (style != null) {
                    label.getStyleClass().add(style);
                }
                Ikon ikon = icon == null ? null : icon.apply(row);
                if (ikon != null) {
                    label.setGraphic(Icons.of(ikon, 14));
                }
                setText(null);
                setGraphic(label);
            }
        });
        return column;
    }

    /** A "warning" icon for flagged cells. */
    public static Ikon flagIcon() {
        return Material2MZ.WARNING;
    }
}
