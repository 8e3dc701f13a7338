package dev.quarterdeck.app.switcher;

import dev.quarterdeck.core.task.Task;
import java.util.List;

/** Full-text task lookup for the switcher; in the app this is {@code store.tasks().search}. */
@FunctionalInterface
public interface TaskSearch {

    List<Task> search(String text, int limit);
}
