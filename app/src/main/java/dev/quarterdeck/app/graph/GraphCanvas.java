package dev.quarterdeck.app.graph;

import dev.quarterdeck.app.graph.ThemeColours.Role;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.core.graph.GraphEdge;
import dev.quarterdeck.core.graph.GraphEdgeKind;
import dev.quarterdeck.core.graph.GraphNode;
import dev.quarterdeck.core.graph.ScoreBand;
import dev.quarterdeck.core.task.TaskStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * One canvas the size of the viewport that draws the laid-out graph: lane bands, then the edges and nodes that
 * intersect the visible part of the world (everything else is skipped), then the lane titles pinned to the left
 * edge. Drag pans, the wheel zooms around the pointer, + and − zoom, 0 fits; a click selects a node, a double
 * click (or Enter) opens it. Below 45 % zoom nodes lose their text, which keeps large graphs smooth.
 */
final class GraphCanvas extends Region {

    static final double MIN_ZOOM = 0.08;
    static final double MAX_ZOOM = 2.5;
    private static final double TEXT_ZOOM = 0.45;
    private static final double READABLE_ZOOM = 0.75;
    private static final double RADIUS = 8;
    private static final Font TITLE_FONT = Font.font(null, FontWeight.BOLD, 12.5);
    private static final Font META_FONT = Font.font(11.5);
    private static final Font LANE_FONT = Font.font(null, FontWeight.BOLD, 13);

    private final Canvas canvas = new Canvas();
    private final ThemeColours colours = new ThemeColours(this::redraw);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final ReadOnlyDoubleWrapper lastFrameMillis = new ReadOnlyDoubleWrapper(this, "lastFrameMillis", 0);
    private final Map<String, Glyph> glyphs = new HashMap<>();
    private final Text measure = new Text();
    private GraphPicture picture = GraphPicture.EMPTY;
    private String[] titles = new String[0];
    private double translateX;
    private double translateY;
    private UUID selected;
    private boolean showCritical = true;
    private double pressX;
    private double pressY;
    private boolean dragged;
    private Consumer<UUID> onSelect = id -> { };
    private Consumer<UUID> onOpen = id -> { };
    private boolean needsFit = true;

