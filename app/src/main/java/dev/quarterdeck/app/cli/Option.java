package dev.quarterdeck.app.cli;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every command-line option. Users script against these names: add new ones, never rename. The help text is
 * generated from this list, so an option cannot exist without being documented.
 */
public enum Option {
    DATA_DIR("--data-dir", "DIR",
            "Use DIR as the data folder (settings, H2 database, logs). Overrides QUARTERDECK_DATA."),
    DB("--db", "URL",
            "Team mode: use the PostgreSQL database at URL (jdbc:postgresql://host[:port]/database[?params]). "
                    + "User and password come from QUARTERDECK_DB_USER and QUARTERDECK_DB_PASSWORD, "
                    + "else from the URL's user= and password= parameters, else the login name and no password."),
    DEMO("--demo", null,
            "Create the demo workspace if the store is empty, then open the window (or exit, with --exit)."),
    EXIT("--exit", null,
            "Do not open the window: open (create or migrate) the store, do the --demo work if asked, "
                    + "print one summary line and exit."),
    STARTUP_REPORT("--startup-report", null,
            "Print 'startup-ms: N' once the window shows data, then exit."),
    BRIEFING("--briefing", "[morning|midday|evening|weekly]",
            "Do not open the window: print a briefing of the workspace as Markdown (morning when no kind is given) "
                    + "and exit; written by the language model from the rules' facts when AI is on, by rules "
                    + "otherwise, and its header says which. With --demo, an empty store gets the demo workspace "
                    + "first."),
    EXPORT("--export", "FORMAT",
            "Export the workspace without opening the window: FORMAT is json (one document) or csv (one file per "
                    + "table, in a folder, or in a zip when --out ends with .zip). Needs --out. Secrets are never "
                    + "exported."),
    OUT("--out", "PATH",
            "Where --export writes (a file for json, a folder or .zip for csv); an existing file is replaced."),
    PROJECT("--project", "CODE",
            "With --export: export only the project CODE. With --import of a task CSV: rows without a project "
                    + "go to CODE."),
    IMPORT("--import", "PATH",
            "Import a JSON export or a task CSV (Todoist, Jira or any spreadsheet with a title column) without "
                    + "opening the window. All or nothing: every bad row is printed and nothing is imported."),
    MERGE("--merge", null,
            "With --import into a store that is not empty: records in the file replace stored ones with the "
                    + "same ID."),
    SKIP_CONFLICTS("--skip-conflicts", null,
            "With --import into a store that is not empty: stored records win; records of the file that are "
                    + "already stored (same ID or same code) are left out."),
    BACKUP("--backup", null,
            "Back up the H2 store now into <data folder>/backups (the newest 7 are kept), then exit."),
    RESTORE("--restore", "FILE",
            "Replace the workspace with the backup FILE (the current state is backed up first), then exit."),
    VERSION("--version", null,
            "Print 'Quarterdeck <version>' and exit."),
    HELP("--help", null,
            "Print this help and exit."),
    INGEST("--ingest", "FILE",
            "Import work items from a JSON or CSV file (format: docs/source-items.md) without opening the window; "
                    + "prints the created/updated/linked counts. A malformed file is refused with its line and "
                    + "reason, and changes nothing."),
    SYNC("--sync", null,
            "Sync every connected account without opening the window and print one line per account.");

    private final String flag;
    private final String valueName;
    private final String description;

    Option(String flag, String valueName, String description) {
        this.flag = flag;
        this.valueName = valueName;
        this.description = description;
    }

    public String flag() {
        return flag;
    }

    /** The placeholder shown in the help, present only for options that take a value. */
    public Optional<String> valueName() {
        return Optional.ofNullable(valueName);
    }

    public boolean takesValue() {
        return valueName != null;
    }

    /** True for an option whose value may be left out ({@code --briefing} alone means the morning briefing). */
    public boolean valueOptional() {
        return valueName != null && valueName.startsWith("[");
    }

    public String description() {
        return description;
    }

    static Optional<Option> byFlag(String flag) {
        if ("-h".equals(flag)) {
            return Optional.of(HELP);
        }
        return Arrays.stream(values()).filter(option -> option.flag.equals(flag)).findFirst();
    }
}
