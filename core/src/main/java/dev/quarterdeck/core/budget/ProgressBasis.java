package dev.quarterdeck.core.budget;

import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.Duration;
import java.util.Collection;
import java.util.UUID;

/**
 * What a project's percent complete is measured on, for earned value. Cancelled tasks and milestones are left out of
 * both sides: their work will never be earned, and it is not work remaining either. With nothing to count the share
 * is 0 of 0: 0 % complete, which {@link EarnedValue} treats as progress unknown.
 */
public enum ProgressBasis {

    /**
     * Done effort ÷ all effort: the estimates of the DONE tasks over the estimates of all tasks that are not
     * cancelled. A task without an estimate counts one hour. Measured in seconds, so 20-minute tasks stay exact.
     */
    TASK_EFFORT {
        @Override
        public Share completion(UUID projectId, Collection<Task> tasks, Collection<Milestone> milestones) {
            Require.present(tasks, "tasks");
            long done = 0;
            long all = 0;
            for (Task task : tasks) {
                if (!projectId.equals(task.projectId()) || task.status() == TaskStatus.CANCELLED) {
                    continue;
                }
                long effort = (task.estimate() == null ? UNESTIMATED : task.estimate()).toSeconds();
                all += effort;
                if (task.status() == TaskStatus.DONE) {
                    done += effort;
                }
            }
            return new Share(done, all);
        }
    },

    /** DONE milestones ÷ all milestones that are not cancelled, each counting the same. */
    MILESTONES {
        @Override
        public Share completion(UUID projectId, Collection<Task> tasks, Collection<Milestone> milestones) {
            Require.present(milestones, "milestones");
            long done = 0;
            long all = 0;
            for (Milestone milestone : milestones) {
                if (!projectId.equals(milestone.projectId()) || milestone.status() == MilestoneStatus.CANCELLED) {
                    continue;
                }
                all++;
                if (milestone.status() == MilestoneStatus.DONE) {
                    done++;
                }
            }
            return new Share(done, all);
        }
    };

    /** The effort counted for a task that has no estimate. */
    public static final Duration UNESTIMATED = Duration.ofHours(1);

    /** The project's completion on this basis; records of other projects are ignored. */
    public abstract Share completion(UUID projectId, Collection<Task> tasks, Collection<Milestone> milestones);
}
