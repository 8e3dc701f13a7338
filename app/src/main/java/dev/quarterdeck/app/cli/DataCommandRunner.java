package dev.quarterdeck.app.cli;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.core.backup.Backups;
import dev.quarterdeck.core.portability.ExportTarget;
import dev.quarterdeck.core.portability.ImportProblem;
import dev.quarterdeck.core.portability.StoreExport;
import dev.quarterdeck.core.portability.StoreImport;
import dev.quarterdeck.core.portability.StoreImportSummary;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Clock;

/**
 * Runs a {@link DataCommand} on the store of a launch: success prints one line on stdout and returns
 * {@link Cli#OK}; a refused import prints every problem on stderr ({@code quarterdeck: FILE: line 3 …}) and a
 * last line that says nothing was imported, then returns {@link Cli#FAILURE}.
 */
final class DataCommandRunner {

    private final HostEnvironment host;
    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;

    DataCommandRunner(HostEnvironment host, Clock clock, PrintStream out, PrintStream err) {
        this.host = host;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    int run(DataCommand command, LaunchOptions options) throws Exception {
        StoreConfig config = StoreSetup.storeConfig(options, host);
        if (command instanceof DataCommand.Import i && !Files.isRegularFile(i.file())) {
            throw new NoSuchFileException(i.file() + " (no such file)");
        }
        if (command instanceof DataCommand.Restore r) {
            Backups.checkIsBackup(r.file());
        }
        Store store = Store.open(config, clock);
        try {
            if (command instanceof DataCommand.Export export) {
                return export(store, export);
            }
            if (command instanceof DataCommand.Import in) {
                return importFile(store, in);
            }
            if (command instanceof DataCommand.Backup) {
                Backups.Backup backup = new Backups(options.dataDir(), clock).backUp(store);
                out.println("Backup written: " + backup.file() + " (" + backup.sizeBytes() / 1024 + " KiB)");
                return Cli.OK;
            }
            DataCommand.Restore restore = (DataCommand.Restore) command;
            Store restored;
            try {
                restored = new Backups(options.dataDir(), clock).restore(store, restore.file(),
                        c -> Store.open(c, clock));
            } catch (Backups.RestoreFailed e) {
                store = e.reopened();
                throw e;
            }
            store = restored;
            out.println("Restored " + restore.file() + "; the state before it is in "
                    + new Backups(options.dataDir(), clock).folder());
            return Cli.OK;
        } finally {
            store.close();
        }
    }

    private int export(Store store, DataCommand.Export command) throws IOException {
        ExportTarget target = command.format() == DataCommand.Format.JSON ? ExportTarget.JSON
                : ExportTarget.csvFor(command.out());
        if (command.projectCode().isPresent()
                && store.projects().list().stream().noneMatch(p -> p.code().equals(command.projectCode().get()))) {
            err.println(Cli.PROGRAM + ": no project with code " + command.projectCode().get());
            return Cli.FAILURE;
        }
        StoreExport.Summary summary = new StoreExport(store, clock).export(target, command.out(),
                command.projectCode());
        out.println(summary.describe());
        return Cli.OK;
    }

    private int importFile(Store store, DataCommand.Import command) throws IOException {
        StoreImportSummary summary = new StoreImport(store, clock).importFile(command.file(), command.policy(),
                command.projectCode());
        String name = command.file().getFileName().toString();
        if (!summary.succeeded()) {
            for (ImportProblem problem : summary.problems()) {
                err.println(Cli.PROGRAM + ": " + name + ": " + problem.describe().replaceAll("\\R", " "));
            }
            int count = summary.problems().size();
            err.println(Cli.PROGRAM + ": nothing imported from " + name + ": " + count
                    + (count == 1 ? " problem" : " problems")
                    + (summary.problems().get(0).message().startsWith("the store is not empty")
                            ? " (use --merge or --skip-conflicts)" : ""));
            return Cli.FAILURE;
        }
        for (ImportProblem note : summary.notes()) {
            err.println(Cli.PROGRAM + ": note: " + name + ": " + note.describe());
        }
        out.println("Imported " + name + ": " + summary.describe());
        return Cli.OK;
    }
}
