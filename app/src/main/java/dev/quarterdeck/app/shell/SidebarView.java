package dev.quarterdeck.app.shell;

import dev.quarterdeck.app.ui.Hints;
import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.ui.HealthDot;
import dev.quarterdeck.app.ui.Icons;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The left column: brand, the sections with their shortcuts, and the projects with their health. Selection
 * follows the shell's route; clicking navigates.
 */
public final class SidebarView extends VBox {

    private record Entry(ToggleButton button, Route route) {
    }

    private final ShellModel shell;
    private final List<Entry> entries = new ArrayList<>();
    private final VBox projectList = new VBox(2);
    private HBox brand;

    public SidebarView(ShellModel shell) {
        this.shell = shell;
        setId("sidebar");
        getStyleClass().add("sidebar");
        setPrefWidth(264);
        setMinWidth(200);

        Label mark = new Label("◆");
        mark.getStyleClass().add("brand-mark");
        Label name = new Label("Quarterdeck");
        name.getStyleClass().add(Styles.TITLE_4);
        Region brandSpacer = new Region();
        HBox.setHgrow(brandSpacer, Priority.ALWAYS);
        HBox brand = new HBox(8, mark, name, brandSpacer);
        brand.setAlignment(Pos.CENTER_LEFT);
        brand.getStyleClass().add("brand");
        this.brand = brand;

        ToggleButton projectsHeading = navButton(Route.of(Section.PROJECTS), "PROJECTS", null, "All projects");
        // a digit next to the heading would read as a project count; the tooltip names the shortcut
        ((HBox) projectsHeading.getGraphic()).getChildren().removeIf(n -> n.getStyleClass().contains("shortcut"));
        projectsHeading.getStyleClass().setAll("toggle-button", "nav-item", "nav-heading");
        projectsHeading.setId("nav-projects");

        ScrollPane projectScroll = new ScrollPane(projectList);
        projectScroll.setFitToWidth(true);
        projectScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        projectScroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(projectScroll, Priority.ALWAYS);

        getChildren().addAll(brand,
                navButton(Route.of(Section.FOCUS), "Focus", Material2MZ.STAR_OUTLINE, null),
                withInboxBadge(navButton(Route.of(Section.INBOX), "Inbox", Material2AL.INBOX, null)),
                navButton(Route.of(Section.GRAPH), "Graph", Material2AL.ACCOUNT_TREE, null),
                withBriefingBadge(navButton(Route.of(Section.BRIEFING), "Briefing", Material2AL.ARTICLE,
                        "Today's briefing")),
                navButton(Route.of(Section.ASK), "Ask", Material2AL.FORUM, "Ask Quarterdeck"),
                projectsHeading, projectScroll,
                navButton(Route.of(Section.CONNECTORS), "Connectors", Material2MZ.SYNC_ALT, null),
                navButton(Route.of(Section.SETTINGS), "Settings", Material2MZ.SETTINGS, null));

        shell.projects().addListener((ListChangeListener<SidebarProject>) change -> rebuildProjects());
        shell.routeProperty().addListener((obs, old, route) -> syncSelection());
        rebuildProjects();
    }

    private ToggleButton navButton(Route route, String title, Ikon ikon, String description) {
        Section section = route.section();
        Label text = new Label(title);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // written out as a key, so it cannot be read as a count
        Label shortcut = new Label(section.shortcutText());
        shortcut.getStyleClass().add("shortcut");
        HBox content = ikon == null ? new HBox(8, text, spacer, shortcut)
                : new HBox(8, Icons.of(ikon), text, spacer, shortcut);
        content.setAlignment(Pos.CENTER_LEFT);

        ToggleButton button = new ToggleButton(null, content);
        button.setId("nav-" + section.name().toLowerCase(Locale.ROOT));
        button.getStyleClass().add("nav-item");
        button.setMaxWidth(Double.MAX_VALUE);
        content.prefWidthProperty().bind(button.widthProperty().subtract(16));
        String tip = (description == null ? title : description) + " (" + section.shortcutText() + ")";
        Hints.install(button, tip);
        button.setAccessibleText(tip);
        button.setOnAction(e -> {
            shell.navigate(route);
            syncSelection();
        });
        entries.add(new Entry(button, route));
        button.setSelected(route.equals(shell.route()));
        return button;
    }

