package dev.quarterdeck.app.projects;

import dev.quarterdeck.app.projects.activity.ActivityTab;
import dev.quarterdeck.app.projects.budget.BudgetTab;
import dev.quarterdeck.app.projects.documents.DocumentsTab;
import dev.quarterdeck.app.projects.milestones.MilestonesTab;
import dev.quarterdeck.app.projects.risks.RisksTab;
import dev.quarterdeck.app.projects.stakeholders.StakeholdersTab;
import dev.quarterdeck.app.projects.tasks.ProjectTasksTab;
import javafx.scene.Node;

/**
 * Where each project-page tab's content comes from: one line per tab. A register tab is a class with a
 * constructor {@code (ProjectTabContext)} and {@code Node view()}; wire it here.
 */
final class ProjectTabs {

    private ProjectTabs() {
    }

    /**
     * @param page the page's loaded state (the Overview and the interim register views draw from it)
     */
    static Node create(ProjectTab tab, ProjectTabContext context, ProjectPageModel page) {
        ProjectPage loaded = page.pageProperty().get();
        return switch (tab) {
            case OVERVIEW -> new OverviewTab(loaded, page.activityProperty().get(), context.clock().getZone()).view();
            case TASKS -> new ProjectTasksTab(context, loaded == null ? null : loaded.tasks()).view();
            case RISKS -> new RisksTab(context).view();
            case BUDGET -> new BudgetTab(context).view();
            case MILESTONES -> new MilestonesTab(context).view();
            case STAKEHOLDERS -> new StakeholdersTab(context).view();
            case DOCUMENTS -> new DocumentsTab(context, null, page.agentModel()).view();
            case ACTIVITY -> new ActivityTab(context).view();
        };
    }

    /** Tabs that draw from the page's loaded state and are rebuilt when it reloads. */
    static boolean followsPage(ProjectTab tab) {
        return tab == ProjectTab.OVERVIEW;
    }
}
