package dev.quarterdeck.app.settings;

/** Where the main window was, in screen coordinates, when it was last closed. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    public WindowBounds {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("window size must be positive, was " + width + "×" + height);
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("window position must be finite");
        }
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }
}
