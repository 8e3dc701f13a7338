package dev.quarterdeck.app.cli;

import dev.quarterdeck.core.portability.ConflictPolicy;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns the data options of a command line into at most one {@link DataCommand}, checking how they combine. */
final class DataCommands {

    private static final Set<Option> COMMANDS = EnumSet.of(Option.EXPORT, Option.IMPORT, Option.BACKUP,
            Option.RESTORE);

    private DataCommands() {
    }

    static Optional<DataCommand> parse(Map<Option, String> given) throws UsageException {
        Set<Option> commands = EnumSet.noneOf(Option.class);
        commands.addAll(given.keySet());
        commands.retainAll(COMMANDS);
        if (commands.size() > 1) {
            throw new UsageException("choose one of " + commands.stream().map(Option::flag)
                    .collect(Collectors.joining(", ")));
        }
        Option command = commands.isEmpty() ? null : commands.iterator().next();
        requireWith(given, Option.OUT, command, Option.EXPORT);
        requireWith(given, Option.PROJECT, command, Option.EXPORT, Option.IMPORT);
        requireWith(given, Option.MERGE, command, Option.IMPORT);
        requireWith(given, Option.SKIP_CONFLICTS, command, Option.IMPORT);
        if (command == null) {
            return Optional.empty();
        }
        Optional<String> project = Optional.ofNullable(given.get(Option.PROJECT));
        switch (command) {
            case EXPORT:
                if (!given.containsKey(Option.OUT)) {
                    throw new UsageException("--export needs --out PATH");
                }
                return Optional.of(new DataCommand.Export(format(given.get(Option.EXPORT)),
                        path(Option.OUT, given.get(Option.OUT)), project));
            case IMPORT:
                if (given.containsKey(Option.MERGE) && given.containsKey(Option.SKIP_CONFLICTS)) {
                    throw new UsageException("choose one of --merge and --skip-conflicts");
                }
                ConflictPolicy policy = given.containsKey(Option.MERGE) ? ConflictPolicy.MERGE
                        : given.containsKey(Option.SKIP_CONFLICTS) ? ConflictPolicy.SKIP_CONFLICTS : ConflictPolicy.ASK;
                return Optional.of(new DataCommand.Import(path(Option.IMPORT, given.get(Option.IMPORT)), policy,
                        project));
            case BACKUP:
                return Optional.of(new DataCommand.Backup());
            case RESTORE:
                return Optional.of(new DataCommand.Restore(path(Option.RESTORE, given.get(Option.RESTORE))));
            default:
                throw new IllegalStateException("unhandled command " + command);
        }
    }

    private static void requireWith(Map<Option, String> given, Option option, Option command, Option... allowed)
            throws UsageException {
        if (!given.containsKey(option)) {
            return;
        }
        for (Option candidate : allowed) {
            if (candidate == command) {
                return;
            }
        }
        throw new UsageException(option.flag() + " only works with " + java.util.Arrays.stream(allowed)
                .map(Option::flag).collect(Collectors.joining(" or ")));
    }

    private static DataCommand.Format format(String value) throws UsageException {
        try {
            return DataCommand.Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--export: '" + value + "' is not a format; use json or csv");
        }
    }

    private static Path path(Option option, String value) throws UsageException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(option.flag() + ": '" + value + "' is not a valid path");
        }
    }
}
