package dev.quarterdeck.app.cli;

import dev.quarterdeck.app.teamdb.DatabaseUrl;
import dev.quarterdeck.core.briefing.BriefingKind;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses Quarterdeck's command line. Pure: no file system, no environment. Options take their value either as
 * the next argument ({@code --data-dir /x}) or after an equals sign ({@code --data-dir=/x}); the latter is the
 * way to pass a value that itself starts with {@code --}.
 */
public final class CommandLine {

    private CommandLine() {
    }

    public static Arguments parse(List<String> args) throws UsageException {
        Map<Option, String> given = new EnumMap<>(Option.class);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-") || arg.equals("-") || arg.equals("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            int equals = arg.indexOf('=');
            String flag = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            Option option = Option.byFlag(flag)
                    .orElseThrow(() -> new UsageException("unknown option " + flag));
            String value;
            if (!option.takesValue()) {
                if (equals > 0 && flag.length() < arg.length()) {
                    throw new UsageException(flag + " takes no value");
                }
                value = "";
            } else if (flag.length() < arg.length()) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                value = args.get(++i);
            } else {
                value = "";
            }
            if (option.takesValue() && value.isBlank() && !option.valueOptional()) {
                throw new UsageException(flag + " needs a value: " + flag + " " + option.valueName().orElseThrow());
            }
            if (given.put(option, value) != null) {
                throw new UsageException(flag + " given more than once");
            }
        }
        Optional<Path> dataDir = given.containsKey(Option.DATA_DIR)
                ? Optional.of(toPath("--data-dir", given.get(Option.DATA_DIR)))
                : Optional.empty();
        Optional<DatabaseUrl> database = given.containsKey(Option.DB)
                ? Optional.of(toDatabaseUrl(given.get(Option.DB)))
                : Optional.empty();
        Optional<BriefingKind> briefing = given.containsKey(Option.BRIEFING)
                ? Optional.of(toBriefingKind(given.get(Option.BRIEFING)))
                : Optional.empty();
        Arguments arguments = new Arguments(
                given.containsKey(Option.HELP),
                given.containsKey(Option.VERSION),
                dataDir,
                database,
                given.containsKey(Option.DEMO),
                given.containsKey(Option.EXIT),
                given.containsKey(Option.STARTUP_REPORT),
                briefing,
                DataCommands.parse(given),
                given.containsKey(Option.INGEST) ? Optional.of(toPath("--ingest", given.get(Option.INGEST))) : Optional.empty(),
                given.containsKey(Option.SYNC));
        if (briefing.isPresent() && arguments.startupReport()) {
            throw new UsageException("--briefing prints without a window, so it cannot be combined with --startup-report");
        }
        if (arguments.command().isPresent() && arguments.startupReport()) {
            throw new UsageException("--startup-report measures the window; it cannot be combined with a data command");
        }
        if (briefing.isPresent() && arguments.command().isPresent()) {
            throw new UsageException("--briefing cannot be combined with a data command; run them one after the other");
        }
        if (arguments.startupReport() && (arguments.ingestFile().isPresent() || arguments.sync())) {
            throw new UsageException("--ingest and --sync run without a window, so they cannot be combined with "
                    + "--startup-report");
        }
        if (arguments.exit() && arguments.startupReport()) {
            throw new UsageException("--startup-report measures the window, so it cannot be combined with --exit");
        }
        return arguments;
    }

    private static BriefingKind toBriefingKind(String value) throws UsageException {
        if (value.isBlank()) {
            return BriefingKind.MORNING;
        }
        try {
            return BriefingKind.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--briefing: '" + value + "' is not one of morning, midday, evening, weekly");
        }
    }

    private static Path toPath(String flag, String value) throws UsageException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(flag + ": '" + value + "' is not a valid path");
        }
    }

    private static DatabaseUrl toDatabaseUrl(String value) throws UsageException {
        try {
            return DatabaseUrl.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--db: " + e.getMessage());
        }
    }
}
