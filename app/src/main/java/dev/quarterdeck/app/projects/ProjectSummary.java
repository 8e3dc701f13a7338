package dev.quarterdeck.app.projects;

import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.project.Health;
import dev.quarterdeck.core.project.Project;
import java.util.Optional;

/**
 * A project as the portfolio and the sidebar list it.
 *
 * @param openTasks     tasks not done or cancelled
 * @param overdueTasks  open tasks past their due date
 * @param nextMilestone the earliest milestone still planned or in progress, if any
 */
public record ProjectSummary(Project project, Health health, int openTasks, int overdueTasks,
        Optional<Milestone> nextMilestone) {
}