    GraphCanvas() {
        getStyleClass().add("graph-canvas");
        setId("graph-canvas");
        setFocusTraversable(true);
        getChildren().addAll(canvas, colours);
        measure.setFont(TITLE_FONT);
        zoom.addListener((obs, old, now) -> {
            double clamped = clamp(now.doubleValue());
            if (clamped != now.doubleValue()) {
                zoom.set(clamped);
                return;
            }
            // zooming from the slider or keys keeps the centre of the view in place
            double cx = getWidth() / 2;
            double cy = getHeight() / 2;
            double ratio = clamped / old.doubleValue();
            translateX = cx - (cx - translateX) * ratio;
            translateY = cy - (cy - translateY) * ratio;
            redraw();
        });
        setOnMousePressed(e -> {
            pressX = e.getX();
            pressY = e.getY();
            dragged = false;
            requestFocus();
        });
        setOnMouseDragged(e -> {
            double dx = e.getX() - pressX;
            double dy = e.getY() - pressY;
            if (dragged || Math.abs(dx) + Math.abs(dy) > 3) {
                dragged = true;
                translateX += dx;
                translateY += dy;
                pressX = e.getX();
                pressY = e.getY();
                redraw();
            }
        });
        setOnMouseClicked(e -> {
            if (dragged || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            Optional<UUID> hit = nodeAt(e.getX(), e.getY());
            onSelect.accept(hit.orElse(null));
            if (e.getClickCount() == 2) {
                hit.ifPresent(onOpen);
            }
        });
        setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                zoomAround(e.getX(), e.getY(), Math.exp(e.getDeltaY() / 300));
            }
        });
        setOnKeyPressed(e -> {
            KeyCode code = e.getCode();
            if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) {
                zoom.set(zoom.get() * 1.25);
            } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
                zoom.set(zoom.get() / 1.25);
            } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
                fit();
            } else if (code == KeyCode.ENTER && selected != null) {
                onOpen.accept(selected);
            } else if (code == KeyCode.ESCAPE && selected != null) {
                onSelect.accept(null);
            } else {
                return;
            }
            e.consume();
        });
    }

    void setPicture(GraphPicture next) {
        boolean first = picture.size() == 0;
        picture = next;
        titles = new String[next.size()];
        if (first || needsFit) {
            needsFit = getWidth() <= 0;
            initialView();
        } else {
            redraw();
        }
    }

    void setSelected(UUID id) {
        selected = id;
        redraw();
    }

    void setShowCritical(boolean show) {
        showCritical = show;
        redraw();
    }

    void onSelect(Consumer<UUID> action) {
        onSelect = action;
    }

    void onOpen(Consumer<UUID> action) {
        onOpen = action;
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    /** How long the last frame took to draw, in milliseconds (for the frame benchmark). */
    ReadOnlyDoubleProperty lastFrameMillisProperty() {
        return lastFrameMillis.getReadOnlyProperty();
    }

    /** Shows the whole graph (at most at 100 %). */
    void fit() {
        double width = getWidth();
        double height = getHeight();
        if (width <= 0 || height <= 0 || picture.width() <= 0) {
            needsFit = true;
            redraw();
            return;
        }
        double scale = clamp(Math.min(1, Math.min(width / picture.width(), height / picture.height())));
        setView(scale, (width - picture.width() * scale) / 2, Math.max(0, (height - picture.height() * scale) / 2));
    }

    /**
     * The whole graph when it fits at a readable zoom (75 % or more), otherwise 75 % from the top left (the Today
     * lane and the start of the chains), with Fit one click away.
     */
    void initialView() {
        double width = getWidth();
        double height = getHeight();
        if (width <= 0 || height <= 0 || picture.width() <= 0) {
            needsFit = true;
            redraw();
            return;
        }
        double scale = Math.min(1, Math.min(width / picture.width(), height / picture.height()));
        if (scale >= READABLE_ZOOM) {
            fit();
        } else {
            setView(READABLE_ZOOM, 0, 0);
        }
    }

    /** Centres a node at a readable zoom. */
    void zoomTo(UUID id) {
        picture.indexOf(id).ifPresent(i -> {
            double scale = Math.max(zoom.get(), 1);
            setView(scale, getWidth() / 2 - (picture.x(i) + GraphLayout.NODE_WIDTH / 2) * scale,
                    getHeight() / 2 - (picture.y(i) + GraphLayout.NODE_HEIGHT / 2) * scale);
        });
    }

    /** Pans by a screen distance (used by the frame benchmark to simulate a drag). */
    void panBy(double dx, double dy) {
        translateX += dx;
        translateY += dy;
        redraw();
    }

    /** Where a node's centre is on this region, if it is in the picture. */
    Optional<Point2D> centreOf(UUID id) {
        return picture.indexOf(id).map(i -> new Point2D(
                (picture.x(i) + GraphLayout.NODE_WIDTH / 2) * zoom.get() + translateX,
                (picture.y(i) + GraphLayout.NODE_HEIGHT / 2) * zoom.get() + translateY));
    }

    private void setView(double scale, double tx, double ty) {
        translateX = tx;
        translateY = ty;
        if (zoom.get() != scale) {
            // set the translation again after the listener has kept the centre
            double keepX = tx;
            double keepY = ty;
            zoom.set(scale);
            translateX = keepX;
            translateY = keepY;
        }
        redraw();
    }

    private void zoomAround(double x, double y, double factor) {
        double before = zoom.get();
        double after = clamp(before * factor);
        double wx = (x - translateX) / before;
        double wy = (y - translateY) / before;
        setView(after, x - wx * after, y - wy * after);
    }

    private Optional<UUID> nodeAt(double x, double y) {
        double scale = zoom.get();
        return picture.nodeAt((x - translateX) / scale, (y - translateY) / scale).map(i -> picture.node(i).id());
    }

    private static double clamp(double scale) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, scale));
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            if (needsFit) {
                needsFit = false;
                initialView();
            } else {
                redraw();
            }
        }
    }

    void redraw() {
        long started = System.nanoTime();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(colours.paint(Role.CANVAS));
        g.fillRect(0, 0, width, height);
        if (width <= 0 || height <= 0) {
            return;
        }
        double scale = zoom.get();
        double left = -translateX / scale;
        double top = -translateY / scale;
        double right = (width - translateX) / scale;
        double bottom = (height - translateY) / scale;

        g.setTransform(scale, 0, 0, scale, translateX, translateY);
        drawLanes(g, left, right, top, bottom);
        drawEdges(g, left, right, top, bottom, false);
        drawEdges(g, left, right, top, bottom, true);
        drawNodes(g, left, right, top, bottom, scale);
        g.setTransform(1, 0, 0, 1, 0, 0);
        drawLaneTitles(g, scale, height);
        lastFrameMillis.set((System.nanoTime() - started) / 1_000_000.0);
    }

    private void drawLanes(GraphicsContext g, double left, double right, double top, double bottom) {
        int index = 0;
        double x0 = Math.min(left, 0);
        double x1 = Math.max(right, picture.width());
        for (LaneBand band : picture.lanes()) {
            if (band.top() + band.height() >= top && band.top() <= bottom) {
                if (index % 2 == 1) {
                    g.setFill(colours.paint(Role.LANE_ALT));
                    g.fillRect(x0, band.top(), x1 - x0, band.height());
                }
                g.setStroke(colours.paint(Role.LANE_LINE));
                g.setLineWidth(1 / zoom.get());
                g.setLineDashes();
                g.strokeLine(x0, band.top() + band.height(), x1, band.top() + band.height());
            }
            index++;
        }
    }

    private void drawLaneTitles(GraphicsContext g, double scale, double height) {
        g.setFont(LANE_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (LaneBand band : picture.lanes()) {
            double y = band.top() * scale + translateY;
            double y2 = (band.top() + band.height()) * scale + translateY;
            if (y2 < 0 || y > height) {
                continue;
            }
            // pinned: the title stays at the top of the visible part of its band
            double labelY = Math.max(y, 0) + 16;
            if (labelY > y2 - 4) {
                continue;
            }
            String text = band.lane().title() + "  " + band.count();
            measure.setFont(LANE_FONT);
            measure.setText(text);
            double textWidth = measure.getLayoutBounds().getWidth();
            measure.setFont(TITLE_FONT);
            g.setFill(colours.paint(Role.CANVAS));
            g.setGlobalAlpha(0.85);
            g.fillRoundRect(8, labelY - 11, textWidth + 16, 22, 10, 10);
            g.setGlobalAlpha(1);
            g.setFill(colours.paint(Role.LANE_TEXT));
            g.fillText(text, 16, labelY);
        }
    }

    private void drawEdges(GraphicsContext g, double left, double right, double top, double bottom,
            boolean emphasised) {
        double scale = zoom.get();
        g.setLineCap(StrokeLineCap.ROUND);
        for (int j = 0; j < picture.edgeCount(); j++) {
            GraphEdge edge = picture.edge(j);
            int from = picture.edgeFrom(j);
            int to = picture.edgeTo(j);
            boolean touchesSelection = selected != null
                    && (edge.from().equals(selected) || edge.to().equals(selected));
            boolean strong = touchesSelection || edge.inCycle() || (showCritical && edge.critical());
            if (strong != emphasised) {
                continue;
            }
            double x1 = picture.x(from) + GraphLayout.NODE_WIDTH;
            double y1 = picture.y(from) + GraphLayout.NODE_HEIGHT / 2;
            double x2 = picture.x(to);
            double y2 = picture.y(to) + GraphLayout.NODE_HEIGHT / 2;
            double pad = 90;
            if (Math.max(x1, x2) + pad < left || Math.min(x1, x2) - pad > right || Math.max(y1, y2) < top
                    || Math.min(y1, y2) > bottom) {
                continue;
            }
            styleEdge(g, edge, touchesSelection, scale);
            double bend = x2 > x1 ? Math.max(30, (x2 - x1) / 2) : 90;
            g.beginPath();
            g.moveTo(x1, y1);
            g.bezierCurveTo(x1 + bend, y1, x2 - bend, y2, x2, y2);
            g.stroke();
            if (edge.kind().ordering()) {
                g.setLineDashes();
                g.setFill(g.getStroke());
                double size = 7;
                g.fillPolygon(new double[] {x2, x2 - size, x2 - size}, new double[] {y2, y2 - size / 2, y2 + size / 2},
                        3);
            }
        }
        g.setLineDashes();
    }

    private void styleEdge(GraphicsContext g, GraphEdge edge, boolean touchesSelection, double scale) {
        double minimum = 1 / scale;
        if (edge.inCycle()) {
            g.setStroke(colours.paint(Role.CYCLE));
            g.setLineWidth(Math.max(2.5, minimum));
            g.setLineDashes(8, 5);
        } else if (touchesSelection) {
            g.setStroke(colours.paint(Role.SELECTION));
            g.setLineWidth(Math.max(2.5, minimum));
            g.setLineDashes();
        } else if (showCritical && edge.critical()) {
            g.setStroke(colours.paint(Role.CRITICAL));
            g.setLineWidth(Math.max(3.5, minimum));
            g.setLineDashes();
        } else if (edge.kind().ordering()) {
            g.setStroke(colours.paint(Role.EDGE_ORDER));
            g.setLineWidth(Math.max(edge.kind() == GraphEdgeKind.BLOCKS ? 1.6 : 1.2, minimum));
            g.setLineDashes();
        } else {
            g.setStroke(colours.paint(Role.EDGE_LOOSE));
            g.setLineWidth(Math.max(1.2, minimum));
            g.setLineDashes(5, 4);
        }
    }

    private void drawNodes(GraphicsContext g, double left, double right, double top, double bottom, double scale) {
        boolean text = scale >= TEXT_ZOOM;
        double w = GraphLayout.NODE_WIDTH;
        double h = GraphLayout.NODE_HEIGHT;
        Paint[] fills = statusPaints(true);
        Paint[] marks = statusPaints(false);
        for (int i = 0; i < picture.size(); i++) {
            double x = picture.x(i);
            double y = picture.y(i);
            if (x + w < left || x > right || y + h < top || y > bottom) {
                continue;
            }
            GraphNode node = picture.node(i);
            TaskStatus status = node.task().status();
            g.setFill(fills[status.ordinal()]);
            g.fillRoundRect(x, y, w, h, RADIUS * 2, RADIUS * 2);
            g.setFill(marks[status.ordinal()]);
            g.fillRect(x + 1, y + 6, 4, h - 12);
            if (showCritical && node.critical()) {
                g.setFill(colours.paint(Role.CRITICAL));
                g.fillRect(x + 10, y + h - 4, w - 20, 3);
            }
            ScoreBand band = node.band();
            g.setStroke(colours.paint(switch (band) {
                case HIGH -> Role.BAND_HIGH;
                case MEDIUM -> Role.BAND_MEDIUM;
                case LOW -> Role.BAND_LOW;
            }));
            g.setLineWidth(switch (band) {
                case HIGH -> 3;
                case MEDIUM -> 2;
                case LOW -> 1;
            });
            g.strokeRoundRect(x, y, w, h, RADIUS * 2, RADIUS * 2);
            if (node.id().equals(selected)) {
                g.setStroke(colours.paint(Role.SELECTION));
                g.setLineWidth(3);
                g.strokeRoundRect(x - 5, y - 5, w + 10, h + 10, RADIUS * 2 + 8, RADIUS * 2 + 8);
            }
            if (text) {
                drawNodeText(g, i, node, x, y, w);
            }
        }
    }

    private void drawNodeText(GraphicsContext g, int i, GraphNode node, double x, double y, double w) {
        Color muted = colours.colour(Role.TEXT_MUTED);
        drawGlyph(g, Icons.sourceIkon(node.task().sourceKind()), muted, x + 11, y + 9, 16);
        double titleLeft = x + 32;
        double titleRight = x + w - 10;
        if (node.blocked()) {
            drawGlyph(g, Material2AL.LOCK, colours.paint(Role.BAND_HIGH), titleRight - 14, y + 10, 15);
            titleRight -= 18;
        }
        if (titles[i] == null) {
            titles[i] = fit(node.task().title(), titleRight - titleLeft);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(TITLE_FONT);
        g.setFill(colours.paint(node.task().status() == TaskStatus.CANCELLED ? Role.TEXT_MUTED : Role.TEXT));
        g.fillText(titles[i], titleLeft, y + 17);
        g.setFont(META_FONT);
        g.setFill(muted);
        String project = node.projectCode() == null ? "Inbox" : node.projectCode();
        g.fillText(project + " \u00b7 " + NodeDetails.words(node.task().status().name()) + (node.blocked()
                ? " \u00b7 blocked" : ""), x + 12, y + 37);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFill(colours.paint(node.band() == ScoreBand.HIGH ? Role.BAND_HIGH : Role.TEXT_MUTED));
        g.fillText(String.valueOf(Math.round(node.task().score())), x + w - 10, y + 37);
    }

    private Paint[] statusPaints(boolean fill) {
        Paint[] paints = new Paint[TaskStatus.values().length];
        for (TaskStatus status : TaskStatus.values()) {
            paints[status.ordinal()] = colours.paint(Role.valueOf(status.name() + (fill ? "_FILL" : "_MARK")));
        }
        return paints;
    }

    /** The title cut with an ellipsis to fit the width (measured once per node and picture). */
    private String fit(String title, double width) {
        measure.setText(title);
        if (measure.getLayoutBounds().getWidth() <= width) {
            return title;
        }
        int low = 0;
        int high = title.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            measure.setText(title.substring(0, mid).stripTrailing() + "\u2026");
            if (measure.getLayoutBounds().getWidth() <= width) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return title.substring(0, low).stripTrailing() + "\u2026";
    }

    /** An icon font glyph as Ikonli sets it up: the loaded font and the glyph's text. */
    private record Glyph(Font font, String text) {
    }

    /** Draws an icon font glyph (the fonts Ikonli loads) as text: no image, no snapshot, scales with zoom. */
    private void drawGlyph(GraphicsContext g, Ikon ikon, Paint colour, double x, double y, double size) {
        Glyph glyph = glyphs.computeIfAbsent(ikon.getDescription() + "@" + size, key -> {
            FontIcon probe = new FontIcon(ikon);
            probe.setIconSize((int) size);
            // Ikonli sets the icon font through CSS, so the probe needs a scene to get it
            new javafx.scene.Scene(new javafx.scene.Group(probe));
            probe.applyCss();
            return new Glyph(probe.getFont(), probe.getText());
        });
        g.setFont(glyph.font());
        g.setFill(colour);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(glyph.text(), x, y);
    }
}
