package dev.quarterdeck.app.projects;

import static dev.quarterdeck.app.projects.ProjectCards.card;
import static dev.quarterdeck.app.projects.ProjectCards.muted;
import static dev.quarterdeck.app.projects.ProjectCards.wrapped;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.quarterdeck.app.projects.activity.ActivityRow;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.project.Health;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A project's Overview tab: description, objectives and success criteria, scope; the health breakdown (every
 * rule that fired, with its level); the next milestones; top risks and budget; the latest activity.
 */
final class OverviewTab {

    static final int NEXT_MILESTONES = 3;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private final ProjectPage page;
    private final List<AuditEvent> activity;
    private final ZoneId zone;

    OverviewTab(ProjectPage page, List<AuditEvent> activity, ZoneId zone) {
        this.page = page;
        this.activity = activity;
        this.zone = zone;
    }

    Node view() {
        GridPane columns = new GridPane();
        columns.setHgap(16);
        columns.setVgap(16);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            columns.getColumnConstraints().add(column);
        }
        columns.add(new VBox(16, health(), nextMilestones(), about()), 0, 0);
        columns.add(new VBox(16, ProjectCards.risks(page), ProjectCards.budget(page), latestActivity()), 1, 0);
        columns.setStyle("-fx-padding: 16 0 16 0;");
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        scroll.setId(ProjectTab.OVERVIEW.nodeId());
        return scroll;
    }

    private VBox about() {
        VBox box = new VBox(8);
        String description = page.project().description().isBlank() ? "No description yet — Edit adds one."
                : page.project().description();
        box.getChildren().add(wrapped(description));
        list(box, "Objectives", page.project().objectives());
        list(box, "Success criteria", page.project().successCriteria());
        if (!page.project().scopeIn().isBlank()) {
            list(box, "In scope", List.of(page.project().scopeIn()));
        }
        if (!page.project().scopeOut().isBlank()) {
            list(box, "Out of scope", List.of(page.project().scopeOut()));
        }
        if (page.project().sponsor() != null) {
            box.getChildren().add(muted("Sponsor " + page.project().sponsor()));
        }
        return card("About", box);
    }

    private static void list(VBox box, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        box.getChildren().add(heading);
        items.forEach(item -> box.getChildren().add(wrapped("•  " + item)));
    }

    /** Every reason behind the colour, each with the icon and word of its level. */
    private VBox health() {
        VBox rows = new VBox(8);
        rows.setId("overview-health");
        Health health = page.health();
        for (String reason : health.reasons()) {
            Label line = wrapped(reason);
            line.setGraphic(Icons.of(health.level() == Health.Level.GREEN ? Material2AL.CHECK_CIRCLE_OUTLINE
                    : Material2AL.ERROR_OUTLINE, 16));
            // plain text: Health does not say which reasons are red and which amber, only the overall level
            rows.getChildren().add(line);
        }
        Label rule = muted("Red: project or a milestone past due, a critical risk, total spend over 10 % above plan."
                + " Amber: a slipping milestone, a high risk, a budget line over 10 %, an overrun forecast,"
                + " overdue tasks.");
        rule.getStyleClass().add(Styles.TEXT_SMALL);
        rows.getChildren().add(rule);
        return card("Health: " + health.level().label(), rows);
    }

    private VBox nextMilestones() {
        List<Milestone> next = page.milestones().stream()
                .filter(m -> m.status() == MilestoneStatus.PLANNED || m.status() == MilestoneStatus.IN_PROGRESS)
                .limit(NEXT_MILESTONES).toList();
        VBox rows = new VBox(8);
        if (next.isEmpty()) {
            rows.getChildren().add(muted("No open milestones — add the dates that matter in Milestones."));
        }
        for (Milestone milestone : next) {
            Label name = wrapped(milestone.name());
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMaxWidth(Double.MAX_VALUE);
            Label when = new Label(ProjectTexts.milestone(milestone, page.today()).substring(milestone.name().length()
                    + 3));
            when.setMinWidth(Region.USE_PREF_SIZE);
            if (milestone.isPastDue(page.today())) {
                when.getStyleClass().add("overdue");
                when.setGraphic(Icons.of(Material2AL.ERROR_OUTLINE, 14));
            }
            Label slip = new Label(ProjectTexts.slip(milestone));
            slip.getStyleClass().addAll(Styles.TEXT_SMALL,
                    milestone.slipDays() > 0 ? Styles.WARNING : Styles.TEXT_MUTED);
            slip.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(8, name, when, slip);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
        return card("Next milestones", rows);
    }

    private VBox latestActivity() {
        VBox rows = new VBox(6);
        rows.setId("overview-activity");
        if (activity.isEmpty()) {
            rows.getChildren().add(muted("No changes recorded yet."));
        }
        for (AuditEvent event : activity) {
            ActivityRow row = ActivityRow.of(event);
            Label when = new Label(WHEN.format(event.at().atZone(zone)));
            when.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            when.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(row.kind() + " " + row.change() + (row.record().isEmpty() ? ""
                    : " · " + row.record()) + " — " + row.actor());
            what.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(what, Priority.ALWAYS);
            HBox line = new HBox(8, when, what);
            line.setAlignment(Pos.BASELINE_LEFT);
            rows.getChildren().add(line);
        }
        return card("Latest activity", rows);
    }
}
