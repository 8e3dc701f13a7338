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
