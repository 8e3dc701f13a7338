package dev.quarterdeck.app.cli;

import dev.quarterdeck.app.teamdb.DatabaseUrl;
import dev.quarterdeck.core.briefing.BriefingKind;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A parsed, syntactically valid command line. Nothing here has touched the file system or the environment.
 *
 * @param dataDir  the {@code --data-dir} value as given (may be relative)
 * @param database the {@code --db} URL, already checked for shape
 * @param briefing the {@code --briefing} kind (morning when given without one)
 * @param command  a headless data command (export, import, backup, restore)
 */
public record Arguments(
        boolean help,
        boolean version,
        Optional<Path> dataDir,
        Optional<DatabaseUrl> database,
        boolean demo,
        boolean exit,
        boolean startupReport,
        Optional<BriefingKind> briefing,
        Optional<DataCommand> command,
        Optional<Path> ingestFile,
        boolean sync) {

    /** What the launcher does with these arguments. */
    public enum Mode {
        /** Print the help. Wins over everything else. */
        HELP,
        /** Print the version. */
        VERSION,
        /** Work on the store without a window, then exit ({@code --exit}). */
        HEADLESS,
        /** Run the connector commands without a window ({@code --ingest}, {@code --sync}), then exit. */
        CONNECTORS,
        /** Open the window (or bring the running one to the front). */
        WINDOW,
        /** Print a briefing without a window ({@code --briefing}), then exit. */
        BRIEFING,
        /** Run a data command ({@code --export}, {@code --import}, {@code --backup}, {@code --restore}), then exit. */
        COMMAND
    }

    public Arguments {
        if (dataDir == null || database == null || briefing == null || command == null || ingestFile == null) {
            throw new IllegalArgumentException("use Optional.empty(), not null");
        }
    }

    public Mode mode() {
        if (help) {
            return Mode.HELP;
        }
        if (version) {
            return Mode.VERSION;
        }
        if (briefing.isPresent()) {
            return Mode.BRIEFING;
        }
        if (command.isPresent()) {
            return Mode.COMMAND;
        }
        if (ingestFile.isPresent() || sync) {
            return Mode.CONNECTORS;
        }
        return exit ? Mode.HEADLESS : Mode.WINDOW;
    }
}
