package dev.quarterdeck.core.store;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.common.Ids;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.LinkOrigin;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The child process of {@link CrashTest}: writes tasks until it is killed. Each transaction inserts a task,
 * links the previous task to it and updates the previous task, so a torn transaction would show up as a
 * dangling link or a half-applied change. "COMMITTED id" is printed only after {@code store.write} returned.
 * Arguments: the data folder, and optionally a number of commits after which to stop (a warm-up run).
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        try (Store store = Store.open(StoreConfig.h2File(Path.of(args[0])))) {
            out.println("OPEN");
            out.flush();
            long limit = args.length > 1 ? Long.parseLong(args[1]) : Long.MAX_VALUE;
            Task previous = null;
            for (long i = 0; i < limit; i++) {
                Instant now = Instant.now();
                Task task = Task.create(Ids.newId(), null, "Crash task " + i, Horizon.TODAY, null, now);
                Task before = previous;
                previous = store.write(Actor.system("crash-test"), tx -> {
                    tx.insert(task);
                    if (before != null) {
                        tx.insert(new TaskLink(Ids.newId(), before.id(), task.id(), LinkKind.BLOCKS, LinkOrigin.USER,
                                now));
                        tx.update(before.withScore(before.score() + 1));
                    }
                    return task;
                });
                out.println("COMMITTED " + task.id());
                out.flush();
            }
        }
    }
}
