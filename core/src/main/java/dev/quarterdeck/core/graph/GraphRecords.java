package dev.quarterdeck.core.graph;

import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import java.util.List;

/** The records a task graph is built from, as read from the store (one query per table). */
public record GraphRecords(List<Project> projects, List<Task> tasks, List<TaskLink> links,
        List<Milestone> milestones, List<MilestoneTask> milestoneTasks, List<SourceItem> sourceItems) {

    public GraphRecords {
        projects = List.copyOf(projects);
        tasks = List.copyOf(tasks);
        links = List.copyOf(links);
        milestones = List.copyOf(milestones);
        milestoneTasks = List.copyOf(milestoneTasks);
        sourceItems = List.copyOf(sourceItems);
    }
}
