package dev.quarterdeck.app.projects.budget;

import dev.quarterdeck.app.projects.registers.ThemeColors;
import dev.quarterdeck.core.budget.BurnPoint;
import dev.quarterdeck.core.budget.BurnSeries;
import java.awt.BasicStroke;
import java.awt.Font;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import javafx.scene.layout.StackPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The burn chart: cumulative actual cost (solid), the planned spend over the schedule (thin) and the forecast to the
 * estimate at completion (dashed), in the theme's colours; the legend names each line, so colour is never alone.
 */
final class BurnChart extends StackPane {

    private static final String ACTUAL = "-color-danger-fg";
    private static final String PLANNED = "-color-accent-fg";
    private static final String FORECAST = "-color-warning-fg";
    private static final String TEXT = "-color-fg-muted";
    private static final String BACKGROUND = "-color-bg-subtle";
    private static final String GRID = "-color-border-muted";

    private final ThemeColors colors;
    private final ChartViewer viewer = new ChartViewer(null);
    private BurnSeries series;

    BurnChart() {
        setId("burn-chart");
        setMinHeight(260);
        setPrefHeight(280);
        colors = new ThemeColors(this, this::redraw, ACTUAL, PLANNED, FORECAST, TEXT, BACKGROUND, GRID);
        getChildren().add(0, viewer);
    }

    void show(BurnSeries burn) {
        this.series = burn;
        redraw();
    }

    private void redraw() {
        if (series == null) {
            return;
        }
        TimeSeriesCollection data = new TimeSeriesCollection();
        data.addSeries(timeSeries("Actual", series.actual()));
        data.addSeries(timeSeries("Planned", series.planned()));
        data.addSeries(timeSeries("Forecast", series.forecast()));
        DateAxis time = new DateAxis();
        NumberAxis amount = new NumberAxis(series.currency().getCurrencyCode());
        amount.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, colors.awt(ACTUAL));
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesPaint(1, colors.awt(PLANNED));
        renderer.setSeriesStroke(1, new BasicStroke(1.5f));
        renderer.setSeriesPaint(2, colors.awt(FORECAST));
        renderer.setSeriesStroke(2, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 5f}, 0f));
        XYPlot plot = new XYPlot(data, time, amount, renderer);
        java.awt.Color text = colors.awt(TEXT);
        java.awt.Color background = colors.awt(BACKGROUND);
        plot.setBackgroundPaint(background);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(colors.awt(GRID));
        plot.setRangeGridlinePaint(colors.awt(GRID));
        for (var axis : List.of(time, amount)) {
            axis.setTickLabelPaint(text);
            axis.setLabelPaint(text);
            axis.setAxisLinePaint(colors.awt(GRID));
            axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(background);
        LegendTitle legend = chart.getLegend();
        legend.setBackgroundPaint(background);
        legend.setItemPaint(text);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        viewer.setChart(chart);
    }

    private static TimeSeries timeSeries(String name, List<BurnPoint> points) {
        TimeSeries line = new TimeSeries(name);
        for (BurnPoint point : points) {
            line.addOrUpdate(new Day(Date.from(point.date().atStartOfDay(ZoneId.systemDefault()).toInstant())),
                    point.amount().amount());
        }
        return line;
    }
}
