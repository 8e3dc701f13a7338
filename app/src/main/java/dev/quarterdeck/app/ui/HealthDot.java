package dev.quarterdeck.app.ui;

import java.util.List;
import java.util.Locale;
import javafx.scene.AccessibleRole;
import javafx.scene.shape.Circle;

/**
 * A project's health as a coloured dot. The colour is never the only signal: the tooltip and the accessible
 * text say the level and the reasons.
 */
public final class HealthDot extends Circle {

    public HealthDot(String level, List<String> reasons) {
        super(4.5);
        getStyleClass().addAll("health-dot", "health-" + level.toLowerCase(Locale.ROOT));
        String text = describe(level, reasons);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(text);
        Hints.install(this, text);
    }

    /** "Health: amber — 1 milestone slipping (M2, 4 d); 3 overdue tasks". */
    public static String describe(String level, List<String> reasons) {
        String name = level.toLowerCase(Locale.ROOT);
        return reasons.isEmpty() ? "Health: " + name : "Health: " + name + " — " + String.join("; ", reasons);
    }
}
