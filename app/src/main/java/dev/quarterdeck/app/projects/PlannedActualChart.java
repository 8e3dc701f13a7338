package dev.quarterdeck.app.projects;

import java.awt.BasicStroke;
import java.awt.Font;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Planned against spent per project, as grouped bars (JFreeChart-FX). Each project in its own currency: the axis
 * says so, amounts are never converted. Only the projects with the largest plans are drawn, so bars stay legible.
 */
final class PlannedActualChart {

    static final int MAX_PROJECTS = 12;
    private static final String PLANNED = "Planned";
    private static final String SPENT = "Spent";

    private final DefaultCategoryDataset data = new DefaultCategoryDataset();
    private final JFreeChart chart;
    private final ChartViewer viewer;

    PlannedActualChart() {
        chart = ChartFactory.createBarChart(null, null, "in each project's currency", data, PlotOrientation.VERTICAL,
                true, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setDrawBarOutline(false);
        chart.setAntiAlias(true);
        viewer = new ChartViewer(chart);
        viewer.setId("portfolio-budget-chart");
        viewer.setMinHeight(200);
        viewer.setPrefHeight(240);
        viewer.setAccessibleText("Planned versus spent by project");
    }

    Node node() {
        return viewer;
    }

    /** Shows the projects (the largest plans first) and returns how many were left out. */
    int show(List<ProjectSummary> projects) {
        List<ProjectSummary> largest = projects.stream()
                .filter(p -> p.planned().amount().signum() > 0 || p.spent().amount().signum() != 0)
                .sorted(Comparator.comparing((ProjectSummary p) -> p.planned().amount()).reversed())
                .limit(MAX_PROJECTS).toList();
        data.clear();
        for (ProjectSummary project : largest) {
            String key = project.project().code() + " " + project.planned().currency().getCurrencyCode();
            data.addValue(amount(project.planned().amount()), PLANNED, key);
            data.addValue(amount(project.spent().amount()), SPENT, key);
        }
        return (int) projects.stream().filter(p -> p.planned().amount().signum() > 0
                || p.spent().amount().signum() != 0).count() - largest.size();
    }

    private static Number amount(BigDecimal value) {
        return value; // BigDecimal is a Number: the chart reads it without a detour through double here
    }

    void theme(ChartColors colors) {
        chart.setBackgroundPaint(null);
        chart.setBackgroundImageAlpha(0f);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(colors.grid());
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, colors.planned());
        renderer.setSeriesPaint(1, colors.actual());
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setTickLabelPaint(colors.text());
        domain.setTickLabelFont(font);
        domain.setAxisLinePaint(colors.grid());
        domain.setTickMarksVisible(false);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setTickLabelPaint(colors.muted());
        range.setTickLabelFont(font);
        range.setLabelPaint(colors.muted());
        range.setLabelFont(font);
        range.setAxisLineVisible(false);
        if (chart.getLegend() != null) {
            chart.getLegend().setBackgroundPaint(null);
            chart.getLegend().setItemPaint(colors.text());
            chart.getLegend().setItemFont(font);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
    }
}
