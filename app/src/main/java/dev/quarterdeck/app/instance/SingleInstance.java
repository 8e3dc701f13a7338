package dev.quarterdeck.app.instance;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.LoggerFactory;

/**
 * One Quarterdeck per data folder, so its database is never opened twice. The first launch listens on a
 * Unix-domain socket {@value #SOCKET_FILE} in the data folder (or, when that path is too long for a socket
 * address, on a loopback port recorded in {@value #PORT_FILE}); later launches knock there and stop.
 *
 * <p>Claiming takes a short file lock ({@value #LOCK_FILE}), held only while knocking and binding: without it,
 * two launches that both find a stale socket could each remove it and bind their own, and both would run.
 */
public final class SingleInstance {

    public static final String SOCKET_FILE = "quarterdeck.sock";
    public static final String PORT_FILE = "quarterdeck.port";
    public static final String LOCK_FILE = "quarterdeck.lock";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    /** A JVM holds a file lock for all its threads; this orders claims made from one JVM (tests, mostly). */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final Path dataDir;
    private final List<Transport> transports;
    private final Duration timeout;

    private SingleInstance(Path dataDir, List<Transport> transports, Duration timeout) {
        this.dataDir = dataDir;
        this.transports = transports;
        this.timeout = timeout;
    }

    /** For an existing data folder. */
    public static SingleInstance forDataFolder(Path dataDir) {
        return forDataFolder(dataDir, DEFAULT_TIMEOUT);
    }

    /** @param timeout how long to wait for a running instance's answer, and for a knocking client's request */
    public static SingleInstance forDataFolder(Path dataDir, Duration timeout) {
        Path folder = dataDir.toAbsolutePath();
        return new SingleInstance(folder, List.of(
                new UnixSocketTransport(folder.resolve(SOCKET_FILE)),
                new LoopbackTransport(folder.resolve(PORT_FILE))), timeout);
    }

    /** Whether this data folder is short enough for a Unix-domain socket (else the loopback port is used). */
    public boolean usesUnixSocket() {
        return UnixSocketTransport.fits(dataDir.resolve(SOCKET_FILE));
    }

    /**
     * Knocks at a running instance, and if there is none, starts listening as this data folder's instance.
     *
     * @param knock what to ask a running instance
     * @param role  how to answer later launches if this one becomes the instance
     */
    public Claim claim(Knock knock, InstanceRole role) throws IOException {
        IN_PROCESS.lock();
        try (FileChannel lockChannel = FileChannel.open(dataDir.resolve(LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            lock(lockChannel);
            for (Transport transport : transports) {
                Optional<Reply> reply = transport.knock(knock, timeout);
                if (reply.isPresent()) {
                    return new Claim.HeldElsewhere(reply.get(), transport.describe());
                }
            }
            for (Transport transport : transports) {
                Optional<InstanceServer> server = transport.listen(role, timeout);
                if (server.isPresent()) {
                    return new Claim.Acquired(server.get());
                }
            }
            throw new IOException("cannot listen for other launches in " + dataDir
                    + ": neither a Unix-domain socket nor a loopback port is available");
        } finally {
            IN_PROCESS.unlock();
        }
    }

    /**
     * Some network file systems refuse locks; the lock only closes a rare race, so go on without it rather
     * than refuse to start. The lock is released when the channel closes.
     */
    private void lock(FileChannel channel) {
        try {
            channel.lock();
        } catch (IOException e) {
            LoggerFactory.getLogger(SingleInstance.class)
                    .warn("Cannot lock {} ({}); claiming without it", dataDir.resolve(LOCK_FILE), e.getMessage());
        }
    }
}
