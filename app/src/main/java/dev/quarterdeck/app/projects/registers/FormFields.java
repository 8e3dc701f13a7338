package dev.quarterdeck.app.projects.registers;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.core.common.FieldProblem;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A form as a column of fields, each with its label above and its problem (if any) right under it, in the danger
 * colour with the reason in words. Fields are named like the {@link FieldProblem}s the core drafts return.
 */
public class FormFields extends VBox {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final Map<String, Node> controls = new LinkedHashMap<>();
    private final Map<String, Label> errors = new LinkedHashMap<>();
    private final Label general = new Label();

    public FormFields() {
        super(8);
        getStyleClass().add("register-form");
        general.getStyleClass().addAll(Styles.DANGER, "field-error");
        general.setWrapText(true);
        general.setManaged(false);
        general.setVisible(false);
        getChildren().add(general);
    }

    /** Adds a field; returns the control for chaining. */
    public <N extends Node> N add(String name, String label, N control) {
        Label caption = new Label(label);
        caption.getStyleClass().add(Styles.TEXT_SMALL);
        caption.setLabelFor(control);
        Label error = new Label();
        error.setId("error-" + name);
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "field-error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        control.setId("field-" + name);
        controls.put(name, control);
        errors.put(name, error);
        getChildren().add(new VBox(2, caption, control, error));
        return control;
    }

    /** Shows each problem next to its field; problems of fields this form does not have go on top. */
    public void show(Collection<FieldProblem> problems) {
        clear();
        StringBuilder other = new StringBuilder();
        for (FieldProblem problem : problems) {
            Label error = errors.get(problem.field());
            if (error == null) {
                other.append(other.isEmpty() ? "" : "\n").append(problem.reason());
                continue;
            }
            String text = error.getText().isEmpty() ? problem.reason() : error.getText() + "\n" + problem.reason();
            error.setText(text);
            error.setManaged(true);
            error.setVisible(true);
            controls.get(problem.field()).pseudoClassStateChanged(DANGER, true);
        }
        if (!other.isEmpty()) {
            showGeneral(other.toString());
        }
    }

    /** A problem that belongs to no field (the store refused the write, the record changed meanwhile). */
    public void showGeneral(String message) {
        general.setText(message);
        general.setManaged(true);
        general.setVisible(true);
    }

    public void clear() {
        errors.values().forEach(e -> {
            e.setText("");
            e.setManaged(false);
            e.setVisible(false);
        });
        controls.values().forEach(c -> c.pseudoClassStateChanged(DANGER, false));
        general.setText("");
        general.setManaged(false);
        general.setVisible(false);
    }

    /** The error text shown for a field, empty when none. */
    public String errorOf(String name) {
        Label error = errors.get(name);
        return error == null ? "" : error.getText();
    }
}
