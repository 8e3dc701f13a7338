package dev.quarterdeck.app.instance;

import java.io.IOException;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Unix-domain socket file in the data folder (Linux, macOS, Windows 10 1803+). The socket file outlives a
 * crashed process; a connection that is refused tells such a stale file from a live one.
 */
final class UnixSocketTransport implements Transport {

    /**
     * {@code sun_path} holds 108 bytes on Linux and 104 on macOS, including the terminating zero; 100 leaves a
     * margin and is what we promise.
     */
    static final int MAX_PATH_BYTES = 100;

    private static final Logger LOG = LoggerFactory.getLogger(UnixSocketTransport.class);

    private final Path socketFile;

    UnixSocketTransport(Path socketFile) {
        this.socketFile = socketFile.toAbsolutePath();
    }

    static boolean fits(Path socketFile) {
        return socketFile.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8).length <= MAX_PATH_BYTES;
    }

    @Override
    public Optional<Reply> knock(Knock knock, Duration timeout) throws IOException {
        if (!fits(socketFile) || !Files.exists(socketFile, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            try {
                channel.connect(UnixDomainSocketAddress.of(socketFile));
            } catch (SocketException refused) {
                LOG.info("Removing the stale instance socket {} ({})", socketFile, refused.getMessage());
                Files.deleteIfExists(socketFile);
                return Optional.empty();
            }
            // A process listens on this socket file, so it is alive even if it gives no answer we understand.
            return Optional.of(Protocol.exchange(channel, knock, Optional.empty(), timeout).orElse(Reply.SILENT));
        }
    }

    @Override
    public Optional<InstanceServer> listen(InstanceRole role, Duration timeout) throws IOException {
        if (!fits(socketFile)) {
            LOG.info("The socket path {} is too long for a Unix-domain socket", socketFile);
            return Optional.empty();
        }
        ServerSocketChannel channel;
        try {
            channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (UnsupportedOperationException e) {
            LOG.info("Unix-domain sockets are not supported here");
            return Optional.empty();
        }
        try {
            channel.bind(UnixDomainSocketAddress.of(socketFile));
        } catch (IOException e) {
            channel.close();
            if (Files.exists(socketFile, LinkOption.NOFOLLOW_LINKS)) {
                // Knocking just removed any stale file, so this one is new: another process that does not
                // take the claim lock. Falling back to another transport would start a second instance.
                throw new IOException("another process created " + socketFile + " while this one started", e);
            }
            LOG.info("Cannot bind the Unix-domain socket {} ({})", socketFile, e.getMessage());
            return Optional.empty();
        }
        return Optional.of(new InstanceServer(channel, role, Optional.empty(), timeout, socketFile.toString(),
                this::remove));
    }

    @Override
    public String describe() {
        return socketFile.toString();
    }

    private void remove() {
        try {
            Files.deleteIfExists(socketFile);
        } catch (IOException e) {
            LOG.warn("Could not remove the instance socket {}", socketFile, e);
        }
    }
}