    /** Puts the count of waiting proposals before the shortcut digit; hidden at zero. */
    private ToggleButton withInboxBadge(ToggleButton inbox) {
        Label badge = new Label();
        badge.setId("inbox-badge");
        badge.getStyleClass().add("count-badge");
        badge.textProperty().bind(shell.inboxCountProperty().asString());
        badge.visibleProperty().bind(shell.inboxCountProperty().greaterThan(0));
        badge.managedProperty().bind(badge.visibleProperty());
        HBox content = (HBox) inbox.getGraphic();
        content.getChildren().add(content.getChildren().size() - 1, badge);
        shell.inboxCountProperty().addListener((obs, old, count) -> inbox.setAccessibleText(
                "Inbox, " + count + " proposals waiting (" + Section.INBOX.shortcutText() + ")"));
        return inbox;
    }

    /** A "new" mark on Briefing while a scheduled briefing waits unread (the window-only notice). */
    private ToggleButton withBriefingBadge(ToggleButton briefing) {
        Label badge = new Label("new");
        badge.setId("briefing-badge");
        badge.getStyleClass().add("count-badge");
        badge.visibleProperty().bind(shell.newBriefingProperty().isNotEmpty());
        badge.managedProperty().bind(badge.visibleProperty());
        HBox content = (HBox) briefing.getGraphic();
        content.getChildren().add(content.getChildren().size() - 1, badge);
        shell.newBriefingProperty().addListener((obs, old, title) -> briefing.setAccessibleText(title.isEmpty()
                ? "Today's briefing (" + Section.BRIEFING.shortcutText() + ")"
                : "Briefing, new: " + title + " (" + Section.BRIEFING.shortcutText() + ")"));
        return briefing;
    }

    /** A control at the end of the brand row (the File menu). */
    void addBrandAction(Node action) {
        brand.getChildren().add(action);
    }

    private void rebuildProjects() {
        entries.removeIf(entry -> entry.route().isProjectPage());
        List<Node> items = new ArrayList<>();
        for (SidebarProject project : shell.projects()) {
            items.add(projectButton(project));
        }
        if (items.isEmpty()) {
            Label none = new Label("No projects yet");
            none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            none.setPadding(new Insets(4, 8, 4, 12));
            none.visibleProperty().bind(shell.phaseProperty().isEqualTo(ShellPhase.READY));
            items.add(none);
        }
        projectList.getChildren().setAll(items);
        syncSelection();
    }

    private ToggleButton projectButton(SidebarProject project) {
        HealthDot dot = new HealthDot(project.healthLevel(), project.healthReasons());
        Label name = new Label(project.name());
        name.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label code = new Label(project.code());
        code.getStyleClass().add("project-code");
        code.setMinWidth(Region.USE_PREF_SIZE);
        HBox content = new HBox(8, dot, name, spacer, code);
        content.setAlignment(Pos.CENTER_LEFT);

        ToggleButton button = new ToggleButton(null, content);
        button.getStyleClass().addAll("nav-item", "project-item");
        button.setId("nav-project-" + project.code());
        button.setMaxWidth(Double.MAX_VALUE);
        content.prefWidthProperty().bind(button.widthProperty().subtract(20));
        String health = HealthDot.describe(project.healthLevel(), project.healthReasons());
        Hints.install(button, project.name() + " (" + project.code() + ")\n" + health);
        button.setAccessibleText(project.name() + ", " + health);
        Route route = Route.project(project.id());
        button.setOnAction(e -> {
            shell.navigate(route);
            syncSelection();
        });
        entries.add(new Entry(button, route));
        return button;
    }

    private void syncSelection() {
        Route current = shell.route();
        for (Entry entry : entries) {
            entry.button().setSelected(entry.route().equals(current));
        }
    }
}
