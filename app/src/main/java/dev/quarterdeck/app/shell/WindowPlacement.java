package dev.quarterdeck.app.shell;

import dev.quarterdeck.app.settings.WindowBounds;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Decides where the main window opens: the remembered bounds when enough of them is on a screen that still
 * exists (moved and shrunk to fit inside it), otherwise the default size centred on the primary screen.
 * Pure so it can be tested without a toolkit; screens are their visual bounds (without task bars).
 */
public final class WindowPlacement {

    public static final double DEFAULT_WIDTH = 1400;
    public static final double DEFAULT_HEIGHT = 900;
    /** Less than this much of the window on a screen (each way) counts as lost, e.g. after unplugging a monitor. */
    private static final double MIN_VISIBLE = 80;

    private WindowPlacement() {
    }

    public static WindowBounds place(Optional<WindowBounds> remembered, List<Rectangle2D> screens,
            Rectangle2D primary) {
        return remembered.flatMap(bounds -> bestScreen(bounds, screens).map(screen -> fit(bounds, screen)))
                .orElseGet(() -> centred(primary));
    }

    private static Optional<Rectangle2D> bestScreen(WindowBounds bounds, List<Rectangle2D> screens) {
        return screens.stream()
                .filter(screen -> overlapWidth(bounds, screen) >= MIN_VISIBLE
                        && overlapHeight(bounds, screen) >= Math.min(MIN_VISIBLE, bounds.height()))
                .max(Comparator.comparingDouble(screen -> overlapWidth(bounds, screen) * overlapHeight(bounds, screen)));
    }

    private static WindowBounds fit(WindowBounds bounds, Rectangle2D screen) {
        double width = Math.min(bounds.width(), screen.getWidth());
        double height = Math.min(bounds.height(), screen.getHeight());
        double x = clamp(bounds.x(), screen.getMinX(), screen.getMaxX() - width);
        double y = clamp(bounds.y(), screen.getMinY(), screen.getMaxY() - height);
        return new WindowBounds(x, y, width, height, bounds.maximized());
    }

    private static WindowBounds centred(Rectangle2D screen) {
        double width = Math.min(DEFAULT_WIDTH, screen.getWidth());
        double height = Math.min(DEFAULT_HEIGHT, screen.getHeight());
        return new WindowBounds(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height, false);
    }

    private static double overlapWidth(WindowBounds bounds, Rectangle2D screen) {
        return Math.min(bounds.maxX(), screen.getMaxX()) - Math.max(bounds.x(), screen.getMinX());
    }

    private static double overlapHeight(WindowBounds bounds, Rectangle2D screen) {
        return Math.min(bounds.maxY(), screen.getMaxY()) - Math.max(bounds.y(), screen.getMinY());
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
