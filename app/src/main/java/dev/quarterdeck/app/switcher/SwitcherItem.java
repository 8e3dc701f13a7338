package dev.quarterdeck.app.switcher;

import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.Task;
import java.util.UUID;

/**
 * One hit of the quick switcher.
 *
 * @param kind      a project or a task
 * @param id        the project's or task's id
 * @param title     the project's name or the task's title
 * @param detail    the project code, or the code of the task's project ("no project" for inbox tasks)
 * @param projectId the project to open: the project itself, the task's project, or null for a task without one
 */
public record SwitcherItem(Kind kind, UUID id, String title, String detail, UUID projectId) {

    public enum Kind {
        PROJECT, TASK
    }

    public static SwitcherItem of(Project project) {
        return new SwitcherItem(Kind.PROJECT, project.id(), project.name(), project.code(), project.id());
    }

    public static SwitcherItem of(Task task, String projectCode) {
        return new SwitcherItem(Kind.TASK, task.id(), task.title(), projectCode == null ? "no project" : projectCode,
                task.projectId());
    }
}
