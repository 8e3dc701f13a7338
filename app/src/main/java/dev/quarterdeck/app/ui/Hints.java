package dev.quarterdeck.app.ui;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Hover hints (tooltips) made on the first hover. A tooltip is a popup control; the first frame has dozens of
 * nodes with one (sidebar, health dots, card icons) and building them all up front cost the start about 0.1 s
 * for popups almost nobody opens.
 */
public final class Hints {

    private static final double MAX_WIDTH = 360;

    private Hints() {
    }

    public static void install(Node node, String text) {
        install(node, () -> text);
    }

    /** {@code text} is read at the first hover, so it may follow a property. */
    public static void install(Node node, Supplier<String> text) {
        EventHandler<MouseEvent> firstHover = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tooltip = new Tooltip();
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(MAX_WIDTH);
                tooltip.setText(text.get());
                Tooltip.install(node, tooltip);
            }
        };
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, firstHover);
    }
}
