package dev.quarterdeck.app.shell;

import dev.quarterdeck.app.focus.FocusBoard;
import dev.quarterdeck.app.focus.FocusQuery;
import dev.quarterdeck.app.projects.ProjectSummary;
import dev.quarterdeck.app.projects.WorkspaceRecords;
import dev.quarterdeck.core.project.Health;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.task.Task;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Everything the window needs to show its first real frame, read in one background job. */
public record WorkspaceData(List<ProjectSummary> portfolio, FocusBoard focus, int openTasks) {

    public static WorkspaceData load(Store store, Clock clock) {
        WorkspaceRecords records = WorkspaceRecords.read(store);
        List<ProjectSummary> portfolio = records.portfolio(LocalDate.now(clock));
        int red = countOpen(portfolio, Health.Level.RED);
        int amber = countOpen(portfolio, Health.Level.AMBER);
        FocusBoard focus = new FocusQuery(store, clock).load(records.tasks(), codes(portfolio), red, amber);
        int open = (int) records.tasks().stream().filter(Task::isOpen).count();
        return new WorkspaceData(portfolio, focus, open);
    }

    private static int countOpen(List<ProjectSummary> portfolio, Health.Level level) {
        return (int) portfolio.stream()
                .filter(p -> p.project().status().isOpen() && p.health().level() == level).count();
    }

    public List<Project> projects() {
        return portfolio.stream().map(ProjectSummary::project).toList();
    }

    public Map<UUID, String> projectCodes() {
        return codes(portfolio);
    }

    private static Map<UUID, String> codes(List<ProjectSummary> portfolio) {
        return portfolio.stream().collect(Collectors.toUnmodifiableMap(p -> p.project().id(), p -> p.project().code()));
    }

    public List<SidebarProject> sidebar() {
        return portfolio.stream().map(p -> new SidebarProject(p.project().id(), p.project().code(),
                p.project().name(), p.health().level().name(), p.health().reasons())).toList();
    }

    /** "5 projects · 58 open tasks" for the status bar. */
    public String counts() {
        int projects = portfolio.size();
        return projects + (projects == 1 ? " project" : " projects") + " · " + openTasks
                + (openTasks == 1 ? " open task" : " open tasks");
    }
}
