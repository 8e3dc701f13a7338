package dev.quarterdeck.packaging.bench;

import dev.quarterdeck.core.agent.SyntheticWorkspace;
import dev.quarterdeck.core.portability.JsonExporter;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Writes the workspace of the packaged benchmark as a JSON export, for the app's {@code --import}: core's
 * synthetic benchmark workspace (projects with blocking chains, milestones, risks, stakeholders, budgets and
 * source items) dated relative to today. Usage: {@code BenchWorkspace OUT.json [TASKS]}: default 10,000 tasks in
 * 20 projects; 500 tasks a project up to 20 projects, at least 150 tasks.
 */
public final class BenchWorkspace {

    private static final int MAX_PROJECTS = 20;
    private static final int TASKS_PER_PROJECT = 500;
    /** Fewer give a project's milestones the same task twice, which the import rightly refuses. */
    private static final int MIN_TASKS_PER_PROJECT = 150;

    private BenchWorkspace() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: BenchWorkspace OUT.json [TASKS]");
        }
        Path out = Path.of(args[0]);
        int tasks = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        if (tasks < MIN_TASKS_PER_PROJECT) {
            throw new IllegalArgumentException("at least " + MIN_TASKS_PER_PROJECT + " tasks, not " + tasks);
        }
        int projects = Math.max(1, Math.min(MAX_PROJECTS, tasks / TASKS_PER_PROJECT));
        WorkspaceSnapshot workspace = SyntheticWorkspace.create(projects, tasks / projects, LocalDate.now(),
                ZoneId.systemDefault(), 42);
        try (OutputStream stream = Files.newOutputStream(out)) {
            new JsonExporter().write(workspace, Instant.now(), stream);
        }
    }
}
