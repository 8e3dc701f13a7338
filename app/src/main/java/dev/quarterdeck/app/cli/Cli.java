package dev.quarterdeck.app.cli;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.app.connectors.ConnectorCommands;
import dev.quarterdeck.app.diagnostics.FileLogging;
import dev.quarterdeck.app.instance.Claim;
import dev.quarterdeck.app.instance.InstanceRole;
import dev.quarterdeck.app.instance.InstanceServer;
import dev.quarterdeck.app.instance.Knock;
import dev.quarterdeck.app.instance.SingleInstance;
import dev.quarterdeck.app.teamdb.DatabaseUrl;
import dev.quarterdeck.app.teamdb.TeamDatabaseSetting;
import dev.quarterdeck.connectors.secrets.EncryptedFileSecretStore;
import dev.quarterdeck.core.briefing.BriefingKind;
import dev.quarterdeck.core.store.Store;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.LoggerFactory;

/**
 * What {@code quarterdeck [options]} does, as a testable object: parse, resolve the data folder, make sure no
 * other launch holds it, then open the window or run the headless work. Exit codes: {@value #OK} success,
 * {@value #FAILURE} runtime failure, {@value #USAGE} bad command line.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    static final String PROGRAM = "quarterdeck";

    private final HostEnvironment host;
    private final PrintStream out;
    private final PrintStream err;
    private final DesktopWindow window;
    private final HeadlessSetup headless;
    private final Duration instanceTimeout;
    private final Function<BriefingKind, HeadlessSetup> briefing;

    public Cli(HostEnvironment host, PrintStream out, PrintStream err, DesktopWindow window, HeadlessSetup headless,
            Duration instanceTimeout) {
        this(host, out, err, window, headless, instanceTimeout,
                kind -> new BriefingCommand(host, Clock.systemDefaultZone(), kind));
    }

    /** {@code briefing} makes the work of {@code --briefing KIND}; tests pass one with a fixed clock. */
    public Cli(HostEnvironment host, PrintStream out, PrintStream err, DesktopWindow window, HeadlessSetup headless,
            Duration instanceTimeout, Function<BriefingKind, HeadlessSetup> briefing) {
        this.briefing = briefing;
        this.host = host;
        this.out = out;
        this.err = err;
        this.window = window;
        this.headless = headless;
        this.instanceTimeout = instanceTimeout;
    }

    public int run(List<String> args) {
        Arguments arguments;
        try {
            arguments = CommandLine.parse(args);
        } catch (UsageException e) {
            err.println(PROGRAM + ": " + e.getMessage() + " (see --help)");
            return USAGE;
        }
        switch (arguments.mode()) {
            case HELP:
                out.print(HelpText.render());
                return OK;
            case VERSION:
                out.println("Quarterdeck " + Version.current());
                return OK;
            default:
                return start(arguments);
        }
    }

    private int start(Arguments arguments) {
        try {
            Path dataDir = DataFolder.ensureExists(DataFolder.resolve(arguments.dataDir(), host));
            FileLogging.start(dataDir);
            // --db wins over the "Team database" setting; neither means the embedded store
            Optional<String> database = arguments.database().map(DatabaseUrl::url)
                    .or(() -> TeamDatabaseSetting.read(dataDir));
            LaunchOptions options = new LaunchOptions(dataDir, database, arguments.demo(), arguments.startupReport());
            SingleInstance instance = SingleInstance.forDataFolder(dataDir, instanceTimeout);
            if (arguments.mode() == Arguments.Mode.BRIEFING) {
                return runHeadless(instance, options, briefing.apply(arguments.briefing().orElseThrow()));
            }
            if (arguments.mode() == Arguments.Mode.COMMAND) {
                return runCommand(instance, options, arguments.command().orElseThrow());
            }
            if (arguments.mode() == Arguments.Mode.CONNECTORS) {
                return runConnectorCommands(instance, options, arguments);
            }
            return arguments.mode() == Arguments.Mode.HEADLESS
                    ? runHeadless(instance, options, headless)
                    : runWindow(instance, options);
        } catch (Exception e) {
            // INFO, not ERROR: the console shows WARN and up, and the contract is one line on stderr.
            LoggerFactory.getLogger(Cli.class).info("Quarterdeck failed", e);
            err.println(PROGRAM + ": " + oneLine(e));
            return FAILURE;
        }
    }

    private int runWindow(SingleInstance instance, LaunchOptions options) throws Exception {
        Claim claim = instance.claim(Knock.REVEAL, InstanceRole.window(window::reveal));
        if (claim instanceof Claim.HeldElsewhere) {
            Claim.HeldElsewhere elsewhere = (Claim.HeldElsewhere) claim;
            switch (elsewhere.reply()) {
                case REVEALED:
                    out.println("Quarterdeck is already running; brought it to the front.");
                    return OK;
                case ALIVE:
                    out.println("Quarterdeck is already running on " + options.dataDir() + ".");
                    return OK;
                default:
                    err.println(PROGRAM + ": " + inUse(elsewhere, options.dataDir()));
                    return FAILURE;
            }
        }
        InstanceServer server = ((Claim.Acquired) claim).server();
        // The window may end the JVM itself (System.exit); the hook still removes the socket file.
        Thread closeOnExit = new Thread(server::close, "quarterdeck-instance-close");
        Runtime.getRuntime().addShutdownHook(closeOnExit);
        LoggerFactory.getLogger(Cli.class).info("Holding {}; starting the window", server.endpoint());
        try {
            window.launch(options, () -> LoggerFactory.getLogger(Cli.class).info("Window shown"));
        } finally {
            server.close();
            removeHook(closeOnExit);
        }
        return OK;
    }

    private int runHeadless(SingleInstance instance, LaunchOptions options, HeadlessSetup headless)
            throws Exception {
        Claim claim = instance.claim(Knock.PING, InstanceRole.headless());
        if (claim instanceof Claim.HeldElsewhere) {
            err.println(PROGRAM + ": " + inUse((Claim.HeldElsewhere) claim, options.dataDir()));
            return FAILURE;
        }
        InstanceServer server = ((Claim.Acquired) claim).server();
        try {
            out.println(headless.run(options));
        } finally {
            server.close();
        }
        return OK;
    }

    /** {@code --ingest FILE} and/or {@code --sync}: the store opened once, each command prints its own lines. */
    private int runConnectorCommands(SingleInstance instance, LaunchOptions options, Arguments arguments)
            throws Exception {
        Claim claim = instance.claim(Knock.PING, InstanceRole.headless());
        if (claim instanceof Claim.HeldElsewhere) {
            err.println(PROGRAM + ": " + inUse((Claim.HeldElsewhere) claim, options.dataDir()));
            return FAILURE;
        }
        InstanceServer server = ((Claim.Acquired) claim).server();
        ConnectorCommands commands = new ConnectorCommands(Clock.systemDefaultZone());
        try (Store store = Store.open(StoreSetup.storeConfig(options, host))) {
            int status = OK;
            if (arguments.ingestFile().isPresent()) {
                status = commands.ingest(store, arguments.ingestFile().get(), out, err);
            }
            if (arguments.sync() && status == OK) {
                status = commands.sync(store, EncryptedFileSecretStore.inDataFolder(options.dataDir()), out);
            }
            return status;
        } finally {
            server.close();
        }
    }

    private int runCommand(SingleInstance instance, LaunchOptions options, DataCommand command) throws Exception {
        Claim claim = instance.claim(Knock.PING, InstanceRole.headless());
        if (claim instanceof Claim.HeldElsewhere) {
            err.println(PROGRAM + ": " + inUse((Claim.HeldElsewhere) claim, options.dataDir()));
            return FAILURE;
        }
        InstanceServer server = ((Claim.Acquired) claim).server();
        try {
            if (options.demo()) {
                out.println(headless.run(options));
            }
            return new DataCommandRunner(host, Clock.systemDefaultZone(), out, err).run(command, options);
        } finally {
            server.close();
        }
    }

    private static String inUse(Claim.HeldElsewhere elsewhere, Path dataDir) {
        switch (elsewhere.reply()) {
            case BUSY:
                return "another quarterdeck command is working on " + dataDir + "; try again when it has finished";
            case SILENT:
                return "another Quarterdeck holds " + dataDir + " but does not answer; end it, or delete "
                        + elsewhere.endpoint() + " if no Quarterdeck is running";
            default:
                return "Quarterdeck is running on " + dataDir + "; close it first, so that the database is not "
                        + "opened twice";
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting and the hook runs anyway
        }
    }

    /** The most telling message in a cause chain, on one line. */
    static String oneLine(Throwable failure) {
        Throwable current = failure;
        String message = null;
        while (current != null) {
            if (current.getMessage() != null && !current.getMessage().isBlank()) {
                message = current.getMessage();
                break;
            }
            current = current.getCause();
        }
        if (message == null) {
            message = failure.getClass().getSimpleName();
        }
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
