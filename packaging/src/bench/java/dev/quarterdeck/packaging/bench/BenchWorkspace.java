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
 * source items) dated relative to today. Usage: {@code BenchWorkspace OUT.json [TASKS]} (default 10,000 tasks,
 * 20 projects).
 */
public final class BenchWorkspace {

    private static final int PROJECTS = 20;

    private BenchWorkspace() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: BenchWorkspace OUT.json [TASKS]");
        }
        Path out = Path.of(args[0]);
        int tasks = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        WorkspaceSnapshot workspace = SyntheticWorkspace.create(PROJECTS, Math.max(1, tasks / PROJECTS),
                LocalDate.now(), ZoneId.systemDefault(), 42);
        try (OutputStream stream = Files.newOutputStream(out)) {
            new JsonExporter().write(workspace, Instant.now(), stream);
        }
    }
}
