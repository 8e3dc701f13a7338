package dev.quarterdeck.app.projects;

/** The tabs of a project page, in their order. */
public enum ProjectTab {
    OVERVIEW("Overview"),
    TASKS("Tasks"),
    RISKS("Risks"),
    BUDGET("Budget"),
    MILESTONES("Milestones"),
    STAKEHOLDERS("Stakeholders"),
    DOCUMENTS("Documents"),
    ACTIVITY("Activity");

    private final String title;

    ProjectTab(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Node id of the tab's content, e.g. "project-tab-risks". */
    public String nodeId() {
        return "project-tab-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
