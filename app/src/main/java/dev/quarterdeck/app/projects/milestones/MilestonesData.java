package dev.quarterdeck.app.projects.milestones;

import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.store.StoreReader;
import dev.quarterdeck.core.task.Task;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the Milestones tab shows: milestones by due date with their linked tasks, and the project's action items. */
public record MilestonesData(List<MilestoneRow> milestones, List<Task> tasks, List<Task> actionItems) {

    public static MilestonesData read(StoreReader store, UUID projectId, LocalDate today) {
        List<Task> tasks = store.tasks().listByProject(projectId);
        Map<UUID, Task> byId = tasks.stream().collect(Collectors.toMap(Task::id, Function.identity()));
        List<MilestoneRow> rows = store.milestones().listByProject(projectId).stream()
                .sorted(Comparator.comparing(Milestone::due).thenComparing(Milestone::name))
                .map(m -> new MilestoneRow(m, store.milestoneTasks().listByMilestone(m.id()).stream()
                        .map(MilestoneTask::taskId).map(byId::get).filter(Objects::nonNull).toList(), today))
                .toList();
        return new MilestonesData(rows, tasks, actionItems(tasks));
    }

    /** Open tasks with an owner and a due date, soonest first: what someone promised to do by when. */
    public static List<Task> actionItems(List<Task> tasks) {
        return tasks.stream().filter(t -> t.isOpen() && t.owner() != null && t.due() != null)
                .sorted(Comparator.comparing(Task::due).thenComparing(Task::title)).toList();
    }
}
