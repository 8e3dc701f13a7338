package dev.quarterdeck.core.portability;

import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import java.util.List;

/**
 * The tasks of a valid task CSV, ready to store in one transaction: the tasks in file order, PARENT links from
 * indent levels or parent columns, and notes about things that were read but could not be kept (such as a parent
 * that is not in the file), which do not stop the import.
 */
public record CsvTasks(List<Task> tasks, List<TaskLink> links, List<ImportProblem> notes) {

    public CsvTasks {
        tasks = List.copyOf(tasks);
        links = List.copyOf(links);
        notes = List.copyOf(notes);
    }
}
